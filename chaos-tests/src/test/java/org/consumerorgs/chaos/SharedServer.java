package org.consumerorgs.chaos;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.consumerorgs.jdbc.Dialect;

/**
 * A schema (PostgreSQL) or database (MariaDB) of the run's own on the project's shared test server, dropped at the
 * end. The servers and the properties that move them are those of the JDBC adapter's suites (README, "Running the
 * tests"). The proxy runs in front of the server; the checks connect to it directly.
 */
final class SharedServer implements AutoCloseable {
  private static final String POSTGRES_URL = System.getProperty("corg.test.postgres.url",
      "jdbc:postgresql://127.0.0.1:5432/test");
  private static final String POSTGRES_USER = System.getProperty("corg.test.postgres.user", "postgres");
  private static final String MARIADB_URL = System.getProperty("corg.test.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/");
  private static final String MARIADB_USER = System.getProperty("corg.test.mariadb.user", "root");

  final Dialect dialect;
  final String user;
  private final String serverUrl;
  private final String name;

  private SharedServer(Dialect dialect, String serverUrl, String user) {
    this.dialect = dialect;
    this.serverUrl = serverUrl;
    this.user = user;
    this.name = "corg_chaos_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
        .toLowerCase(Locale.ROOT);
  }

  static SharedServer postgres() {
    return new SharedServer(Dialect.POSTGRESQL, POSTGRES_URL, POSTGRES_USER);
  }

  static SharedServer mariadb() {
    return new SharedServer(Dialect.MARIADB, MARIADB_URL, MARIADB_USER);
  }

  /** Why the server cannot be used, or empty when it answers. */
  Optional<String> unavailable() {
    try {
      execute(serverUrl, "SELECT 1");
      return Optional.empty();
    } catch (SQLException e) {
      return Optional.of(dialect + " at " + serverUrl + " (user " + user + ") is not reachable: " + e.getMessage());
    }
  }

  String host() {
    return URI.create(serverUrl.substring("jdbc:".length())).getHost();
  }

  int port() {
    return URI.create(serverUrl.substring("jdbc:".length())).getPort();
  }

  /** Creates the run's schema or database. */
  void create() throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      // pg_trgm goes to public: one created inside the run's schema would be dropped with it, and with it the trigram
      // indexes of everyone else on the server.
      execute(serverUrl, "CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public");
      execute(serverUrl, "CREATE SCHEMA " + name);
    } else {
      execute(serverUrl, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    }
  }

  /** The run's URL, directly or through a proxy listening on {@code port} of this machine. */
  String url(Optional<Integer> proxyPort) {
    String url = proxyPort.map(p -> serverUrl.replace(host() + ":" + port(), "127.0.0.1:" + p)).orElse(serverUrl);
    if (dialect == Dialect.POSTGRESQL) {
      return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name + ",public";
    }
    return url + name;
  }

  @Override
  public void close() {
    try {
      execute(serverUrl, dialect == Dialect.POSTGRESQL ? "DROP SCHEMA IF EXISTS " + name + " CASCADE"
          : "DROP DATABASE IF EXISTS " + name);
    } catch (SQLException e) {
      System.err.println("could not drop the chaos run's " + name + ": " + e.getMessage());
    }
  }

  private void execute(String url, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, user, "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
