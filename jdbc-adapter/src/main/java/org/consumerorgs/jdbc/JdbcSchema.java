package org.consumerorgs.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.consumerorgs.error.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shipped DDL, for hosts without a migration tool, and the schema's version. The same numbered scripts lie in
 * the jar under {@link Dialect#scriptFolder()} for hosts with one: Flyway runs them as they are, given the
 * placeholder {@code table_prefix}. Either way the schema records its version (from version 2 on, in the table
 * {@code <prefix>schema_version}; a schema with the tables of V1 and no such table is version 1), and
 * {@link JdbcStorage} refuses to start on any version but {@link #REQUIRED_VERSION}. The adapter never creates or
 * changes tables on its own: the host calls {@link #install} or {@link #upgrade}, or runs its migration tool.
 *
 * <p>Each step is atomic where the database allows: PostgreSQL runs it in one transaction. H2, MariaDB and MySQL
 * commit each DDL statement, so when a step fails there, the tables it created are dropped again, and a step cut
 * short before it could do so (a lost connection) is reported as a half-made schema, never taken for a version.
 */
public final class JdbcSchema {
  /** The schema version this release of the adapter reads and writes: the number of its newest script. */
  public static final int REQUIRED_VERSION = 3;
  private static final Logger log = LoggerFactory.getLogger(JdbcSchema.class);

  private JdbcSchema() {}

  /**
   * Installs or upgrades the schema with the default prefix {@code "corg_"}; see {@link #install(DataSource, String)}.
   *
   * @param dataSource the host's data source, with rights to create tables
   */
  public static void install(DataSource dataSource) {
    install(dataSource, TablePrefix.DEFAULT);
  }

  /**
   * Brings the schema with this table prefix to {@link #REQUIRED_VERSION}, whatever it finds: on a database without
   * it, installs every script in one step (nothing is left behind if that fails); on an older version, upgrades it
   * ({@link #upgrade}); on the required version, does nothing. Safe to call on every start.
   *
   * @param dataSource the host's data source, with rights to create tables
   * @param tablePrefix the prefix the schema was (or is to be) installed with, such as {@code "corg_"}
   * @throws StorageException if the schema is newer than this release, half made, or a script fails
   */
  public static void install(DataSource dataSource, String tablePrefix) {
    requireNonNull(dataSource, "dataSource");
    TablePrefix.validate(tablePrefix);
    Dialect dialect = detect(dataSource);
    List<SchemaScript> scripts = SchemaScript.all(dialect, tablePrefix);
    withConnection(dataSource, "install the schema", connection -> {
      Optional<Integer> installed = installed(connection, dialect, tablePrefix);
      if (installed.isEmpty()) {
        apply(connection, dialect, tablePrefix, scripts, Optional.empty());
        log.info("Installed the Consumer Organizations schema version {} for {} with table prefix {}",
            REQUIRED_VERSION, dialect, tablePrefix);
      } else {
        upgrade(connection, dialect, tablePrefix, installed.get(), scripts);
      }
    });
  }

  /**
   * Upgrades the installed schema with this table prefix to {@link #REQUIRED_VERSION}, one numbered script at a
   * time (the very scripts Flyway runs), each step atomic where the database allows and recorded as it completes, so
   * an upgrade that fails half-way can be called again. Does nothing on the required version.
   *
   * @param dataSource the host's data source, with rights to create tables
   * @param tablePrefix the prefix the schema was (or is to be) installed with, such as {@code "corg_"}
   * @throws StorageException if the schema is not installed, newer than this release, half made, or a script fails
   */
  public static void upgrade(DataSource dataSource, String tablePrefix) {
    requireNonNull(dataSource, "dataSource");
    TablePrefix.validate(tablePrefix);
    Dialect dialect = detect(dataSource);
    List<SchemaScript> scripts = SchemaScript.all(dialect, tablePrefix);
    withConnection(dataSource, "upgrade the schema", connection -> {
      int installed = installed(connection, dialect, tablePrefix).orElseThrow(() -> new StorageException(
          SchemaMismatch.notInstalled(dialect, tablePrefix), null, false));
      upgrade(connection, dialect, tablePrefix, installed, scripts);
    });
  }

  /**
   * The version of the schema with this table prefix in the database behind {@code dataSource}, or empty if it is
   * not installed. Compare it with {@link #REQUIRED_VERSION}; {@link #upgrade} closes the gap.
   *
   * @param dataSource the host's data source
   * @param tablePrefix the prefix the schema was (or is to be) installed with, such as {@code "corg_"}
   * @return the installed version, or empty
   * @throws StorageException if the schema is half made (an install or upgrade cut short), saying what to drop
   */
  public static Optional<Integer> installedVersion(DataSource dataSource, String tablePrefix) {
    requireNonNull(dataSource, "dataSource");
    TablePrefix.validate(tablePrefix);
    Dialect dialect = detect(dataSource);
    List<Optional<Integer>> version = new ArrayList<>();
    withConnection(dataSource, "read the schema's version",
        connection -> version.add(installed(connection, dialect, tablePrefix)));
    return version.get(0);
  }

  /**
   * Whether the schema with this table prefix is installed, at any version, in the database behind
   * {@code dataSource}. {@link #install} checks for itself, so a host need not ask first.
   *
   * @param dataSource the host's data source
   * @param tablePrefix the prefix the schema was (or is to be) installed with, such as {@code "corg_"}
   * @return whether it is installed
   */
  public static boolean isInstalled(DataSource dataSource, String tablePrefix) {
    return installedVersion(dataSource, tablePrefix).isPresent();
  }

  /**
   * The statements of every shipped script for {@code dialect}, with the table prefix put in, in order.
   *
   * @param dialect the database
   * @param tablePrefix the table prefix to put in
   * @return the statements, for a host that runs its DDL itself
   */
  public static List<String> statements(Dialect dialect, String tablePrefix) {
    requireNonNull(dialect, "dialect");
    TablePrefix.validate(tablePrefix);
    return SchemaScript.all(dialect, tablePrefix).stream().flatMap(s -> s.statements().stream()).toList();
  }

  private static void upgrade(Connection connection, Dialect dialect, String tablePrefix, int installed,
      List<SchemaScript> scripts) throws SQLException {
    if (installed > REQUIRED_VERSION) {
      throw new StorageException(SchemaMismatch.newer(dialect, tablePrefix, installed), null, false);
    }
    for (SchemaScript script : scripts.subList(installed, scripts.size())) {
      apply(connection, dialect, tablePrefix, List.of(script), Optional.of(script.version() - 1));
      log.info("Upgraded the Consumer Organizations schema with table prefix {} on {} to version {}", tablePrefix,
          dialect, script.version());
    }
  }

  /**
   * Runs {@code scripts} as one step: one transaction where DDL can be in one (PostgreSQL); elsewhere each DDL
   * statement commits, so a failed step drops again the tables it created. A step another host completed at the
   * same moment (its tables were there by the time this one ran) counts as done.
   */
  private static void apply(Connection connection, Dialect dialect, String tablePrefix, List<SchemaScript> scripts,
      Optional<Integer> from) throws SQLException {
    int to = scripts.get(scripts.size() - 1).version();
    List<String> created = new ArrayList<>();
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      for (SchemaScript script : scripts) {
        for (String sql : script.statements()) {
          statement.execute(sql);
          SchemaScript.createdTable(sql).ifPresent(created::add);
        }
      }
      connection.commit();
    } catch (SQLException e) {
      String undone = undo(connection, dialect, created, e);
      if (reachedMeanwhile(connection, dialect, tablePrefix, to)) {
        log.info("Another host brought the schema with table prefix {} to version {} meanwhile", tablePrefix, to);
        return;
      }
      throw new StorageException((from.isEmpty() ? "Installing" : "Upgrading from version " + from.get() + " to "
          + to + " of") + " the Consumer Organizations schema (" + dialect.scriptFolder() + ", table prefix \""
          + tablePrefix + "\") failed: " + e.getMessage() + "." + undone, e, false);
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /** Takes back what a failed step did, as far as the database allows; says what became of it. */
  private static String undo(Connection connection, Dialect dialect, List<String> created, SQLException failure) {
    try {
      connection.rollback();
      connection.setAutoCommit(true);
    } catch (SQLException lost) {
      failure.addSuppressed(lost);
      return " The connection failed too, so what the step had done is unknown: JdbcSchema.installedVersion tells.";
    }
    return dialect == Dialect.POSTGRESQL ? " Nothing of it was applied." : dropAgain(connection, created);
  }

  /** Drops the tables a failed step created, last first (later tables refer to earlier ones); says how that went. */
  private static String dropAgain(Connection connection, List<String> created) {
    if (created.isEmpty()) {
      return " It had created no table yet.";
    }
    List<String> lastFirst = new ArrayList<>(created);
    Collections.reverse(lastFirst);
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS " + String.join(", ", lastFirst));
      return " The database commits each DDL statement; the tables it had created (" + String.join(", ", created)
          + ") were dropped again.";
    } catch (SQLException dropFailure) {
      return " The database commits each DDL statement, and dropping the tables it had created failed too ("
          + dropFailure.getMessage() + "): drop " + String.join(", ", created) + " before trying again.";
    }
  }

  /** Whether the schema is at {@code version} or later now, after this host's step failed. */
  private static boolean reachedMeanwhile(Connection connection, Dialect dialect, String tablePrefix, int version) {
    try {
      return installed(connection, dialect, tablePrefix).filter(v -> v >= version).isPresent();
    } catch (SQLException | StorageException e) {
      return false; // not cleanly at any version: the step's own failure is the one to report
    }
  }

  private static Optional<Integer> installed(Connection connection, Dialect dialect, String tablePrefix)
      throws SQLException {
    return InstalledSchema.version(connection, dialect, tablePrefix);
  }

  /** The dialect of the database behind {@code dataSource}, on a connection of its own. */
  private static Dialect detect(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return Dialect.of(connection.getMetaData());
    } catch (SQLException e) {
      throw new StorageException(SqlErrors.reaching(e),
          "Could not connect to the database to find out which it is: " + e.getMessage(), e);
    }
  }

  private interface ConnectionWork {
    void run(Connection connection) throws SQLException;
  }

  private static void withConnection(DataSource dataSource, String purpose, ConnectionWork work) {
    try (Connection connection = dataSource.getConnection()) {
      work.run(connection);
    } catch (SQLException e) {
      throw new StorageException("Could not " + purpose + ": " + e.getMessage(), e, false);
    }
  }
}
