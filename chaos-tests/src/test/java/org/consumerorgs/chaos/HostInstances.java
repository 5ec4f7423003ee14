package org.consumerorgs.chaos;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.jdbc.Dialect;
import org.consumerorgs.jdbc.JdbcStorage;

/**
 * Independent host instances over one database, each with a HikariCP pool of its own and one {@code ConsumerOrgs},
 * as several processes of a host application would run. The first pool keeps Hikari's defaults (auto-commit on), the
 * others use the settings the README recommends (auto-commit off, READ COMMITTED), so both paths meet the faults.
 */
final class HostInstances implements AutoCloseable {
  static final String TABLE_PREFIX = "chaos_";
  private static final int POOL_SIZE = 4;

  private final List<HikariDataSource> pools = new ArrayList<>();
  private final List<ConsumerOrgs> hosts = new ArrayList<>();

  HostInstances(Dialect dialect, String url, String user, int count) {
    for (int i = 0; i < count; i++) {
      HikariDataSource pool = pool(dialect, url, user, "chaos-host-" + (i + 1), i > 0);
      pools.add(pool);
      hosts.add(ConsumerOrgs.builder(JdbcStorage.builder(pool).dialect(dialect).tablePrefix(TABLE_PREFIX).build())
          .build());
    }
  }

  List<ConsumerOrgs> hosts() {
    return hosts;
  }

  /** Opens as many connections as each pool holds and gives them back, so that every pool is full of them. */
  void fillPools() throws SQLException {
    for (HikariDataSource pool : pools) {
      List<Connection> held = new ArrayList<>();
      try {
        for (int i = 0; i < POOL_SIZE; i++) {
          held.add(pool.getConnection());
        }
      } finally {
        for (Connection connection : held) {
          connection.close();
        }
      }
    }
  }

  /**
   * A pool that gives up on a connection within seconds: a dead server makes calls fail, not hang, and the socket
   * timeout bounds a read that would otherwise wait forever on a half-open connection.
   */
  static HikariDataSource pool(Dialect dialect, String url, String user, String name, boolean recommended) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword("");
    config.setPoolName(name);
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(0);
    config.setConnectionTimeout(5_000);
    // Backends of connections the proxy cut can hold their server slots for a while after the cut (until the server
    // notices): a pool made then, such as the checker's after the workload, waits for a slot instead of failing.
    config.setInitializationFailTimeout(30_000);
    config.setValidationTimeout(2_000);
    config.addDataSourceProperty("socketTimeout", dialect == Dialect.POSTGRESQL ? "30" : "30000");
    config.addDataSourceProperty("connectTimeout", dialect == Dialect.POSTGRESQL ? "5" : "5000");
    if (recommended) {
      config.setAutoCommit(false);
      config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    }
    return new HikariDataSource(config);
  }

  @Override
  public void close() {
    pools.forEach(HikariDataSource::close);
  }
}
