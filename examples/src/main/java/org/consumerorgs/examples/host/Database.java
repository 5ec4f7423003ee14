package org.consumerorgs.examples.host;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.PrintStream;
import java.util.Optional;
import org.consumerorgs.error.StorageException;
import org.consumerorgs.jdbc.JdbcSchema;
import org.consumerorgs.jdbc.JdbcStorage;

/**
 * The host's database: a HikariCP pool, the schema installed on first start, and the SDK's storage over both. What a
 * real host does once in its start-up code.
 */
final class Database implements AutoCloseable {
  private final HikariDataSource pool;
  private final JdbcStorage storage;

  private Database(HikariDataSource pool, JdbcStorage storage) {
    this.pool = pool;
    this.storage = storage;
  }

  /**
   * Connects, installs the schema if it is not there yet (saying so), and checks it.
   *
   * @throws StorageException if the database cannot be reached or the schema cannot be installed
   */
  static Database open(Settings settings, PrintStream out) {
    HikariDataSource pool = pool(settings);
    try {
      String prefix = settings.tablePrefix();
      // The SDK never creates tables behind the host's back: installing is the host's explicit, one-time decision.
      // A host with a migration tool (Flyway, Liquibase) runs the same scripts from the jar instead (README).
      Optional<Integer> installed = JdbcSchema.installedVersion(pool, prefix);
      if (installed.isEmpty()) {
        out.println("First start on " + describe(settings) + ": installing the Consumer Organizations schema (table"
            + " prefix " + prefix + ")...");
        JdbcSchema.install(pool, prefix);
        out.println("Schema installed.");
      } else if (installed.get() < JdbcSchema.REQUIRED_VERSION) {
        // An upgrade is as explicit as the install: this host decides to run it, and says so.
        out.println("Upgrading the Consumer Organizations schema on " + describe(settings) + " (table prefix " + prefix
            + ") from version " + installed.get() + " to " + JdbcSchema.REQUIRED_VERSION + "...");
        JdbcSchema.upgrade(pool, prefix);
        out.println("Schema upgraded.");
      } else {
        out.println("Using " + describe(settings) + "; its schema (table prefix " + prefix
            + ", version " + installed.get() + ") was installed on an earlier start.");
      }
      // build() checks the database is one the adapter speaks and that the schema answers, so a wrong URL or prefix
      // fails here, at start-up, rather than on a user's first click.
      JdbcStorage storage = JdbcStorage.builder(pool).tablePrefix(prefix).build();
      return new Database(pool, storage);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  private static HikariDataSource pool(Settings settings) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("consumer-orgs");
    config.setJdbcUrl(settings.jdbcUrl());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    // One person at a keyboard needs few connections; a web host sizes this for its request threads.
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(1);
    // The two settings the README recommends: with them the adapter changes no connection setting per call.
    config.setAutoCommit(false);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    try {
      return new HikariDataSource(config);
    } catch (HikariPool.PoolInitializationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new StorageException("Could not connect to " + describe(settings) + ": " + cause.getMessage(), e, false);
    }
  }

  private static String describe(Settings settings) {
    String url = settings.jdbcUrl();
    return switch (settings.database()) {
      case H2 -> "the H2 database " + url.substring("jdbc:h2:".length()).split(";", 2)[0];
      case POSTGRES -> "PostgreSQL at " + url;
      case MARIADB -> "MariaDB at " + url;
    };
  }

  JdbcStorage storage() {
    return storage;
  }

  /** Closes the pool; with its last connection closed, an embedded H2 database is closed and its file complete. */
  @Override
  public void close() {
    pool.close();
  }
}
