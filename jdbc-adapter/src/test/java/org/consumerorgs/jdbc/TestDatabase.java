package org.consumerorgs.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A database of its own for one test class: a fresh H2 in-memory database, a fresh PostgreSQL schema or a fresh
 * MariaDB database, dropped at the end, so runs never see each other's data. Two independent pools over it stand
 * in for two host instances.
 *
 * <p>The servers are the project machines' (README, "Running the tests"). Where one does not answer, its suites are
 * skipped with the reason ({@link ServerAvailable}), except under {@code CI=true}, where they fail: CI must never
 * skip them.
 *
 * <p>One database per dialect per test JVM, created on first use and dropped when the JVM exits: jqwik properties
 * and Jupiter tests share it, and they do not share lifecycle callbacks.
 */
final class TestDatabase implements AutoCloseable {
  static final String POSTGRES_URL = System.getProperty("corg.test.postgres.url",
      "jdbc:postgresql://127.0.0.1:5432/test");
  static final String POSTGRES_USER = System.getProperty("corg.test.postgres.user", "postgres");
  static final String MARIADB_URL = System.getProperty("corg.test.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/");
  static final String MARIADB_USER = System.getProperty("corg.test.mariadb.user", "root");
  private static final int POOL_SIZE = 24;

  private static final Map<Dialect, TestDatabase> OPEN = new EnumMap<>(Dialect.class);
  private static final Map<Dialect, Optional<String>> PROBED = new EnumMap<>(Dialect.class);

  final Dialect dialect;
  private final HikariDataSource first;
  private final HikariDataSource second;
  private final Runnable drop;

  private TestDatabase(Dialect dialect, HikariDataSource first, HikariDataSource second, Runnable drop) {
    this.dialect = dialect;
    this.first = first;
    this.second = second;
    this.drop = drop;
  }

  /** The test JVM's database of this dialect. */
  static synchronized TestDatabase of(Dialect dialect) {
    return OPEN.computeIfAbsent(dialect, d -> {
      TestDatabase database = switch (d) {
        case H2 -> h2();
        case POSTGRESQL -> postgres();
        case MARIADB -> mariadb();
      };
      Runtime.getRuntime().addShutdownHook(new Thread(database::close));
      return database;
    });
  }

  /** Why the server of this dialect cannot be used here, or empty when it answers (H2 always does). */
  static synchronized Optional<String> unavailable(Dialect dialect) {
    return PROBED.computeIfAbsent(dialect, d -> switch (d) {
      case H2 -> Optional.empty();
      case POSTGRESQL -> probe("PostgreSQL", POSTGRES_URL, POSTGRES_USER);
      case MARIADB -> probe("MariaDB", MARIADB_URL, MARIADB_USER);
    });
  }

  static boolean inCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  private static Optional<String> probe(String server, String url, String user) {
    try {
      execute(url, user, "SELECT 1");
      return Optional.empty();
    } catch (IllegalStateException e) {
      return Optional.of(server + " at " + url + " (user " + user + ") is not reachable: " + e.getCause().getMessage());
    }
  }

  private static TestDatabase h2() {
    String url = "jdbc:h2:mem:corg_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000";
    return new TestDatabase(Dialect.H2, pool(url, "sa", "host-1"), pool(url, "sa", "host-2"), () -> { });
  }

  private static TestDatabase postgres() {
    String schema = uniqueName();
    String user = POSTGRES_USER;
    // pg_trgm goes to public first: an extension the schema script created inside this run's schema would be dropped
    // with it at exit, and with it the trigram indexes of everyone else sharing the server.
    requireServer("PostgreSQL", POSTGRES_URL, user,
        "CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public; CREATE SCHEMA " + schema);
    String url = POSTGRES_URL + (POSTGRES_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
    return new TestDatabase(Dialect.POSTGRESQL, pool(url, user, "host-1"), pool(url, user, "host-2"),
        () -> dropPostgresSchema(schema));
  }

  private static TestDatabase mariadb() {
    String database = uniqueName();
    String user = MARIADB_USER;
    requireServer("MariaDB", MARIADB_URL, user,
        "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    String url = MARIADB_URL + database;
    return new TestDatabase(Dialect.MARIADB, pool(url, user, "host-1"), pool(url, user, "host-2"),
        () -> execute(MARIADB_URL, user, "DROP DATABASE " + database));
  }

  /**
   * Installs version 1 of the schema alone, as the first release did (no version recorded): by running the V1 script
   * itself, statement by statement.
   */
  static void installVersion1(DataSource dataSource, Dialect dialect, String tablePrefix) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      for (String sql : SchemaScript.all(dialect, tablePrefix).get(0).statements()) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not install version 1 with prefix " + tablePrefix, e);
    }
  }

  /** Runs one statement of the test's own on {@code dataSource}, in auto-commit mode. */
  static void execute(DataSource dataSource, String sql) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("could not run " + sql, e);
    }
  }

  /** The first host instance's pool. */
  DataSource first() {
    return first;
  }

  /** A second, independent pool over the same data: another host instance. */
  DataSource second() {
    return second;
  }

  @Override
  public void close() {
    first.close();
    second.close();
    try {
      drop.run();
    } catch (IllegalStateException e) {
      System.err.println("could not drop a test database: " + e.getMessage());
    }
  }

  private static String uniqueName() {
    return "corg_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
  }

  private static void requireServer(String server, String url, String user, String create) {
    try {
      execute(url, user, create);
    } catch (IllegalStateException e) {
      throw new IllegalStateException(server + " at " + url + " (user " + user + ") is not reachable, and its suites"
          + " must run" + (inCi() ? " in CI: start the server (see .ci/run)" : "") + ": " + e.getCause().getMessage(),
          e);
    }
  }

  /**
   * A run leaves thousands of tables; one DROP SCHEMA ... CASCADE would need a lock for each in one transaction and
   * exhaust PostgreSQL's lock table, so they go a few at a time.
   */
  private static void dropPostgresSchema(String schema) {
    try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
        Statement statement = connection.createStatement()) {
      java.util.List<String> tables = new java.util.ArrayList<>();
      try (java.sql.ResultSet rows = statement.executeQuery(
          "SELECT tablename FROM pg_tables WHERE schemaname = '" + schema + "'")) {
        while (rows.next()) {
          tables.add(schema + "." + rows.getString(1));
        }
      }
      for (int from = 0; from < tables.size(); from += 20) {
        statement.execute("DROP TABLE IF EXISTS "
            + String.join(", ", tables.subList(from, Math.min(tables.size(), from + 20))) + " CASCADE");
      }
      statement.execute("DROP SCHEMA " + schema + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("could not drop schema " + schema, e);
    }
  }

  private static void execute(String url, String user, String sql) {
    try (Connection connection = DriverManager.getConnection(url, user, "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("could not run " + sql, e);
    }
  }

  private static HikariDataSource pool(String url, String user, String name) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword("");
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(0);
    config.setPoolName(name);
    return new HikariDataSource(config);
  }
}
