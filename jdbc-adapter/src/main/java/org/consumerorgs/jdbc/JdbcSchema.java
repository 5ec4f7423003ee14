package org.consumerorgs.jdbc;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.consumerorgs.error.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shipped DDL, for hosts without a migration tool. The same numbered scripts lie in the jar under
 * {@link Dialect#scriptFolder()} for hosts with one: Flyway runs them as they are, given the placeholder
 * {@code table_prefix}. The adapter never creates tables on its own; the host calls {@link #install} once.
 */
public final class JdbcSchema {
  private static final Logger log = LoggerFactory.getLogger(JdbcSchema.class);
  /** The scripts in the order they apply; a new release adds a V2, never edits V1. */
  static final List<String> SCRIPTS = List.of("V1__consumer_orgs.sql");

  private JdbcSchema() {}

  /** Installs the schema with the default table prefix {@code "corg_"}; see {@link #install(DataSource, String)}. */
  public static void install(DataSource dataSource) {
    install(dataSource, TablePrefix.DEFAULT);
  }

  /**
   * Runs the shipped scripts for the database behind {@code dataSource}, in one transaction where the database
   * allows DDL in one (PostgreSQL, H2). Fails if the tables already exist: it installs, it does not upgrade; call
   * {@link #isInstalled} first to install on first start only.
   */
  public static void install(DataSource dataSource, String tablePrefix) {
    requireNonNull(dataSource, "dataSource");
    TablePrefix.validate(tablePrefix);
    Dialect dialect = JdbcStorage.detect(dataSource);
    List<String> statements = statements(dialect, tablePrefix);
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        for (String sql : statements) {
          statement.execute(sql);
        }
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        String partial = dialect == Dialect.MARIADB
            ? " MariaDB and MySQL commit each DDL statement, so the tables created before the failure remain: drop"
                + " the tables whose names start with \"" + tablePrefix + "\" before trying again."
            : " Nothing was installed.";
        throw new StorageException("Installing the Consumer Organizations schema (" + dialect.scriptFolder()
            + ", table prefix \"" + tablePrefix + "\") failed: " + e.getMessage() + "." + partial, e, false);
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new StorageException("Could not connect to install the schema: " + e.getMessage(), e, false);
    }
    log.info("Installed the Consumer Organizations schema for {} with table prefix {}", dialect, tablePrefix);
  }

  /**
   * Whether the schema with this table prefix is installed in the database behind {@code dataSource}: whether its
   * tables answer a query. For hosts that install on first start: {@code if (!isInstalled(ds, p)) install(ds, p);}
   */
  public static boolean isInstalled(DataSource dataSource, String tablePrefix) {
    requireNonNull(dataSource, "dataSource");
    TablePrefix.validate(tablePrefix);
    Dialect dialect = JdbcStorage.detect(dataSource);
    try (Connection connection = dataSource.getConnection()) {
      probe(connection, tablePrefix);
      return true;
    } catch (SQLException e) {
      SqlErrors errors = new SqlErrors(dialect, Optional.of(tablePrefix));
      if (errors.isMissingTable(e)) {
        return false;
      }
      throw errors.translate(e, "checking whether the schema is installed");
    }
  }

  /** Queries a table of the schema without reading a row; fails with the database's "no such table" if absent. */
  static void probe(Connection connection, String tablePrefix) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeQuery(TablePrefix.apply(tablePrefix,
          "SELECT last_sequence FROM ${table_prefix}event_counter WHERE 1 = 0")).close();
    }
  }

  /** The statements of every shipped script for {@code dialect}, with the table prefix put in, in order. */
  public static List<String> statements(Dialect dialect, String tablePrefix) {
    requireNonNull(dialect, "dialect");
    TablePrefix.validate(tablePrefix);
    List<String> statements = new ArrayList<>();
    for (String script : SCRIPTS) {
      for (String sql : split(read(dialect.scriptFolder() + "/" + script))) {
        statements.add(TablePrefix.apply(tablePrefix, sql));
      }
    }
    return statements;
  }

  private static String read(String resource) {
    try (InputStream in = JdbcSchema.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the jar is missing its DDL script " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Splits a script on the semicolons that end its lines; the shipped scripts have no other kind. */
  static List<String> split(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String sql = current.toString().strip();
        statements.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      throw new IllegalStateException("a DDL script ends without a semicolon: " + current);
    }
    return statements;
  }
}
