package org.consumerorgs.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.consumerorgs.error.StorageException;

/**
 * What a database holds of the schema with one table prefix: the version its {@code schema_version} table records,
 * or version 1 for a schema installed before versions were recorded (every table of V1, none of a later script), or
 * nothing. Anything else is a half-made schema, an install or upgrade cut short, and is reported as such rather than
 * taken for a version.
 */
final class InstalledSchema {
  private final Connection connection;
  private final Dialect dialect;
  private final String tablePrefix;
  private final List<SchemaScript> scripts;

  private InstalledSchema(Connection connection, Dialect dialect, String tablePrefix) {
    this.connection = connection;
    this.dialect = dialect;
    this.tablePrefix = tablePrefix;
    this.scripts = SchemaScript.all(dialect, tablePrefix);
  }

  /**
   * The installed version, or empty if none of the schema's tables exist. Probes in auto-commit mode, so that a probe
   * of a missing table cannot abort a transaction (PostgreSQL would), and puts the connection's mode back.
   *
   * @throws StorageException for a half-made schema, saying what is there and what to do
   */
  static Optional<Integer> version(Connection connection, Dialect dialect, String tablePrefix) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    if (!autoCommit) {
      connection.setAutoCommit(true);
    }
    try {
      return new InstalledSchema(connection, dialect, tablePrefix).read();
    } finally {
      if (!autoCommit) {
        connection.setAutoCommit(false);
      }
    }
  }

  private Optional<Integer> read() throws SQLException {
    Optional<List<Integer>> recorded = recorded();
    List<String> present = presentTables();
    if (recorded.isPresent() && !recorded.get().isEmpty()) { // one row at most: its key allows only singleton = 1
      int version = recorded.get().get(0);
      List<String> later = tablesAfter(version, present);
      if (!later.isEmpty()) {
        throw halfMade("it records version " + version + " but also holds " + names(later)
            + ", made by an upgrade to version " + (version + 1) + " that was cut short", later);
      }
      return Optional.of(version);
    }
    // No version recorded: nothing, or V1 as installed before versions were, or what a cut-short step left.
    List<String> v1 = scripts.get(0).createdTables();
    if (present.isEmpty()) {
      return Optional.empty();
    }
    if (present.equals(v1)) {
      return Optional.of(1);
    }
    if (!present.containsAll(v1)) {
      throw halfMade("it holds " + names(present) + " but not every table of version 1: an install was cut short",
          present);
    }
    List<String> extra = new ArrayList<>(present);
    extra.removeAll(v1);
    throw halfMade("it holds every table of version 1, records no version, and holds " + names(extra)
        + ": an upgrade to version 2 was cut short", extra);
  }

  /** The rows of the version table, or empty if there is no such table. */
  private Optional<List<Integer>> recorded() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT schema_version FROM " + tablePrefix + "schema_version")) {
      List<Integer> versions = new ArrayList<>();
      while (rows.next()) {
        versions.add(rows.getInt("schema_version"));
      }
      return Optional.of(versions);
    } catch (SQLException e) {
      if (new SqlErrors(dialect).isMissingTable(e)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** The tables of the shipped scripts that answer a query here, in the order the scripts create them. */
  private List<String> presentTables() throws SQLException {
    List<String> present = new ArrayList<>();
    for (SchemaScript script : scripts) {
      for (String table : script.createdTables()) {
        if (answers(connection, dialect, table)) {
          present.add(table);
        }
      }
    }
    return present;
  }

  /** The present tables that scripts after {@code version} create. */
  private List<String> tablesAfter(int version, List<String> present) {
    List<String> later = new ArrayList<>();
    for (SchemaScript script : scripts.subList(Math.min(version, scripts.size()), scripts.size())) {
      later.addAll(script.createdTables().stream().filter(present::contains).toList());
    }
    return later;
  }

  /** Whether {@code table} exists where the connection's statements find tables (its schema or search path). */
  static boolean answers(Connection connection, Dialect dialect, String table) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 0").close();
      return true;
    } catch (SQLException e) {
      if (new SqlErrors(dialect).isMissingTable(e)) {
        return false;
      }
      throw e;
    }
  }

  private StorageException halfMade(String what, List<String> toDrop) {
    // Dropping V1's tables leaves nothing to upgrade: then it is an install again.
    String call = toDrop.contains(scripts.get(0).createdTables().get(0)) ? "install" : "upgrade";
    return new StorageException("The Consumer Organizations schema with table prefix \"" + tablePrefix + "\" is half"
        + " made: " + what + " (" + dialect + (dialect == Dialect.POSTGRESQL ? "" : " commits each DDL statement")
        + "). Drop " + names(toDrop) + " if they hold nothing you need, then call JdbcSchema." + call + "(dataSource, \""
        + tablePrefix + "\") again.", null, false);
  }

  private static String names(List<String> tables) {
    return (tables.size() == 1 ? "the table " : "the tables ") + String.join(", ", tables);
  }
}
