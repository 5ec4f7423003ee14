package org.consumerorgs.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import javax.sql.DataSource;
import org.consumerorgs.jdbc.Dialect;
import org.consumerorgs.jdbc.JdbcSchema;
import org.consumerorgs.jdbc.JdbcStorage;

/**
 * The benchmark's PostgreSQL: one schema of its own ({@code corg_bench} by default), holding one set of the SDK's
 * tables per dataset (each with its own table prefix) and a marker table that says which datasets are loaded, so that
 * JMH forks and later runs reuse them.
 */
final class Postgres {
  /** The data tables of one installation, children first, for TRUNCATE and DROP. */
  static final List<String> TABLES = List.of("event", "link", "organization", "share", "event_counter", "provider");
  /**
   * The tables that describe the installation itself: dropped with it (a version table left behind would make the next
   * install take the missing tables for an upgrade), never truncated (the version would be lost).
   */
  private static final List<String> INSTALLATION_TABLES = List.of("cursor_key", "schema_version");

  private Postgres() {}

  /**
   * A pool as the README recommends for the adapter: auto-commit off and READ COMMITTED, so that neither the SDK nor
   * the raw baseline has to change a connection setting. Both use pools built here.
   */
  static HikariDataSource pool(int size) {
    String extensionSchema = ensureSchema();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(schemaUrl(extensionSchema));
    config.setUsername(BenchSettings.pgUser());
    config.setPassword(BenchSettings.pgPassword());
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(size);
    config.setAutoCommit(false);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    config.setPoolName("bench");
    return new HikariDataSource(config);
  }

  private static final String SCRIPTS = "db/consumer-orgs/postgresql/";

  /**
   * A short hash of the adapter's PostgreSQL scripts as this build ships them (every file of their folder, in name
   * order): a stored dataset loaded under other DDL is loaded again.
   */
  static String ddlFingerprint() {
    try {
      URL first = Postgres.class.getClassLoader().getResource(SCRIPTS + "V1__consumer_orgs.sql");
      if (first == null) {
        throw new IllegalStateException("the adapter's PostgreSQL scripts are not on the class path");
      }
      TreeMap<String, byte[]> scripts = new TreeMap<>();
      if (first.openConnection() instanceof JarURLConnection jar) {
        try (JarFile file = new JarFile(Path.of(jar.getJarFileURL().toURI()).toFile())) {
          for (JarEntry entry : Collections.list(file.entries())) {
            if (entry.getName().startsWith(SCRIPTS) && !entry.isDirectory()) {
              try (InputStream in = file.getInputStream(entry)) {
                scripts.put(entry.getName(), in.readAllBytes());
              }
            }
          }
        }
      } else {
        Path folder = Path.of(first.toURI()).getParent();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
          for (Path script : files) {
            scripts.put(script.getFileName().toString(), Files.readAllBytes(script));
          }
        }
      }
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      scripts.forEach((name, bytes) -> {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
      });
      return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException | IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot read the adapter's scripts: " + e.getMessage(), e);
    }
  }

  /** The benchmark's schema first, then wherever pg_trgm lives (its operator classes must be on the path). */
  private static String schemaUrl(String extensionSchema) {
    String url = BenchSettings.pgUrl();
    String path = BenchSettings.pgSchema() + ",public"
        + (extensionSchema.equals("public") ? "" : "," + extensionSchema);
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + path;
  }

  static JdbcStorage storage(DataSource pool, String prefix) {
    return JdbcStorage.builder(pool).tablePrefix(prefix).dialect(Dialect.POSTGRESQL).build();
  }

  /**
   * The benchmark's schema and its marker table; returns the schema pg_trgm lives in. Where the database lacks the
   * extension it is created in {@code public}, never in the benchmark's schema: dropping that schema must not take
   * the extension (and every other schema's trigram indexes) with it.
   */
  static String ensureSchema() {
    try (Connection c = plainConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public");
      s.execute("CREATE SCHEMA IF NOT EXISTS " + BenchSettings.pgSchema());
      s.execute("CREATE TABLE IF NOT EXISTS " + BenchSettings.pgSchema() + ".bench_marker ("
          + "table_prefix VARCHAR(24) PRIMARY KEY, generator TEXT NOT NULL, loaded BIGINT NOT NULL, "
          + "complete BOOLEAN NOT NULL, loaded_at TIMESTAMPTZ NOT NULL DEFAULT now())");
      try (ResultSet rows = s.executeQuery("SELECT n.nspname FROM pg_extension e"
          + " JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'")) {
        rows.next();
        return rows.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot prepare the benchmark schema at " + BenchSettings.pgUrl() + " (user "
          + BenchSettings.pgUser() + "): " + e.getMessage(), e);
    }
  }

  /** Drops the whole benchmark schema: every dataset is loaded again on next use. */
  static void dropSchema() {
    try (Connection c = plainConnection(); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + BenchSettings.pgSchema() + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop the benchmark schema: " + e.getMessage(), e);
    }
  }

  /** A connection of its own (not from a pool) to the benchmark's schema, auto-commit off. */
  static Connection schemaConnection() throws SQLException {
    Connection c = DriverManager.getConnection(schemaUrl(ensureSchema()), BenchSettings.pgUser(),
        BenchSettings.pgPassword());
    c.setAutoCommit(false);
    return c;
  }

  static Connection plainConnection() throws SQLException {
    return DriverManager.getConnection(BenchSettings.pgUrl(), BenchSettings.pgUser(), BenchSettings.pgPassword());
  }

  /** Installs the SDK's tables under {@code prefix}, or upgrades those a run of an earlier release loaded. */
  static void install(DataSource pool, String prefix) {
    JdbcSchema.install(pool, prefix);
  }

  /** Drops the tables of {@code prefix} and forgets its marker. */
  static void dropTables(DataSource pool, String prefix) {
    List<String> tables = new ArrayList<>();
    TABLES.forEach(t -> tables.add(prefix + t));
    INSTALLATION_TABLES.forEach(t -> tables.add(prefix + t));
    execute(pool, "DROP TABLE IF EXISTS " + String.join(", ", tables) + " CASCADE",
        "DELETE FROM bench_marker WHERE table_prefix = '" + prefix + "'");
  }

  /** Empties the tables of {@code prefix}. */
  static void truncate(DataSource pool, String prefix) {
    List<String> tables = new ArrayList<>();
    TABLES.forEach(t -> tables.add(prefix + t));
    execute(pool, "TRUNCATE " + String.join(", ", tables));
  }

  /**
   * VACUUM ANALYZE of the tables of {@code prefix}: autovacuum may be off (it is on the project's machines), and a
   * loaded table must look to the planner, and to index-only scans, as a long-running database's would. A vacuum
   * also empties the trigram index's pending list.
   */
  static void vacuumAnalyze(DataSource pool, String prefix) {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        for (String table : TABLES) {
          s.execute("VACUUM ANALYZE " + prefix + table);
        }
      } finally {
        c.setAutoCommit(false);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("VACUUM ANALYZE failed: " + e.getMessage(), e);
    }
  }

  record Marker(String generator, long loaded, boolean complete) {}

  static Optional<Marker> marker(DataSource pool, String prefix) {
    try (Connection c = pool.getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT generator, loaded, complete FROM bench_marker WHERE table_prefix = ?")) {
      s.setString(1, prefix);
      try (ResultSet rows = s.executeQuery()) {
        Optional<Marker> marker = rows.next()
            ? Optional.of(new Marker(rows.getString(1), rows.getLong(2), rows.getBoolean(3)))
            : Optional.empty();
        c.commit();
        return marker;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the dataset marker: " + e.getMessage(), e);
    }
  }

  static void mark(DataSource pool, String prefix, String generator, long loaded, boolean complete) {
    try (Connection c = pool.getConnection();
        PreparedStatement s = c.prepareStatement("INSERT INTO bench_marker (table_prefix, generator, loaded, complete)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (table_prefix) DO UPDATE SET generator = EXCLUDED.generator,"
            + " loaded = EXCLUDED.loaded, complete = EXCLUDED.complete, loaded_at = now()")) {
      s.setString(1, prefix);
      s.setString(2, generator);
      s.setLong(3, loaded);
      s.setBoolean(4, complete);
      s.executeUpdate();
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write the dataset marker: " + e.getMessage(), e);
    }
  }

  static long count(DataSource pool, String sql, String provider) {
    try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, provider);
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        long count = rows.getLong(1);
        c.commit();
        return count;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count: " + e.getMessage(), e);
    }
  }

  static void execute(DataSource pool, String... sql) {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("failed: " + String.join("; ", sql) + ": " + e.getMessage(), e);
    }
  }
}
