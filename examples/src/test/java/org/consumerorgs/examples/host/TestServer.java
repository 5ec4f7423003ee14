package org.consumerorgs.examples.host;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A schema (PostgreSQL) or database (MariaDB) of the test's own on the project machines' servers (README, "Running
 * the tests"; the same system properties point them elsewhere), created for one test class and dropped after it, so
 * that runs never see each other's data or anyone else's.
 */
public enum TestServer {
  POSTGRES("PostgreSQL", System.getProperty("corg.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test"),
      System.getProperty("corg.test.postgres.user", "postgres")),
  MARIADB("MariaDB", System.getProperty("corg.test.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/"),
      System.getProperty("corg.test.mariadb.user", "root"));

  private final String product;
  final String url;
  public final String user;

  TestServer(String product, String url, String user) {
    this.product = product;
    this.url = url;
    this.user = user;
  }

  /** @return whether this runs under {@code CI=true} */
  public static boolean inCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** Why the server cannot be used here, or empty when it answers. */
  Optional<String> unavailable() {
    try (Connection connection = DriverManager.getConnection(url, user, "")) {
      return connection.isValid(5) ? Optional.empty() : Optional.of(product + " at " + url + " does not answer");
    } catch (SQLException e) {
      return Optional.of(product + " at " + url + " (user " + user + ") is not reachable: " + e.getMessage());
    }
  }

  /** A fresh schema or database name, lower case: both servers take it unquoted. */
  public static String uniqueName() {
    return "corg_ex_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
  }

  /**
   * Creates the schema or database. On PostgreSQL, pg_trgm is first made sure of outside it: an extension created by
   * the install inside the test's schema would be dropped with it, and with it every trigram index of whoever else
   * shares the server.
   */
  public void create(String name) {
    if (this == POSTGRES) {
      execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public");
      execute("CREATE SCHEMA " + name);
    } else {
      execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    }
  }

  /**
   * The URL the host application is given. On PostgreSQL: the test's schema first on the search path, then the schema
   * pg_trgm lives in (public, unless someone sharing the server installed it elsewhere; README, "Troubleshooting").
   */
  public String urlFor(String name) {
    if (this == MARIADB) {
      return url + name;
    }
    String trigrams = query("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
        + " WHERE e.extname = 'pg_trgm'").orElse("public");
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name + "," + trigrams
        + (trigrams.equals("public") ? "" : ",public");
  }

  private Optional<String> query(String sql) {
    try (Connection connection = DriverManager.getConnection(url, user, "");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
    } catch (SQLException e) {
      throw new IllegalStateException(product + " at " + url + " could not run " + sql + ": " + e.getMessage(), e);
    }
  }

  javax.sql.DataSource dataSource(String name) {
    if (this == POSTGRES) {
      PGSimpleDataSource dataSource = new PGSimpleDataSource();
      dataSource.setURL(urlFor(name));
      dataSource.setUser(user);
      return dataSource;
    }
    try {
      MariaDbDataSource dataSource = new MariaDbDataSource(urlFor(name));
      dataSource.setUser(user);
      return dataSource;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public void drop(String name) {
    if (this == MARIADB) {
      execute("DROP DATABASE IF EXISTS " + name);
      return;
    }
    try (Connection connection = DriverManager.getConnection(url, user, "");
        Statement statement = connection.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = '" + name
          + "'")) {
        while (rows.next()) {
          tables.add(name + "." + rows.getString(1));
        }
      }
      if (!tables.isEmpty()) {
        statement.execute("DROP TABLE IF EXISTS " + String.join(", ", tables) + " CASCADE");
      }
      statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("could not drop schema " + name, e);
    }
  }

  private void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(url, user, "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(product + " at " + url + " could not run " + sql + (inCi()
          ? " (CI must run this suite: start the server, see .ci/run)" : "") + ": " + e.getMessage(), e);
    }
  }

}
