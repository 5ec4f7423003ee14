package org.consumerorgs.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.ProviderId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A pool whose every connection the database ended (a restart, a failover, an operator's kill): the next SDK call
 * must answer without an error, because a connection that fails before the commit is sent lost nothing and the SDK
 * runs the call again on a new one. The database really ends them here, from an administrator's connection of its
 * own (PostgreSQL's {@code pg_terminate_backend}, MariaDB's {@code KILL}), so the failures are the driver's own.
 */
abstract class DeadConnections {
  private static final AtomicInteger PREFIXES = new AtomicInteger();
  /** HikariCP skips its own check of a connection used this recently; a pool built while it is set never checks. */
  private static final String ALIVE_BYPASS_WINDOW = "com.zaxxer.hikari.aliveBypassWindowMs";
  private static final Actor ALICE = Actor.ofProvider(ProviderId.of("acme"), "alice");

  final Dialect dialect;
  private final List<HikariDataSource> pools = new ArrayList<>();

  DeadConnections(Dialect dialect) {
    this.dialect = dialect;
  }

  @AfterEach
  void closePools() {
    pools.forEach(HikariDataSource::close);
  }

  @Test
  void aPoolWhoseConnectionsWereAllEndedAnswersTheNextCallWithoutAnError() throws SQLException {
    HikariDataSource pool = pool(4, false);
    ConsumerOrgs sdk = sdkOver(pool);
    ConsumerOrganization globex = sdk.organizations().create(ALICE, "Globex");

    endAll(openEvery(pool, 4));

    assertEquals(globex, sdk.organizations().get(ALICE, globex.id()), "a read");
    ConsumerOrganization initech = sdk.organizations().create(ALICE, "Initech");
    assertEquals(List.of("Globex", "Initech"), sdk.organizations().list(ALICE, PageRequest.first()).items().stream()
        .map(ConsumerOrganization::name).toList(), "a write, saved once");
    assertEquals(initech, sdk.organizations().get(ALICE, initech.id()));
  }

  /**
   * The pool hands out its dead connections as they are (its own check is off), so only the SDK can save the call:
   * five dead connections, more than its three attempts, then a new one.
   */
  @Test
  void deadConnectionsThePoolHandsOutAreReplacedByTheSdk() throws SQLException {
    HikariDataSource pool = pool(5, true);
    RecordingDataSource recording = new RecordingDataSource(pool);
    ConsumerOrgs sdk = sdkOver(recording);
    endAll(openEvery(pool, 5));
    int before = recording.handedOut().size();

    ConsumerOrganization globex = sdk.organizations().create(ALICE, "Globex");

    assertEquals(6, recording.handedOutSince(before).size(), "five dead connections, then a new one");
    assertEquals(globex, sdk.organizations().get(ALICE, globex.id()));
    assertEquals(1, sdk.organizations().list(ALICE, PageRequest.first()).items().size(), "created once");
  }

  private ConsumerOrgs sdkOver(javax.sql.DataSource dataSource) {
    String prefix = "dead" + PREFIXES.incrementAndGet() + "_";
    JdbcSchema.install(TestDatabase.of(dialect).first(), prefix);
    ConsumerOrgs sdk = ConsumerOrgs.builder(
        JdbcStorage.builder(dataSource).dialect(dialect).tablePrefix(prefix).build()).build();
    sdk.providers().register(ALICE, "Acme");
    return sdk;
  }

  private HikariDataSource pool(int size, boolean trustsItsConnections) {
    HikariDataSource shared = (HikariDataSource) TestDatabase.of(dialect).first();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(shared.getJdbcUrl());
    config.setUsername(shared.getUsername());
    config.setPassword(shared.getPassword());
    config.setPoolName("dead-connections-" + pools.size());
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(0);
    String bypass = System.getProperty(ALIVE_BYPASS_WINDOW);
    if (trustsItsConnections) {
      System.setProperty(ALIVE_BYPASS_WINDOW, String.valueOf(Long.MAX_VALUE / 2));
    }
    try {
      HikariDataSource pool = new HikariDataSource(config);
      pools.add(pool);
      return pool;
    } finally {
      if (bypass == null) {
        System.clearProperty(ALIVE_BYPASS_WINDOW);
      } else {
        System.setProperty(ALIVE_BYPASS_WINDOW, bypass);
      }
    }
  }

  /** Makes the pool hold {@code size} open connections, and returns the database's id of each. */
  private List<Long> openEvery(HikariDataSource pool, int size) throws SQLException {
    List<Connection> held = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    try {
      for (int i = 0; i < size; i++) {
        Connection connection = pool.getConnection();
        held.add(connection);
        try (Statement statement = connection.createStatement();
            ResultSet row = statement.executeQuery(dialect == Dialect.POSTGRESQL ? "SELECT pg_backend_pid()"
                : "SELECT CONNECTION_ID()")) {
          row.next();
          ids.add(row.getLong(1));
        }
      }
    } finally {
      for (Connection connection : held) {
        connection.close();
      }
    }
    assertEquals(size, pool.getHikariPoolMXBean().getIdleConnections(), "every connection back in the pool");
    return ids;
  }

  /** Ends the sessions from a connection of an administrator's own, and waits until the database has let them go. */
  private void endAll(List<Long> ids) throws SQLException {
    String list = ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    try (Connection admin = adminConnection(); Statement statement = admin.createStatement()) {
      for (long id : ids) {
        statement.execute(dialect == Dialect.POSTGRESQL ? "SELECT pg_terminate_backend(" + id + ")"
            : "KILL CONNECTION " + id);
      }
      String alive = dialect == Dialect.POSTGRESQL
          ? "SELECT COUNT(*) FROM pg_stat_activity WHERE pid IN (" + list + ")"
          : "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID IN (" + list + ")";
      for (int poll = 0; count(statement, alive) > 0; poll++) {
        assertTrue(poll < 600, "the database still holds sessions " + list);
        sleep();
      }
    }
  }

  private Connection adminConnection() throws SQLException {
    return dialect == Dialect.POSTGRESQL
        ? DriverManager.getConnection(TestDatabase.POSTGRES_URL, TestDatabase.POSTGRES_USER, "")
        : DriverManager.getConnection(TestDatabase.MARIADB_URL, TestDatabase.MARIADB_USER, "");
  }

  private static long count(Statement statement, String sql) throws SQLException {
    try (ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
