package org.consumerorgs.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.Provider;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.error.BatchRejectedException;
import org.consumerorgs.error.DuplicateNameException;
import org.consumerorgs.error.ErrorCode;
import org.consumerorgs.error.StorageException;
import org.consumerorgs.error.WriteOutcome;
import org.consumerorgs.spi.TransactionMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the JDBC adapter does beyond the contract kit, on a real database: how it reports the database's failures,
 * what it does with the connections it takes from the host's pool, how it joins a host's transaction, and how it
 * checks its configuration. Each subclass runs all of it on one database.
 *
 * <p>Every test has tables of its own (a table prefix no other test uses), installed with the shipped scripts, in
 * the test JVM's database of the dialect ({@link TestDatabase}). Statements the test runs itself go over plain
 * connections, never through the adapter.
 */
abstract class JdbcAdapterBehaviour {
  private static final AtomicInteger PREFIXES = new AtomicInteger();
  private static final ProviderId ACME = ProviderId.of("acme");
  private static final Actor ALICE = Actor.ofProvider(ACME, "alice");
  /** The tables of the shipped schema, children before parents, so that they can be dropped in this order. */
  private static final List<String> TABLES = List.of("link", "event", "organization", "share", "event_counter",
      "provider");

  final Dialect dialect;

  JdbcAdapterBehaviour(Dialect dialect) {
    this.dialect = dialect;
  }

  private TestDatabase database() {
    return TestDatabase.of(dialect);
  }

  /** A prefix no other test of this JVM uses; {@code area} says whose tables they are when one is left behind. */
  private static String newPrefix(String area) {
    return area + PREFIXES.incrementAndGet() + "_";
  }

  private String installedPrefix(String area) {
    String prefix = newPrefix(area);
    JdbcSchema.install(database().first(), prefix);
    return prefix;
  }

  private JdbcStorage storage(DataSource dataSource, String prefix) {
    return JdbcStorage.builder(dataSource).dialect(dialect).tablePrefix(prefix).build();
  }

  private void execute(String... statements) throws SQLException {
    try (Connection connection = database().first().getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  /** A count read from the second pool: another connection, as another host instance would see it. */
  private long count(String sql) throws SQLException {
    try (Connection connection = database().second().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /**
   * A connection straight from the driver, outside the shared pools: for tests that change session settings, which
   * a pool would hand on to the next test.
   */
  private Connection directConnection() throws SQLException {
    HikariDataSource pool = (HikariDataSource) database().first();
    return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
  }

  private HikariDataSource newPool(String name, boolean autoCommit, String isolation) {
    HikariDataSource shared = (HikariDataSource) database().first();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(shared.getJdbcUrl());
    config.setUsername(shared.getUsername());
    config.setPassword(shared.getPassword());
    config.setPoolName(name);
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(0);
    config.setAutoCommit(autoCommit);
    config.setTransactionIsolation(isolation);
    return new HikariDataSource(config);
  }

  private static String insertProvider(String prefix, String id) {
    return "INSERT INTO " + prefix + "provider (provider_id, name, registered_at) VALUES ('" + id + "', 'Raw', 0)";
  }

  private static String touchProvider(String prefix, String id) {
    return "UPDATE " + prefix + "provider SET name = 'Touched' WHERE provider_id = '" + id + "'";
  }

  /** A live organization row as the stores write it, with the given name hash and version. */
  private static void insertOrganization(Connection connection, String prefix, String id, byte[] nameHash,
      long version) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + prefix + "organization"
        + " (provider_id, organization_id, name, search_key, sort_key, live_name_hash, version, created_at,"
        + " updated_at, deleted_at) VALUES ('raw', ?, 'Raw', 'raw', ?, ?, ?, 0, 0, NULL)")) {
      insert.setString(1, id);
      insert.setBytes(2, "raw".getBytes(StandardCharsets.UTF_8));
      insert.setBytes(3, nameHash);
      insert.setLong(4, version);
      insert.executeUpdate();
    }
  }

  private static byte[] nameHash(int fill) {
    byte[] hash = new byte[32];
    Arrays.fill(hash, (byte) fill);
    return hash;
  }

  private static String describe(SQLException e) {
    return e.getClass().getName() + " SQLState " + e.getSQLState() + " code " + e.getErrorCode() + ": "
        + e.getMessage();
  }

  private static void assertEveryConnectionClosed(RecordingDataSource recording) {
    assertFalse(recording.handedOut().isEmpty());
    for (RecordingConnection connection : recording.handedOut()) {
      assertTrue(connection.closed(), "not closed: " + connection.calls());
    }
  }

  private static void assertSaysNotInstalled(StorageException e) {
    assertTrue(e.getMessage().contains("not installed"), e.getMessage());
    assertTrue(e.getMessage().contains("JdbcSchema.install"), e.getMessage());
    assertFalse(e.isRetryable(), "a missing schema does not install itself on a retry");
    assertInstanceOf(SQLException.class, e.getCause(), "the driver's exception is kept as the cause");
  }

  @Nested
  class ErrorTranslation {
    private final SqlErrors errors = new SqlErrors(dialect);

    @Test
    void buildingOverTablesThatWereNeverInstalledFailsSayingHowToInstallThem() {
      String prefix = newPrefix("errs"); // nothing installed under it
      RecordingDataSource recording = new RecordingDataSource(database().first());

      StorageException e = assertThrows(StorageException.class, () -> storage(recording, prefix));

      // The check finds no table of the schema: nothing failed in the driver, so there is no SQLException to keep.
      assertTrue(e.getMessage().contains("not installed") && e.getMessage().contains("JdbcSchema.install"),
          e.getMessage());
      assertFalse(e.isRetryable(), "a missing schema does not install itself on a retry");
      assertEveryConnectionClosed(recording);
    }

    @Test
    void useCasesOverTablesDroppedAfterBuildFailSayingTheyAreNotInstalled() throws SQLException {
      String prefix = installedPrefix("errs");
      ConsumerOrgs sdk = ConsumerOrgs.builder(storage(database().first(), prefix)).build();
      sdk.providers().register(ALICE, "Acme");
      execute(TABLES.stream().map(table -> "DROP TABLE " + prefix + table).toArray(String[]::new));

      // A StorageException, not an SQLException in a wrapper: the host catches one type for every store.
      assertSaysNotInstalled(assertThrows(StorageException.class,
          () -> sdk.organizations().create(ALICE, "Globex")));
      assertSaysNotInstalled(assertThrows(StorageException.class,
          () -> sdk.organizations().list(ALICE, PageRequest.first())));
    }

    @Test
    void aDuplicatePrimaryKeyThatReachesTheDatabaseIsReportedRetryable() throws SQLException {
      String prefix = installedPrefix("errs");
      try (Connection connection = database().first().getConnection();
          Statement statement = connection.createStatement()) {
        statement.executeUpdate(insertProvider(prefix, "twice"));

        SQLException duplicate = assertThrows(SQLException.class,
            () -> statement.executeUpdate(insertProvider(prefix, "twice")));

        assertReportedAsARaceForTheKey(duplicate);
      }
    }

    @Test
    void aDuplicateLiveNameThatReachesTheDatabaseIsReportedRetryable() throws SQLException {
      String prefix = installedPrefix("errs");
      try (Connection connection = database().first().getConnection()) {
        execute(insertProvider(prefix, "raw"));
        insertOrganization(connection, prefix, "first", nameHash(7), 1);

        // The unique key on live names, not the primary key: what two concurrent creates of one name run into.
        SQLException duplicate = assertThrows(SQLException.class,
            () -> insertOrganization(connection, prefix, "second", nameHash(7), 1));

        assertReportedAsARaceForTheKey(duplicate);
      }
    }

    private void assertReportedAsARaceForTheKey(SQLException duplicate) {
      assertTrue(errors.isDuplicateKey(duplicate), describe(duplicate));
      StorageException translated = errors.translate(duplicate, "creating organizations");
      assertTrue(translated.isRetryable(), translated.getMessage());
      assertTrue(translated.getMessage().contains("took the same key"), translated.getMessage());
      assertSame(duplicate, translated.getCause());
    }

    @Test
    void aForeignKeyFailureIsNeitherADuplicateNorRetryable() throws SQLException {
      String prefix = installedPrefix("errs");
      try (Connection connection = database().first().getConnection();
          Statement statement = connection.createStatement()) {
        SQLException orphan = assertThrows(SQLException.class, () -> statement.executeUpdate("INSERT INTO " + prefix
            + "event_counter (provider_id, last_sequence) VALUES ('nobody', 0)"));

        assertReportedAsABrokenConstraint(orphan);
      }
    }

    @Test
    void aCheckConstraintFailureIsNeitherADuplicateNorRetryable() throws SQLException {
      String prefix = installedPrefix("errs");
      try (Connection connection = database().first().getConnection()) {
        execute(insertProvider(prefix, "raw"));

        SQLException versionZero = assertThrows(SQLException.class,
            () -> insertOrganization(connection, prefix, "zero", nameHash(1), 0));

        assertReportedAsABrokenConstraint(versionZero);
      }
    }

    private void assertReportedAsABrokenConstraint(SQLException failure) {
      // MariaDB gives every integrity failure SQLState 23000, its duplicate key included: only its code tells.
      assertFalse(errors.isDuplicateKey(failure), describe(failure));
      StorageException translated = errors.translate(failure, "creating organizations");
      assertFalse(translated.isRetryable(), "a broken constraint breaks again: " + translated.getMessage());
      assertTrue(translated.getMessage().contains("breaks one of its constraints"), translated.getMessage());
      assertFalse(translated.getMessage().contains("same key"), translated.getMessage());
    }

    @Test
    void aRealDeadlockIsReportedRetryable() throws Exception {
      String prefix = installedPrefix("errs");
      execute(insertProvider(prefix, "left"), insertProvider(prefix, "right"));
      CyclicBarrier bothHoldTheirFirstRow = new CyclicBarrier(2);
      ExecutorService threads = Executors.newFixedThreadPool(2);
      try (Connection one = deadlockingConnection(); Connection two = deadlockingConnection()) {
        Future<Optional<SQLException>> leftFirst = threads.submit(
            () -> lockOneRowThenTheOther(one, prefix, "left", "right", bothHoldTheirFirstRow));
        Future<Optional<SQLException>> rightFirst = threads.submit(
            () -> lockOneRowThenTheOther(two, prefix, "right", "left", bothHoldTheirFirstRow));
        List<SQLException> failures = new ArrayList<>();
        leftFirst.get().ifPresent(failures::add);
        rightFirst.get().ifPresent(failures::add);

        assertFalse(failures.isEmpty(), "two transactions waiting for each other cannot both finish");
        for (SQLException failure : failures) {
          assertTrue(errors.isRetryable(failure), describe(failure));
          StorageException translated = errors.translate(failure, "numbering events");
          assertTrue(translated.isRetryable(), translated.getMessage());
          switch (dialect) {
            // The servers detect the deadlock and end one transaction: make sure that is what happened here.
            case POSTGRESQL -> assertEquals("40P01", failure.getSQLState(), describe(failure));
            case MARIADB -> assertEquals(1213, failure.getErrorCode(), describe(failure));
            // H2 may detect it, or let the wait run into its (here short) lock timeout.
            case H2 -> assertTrue(failure.getErrorCode() == 40001 || failure.getErrorCode() == 50200,
                describe(failure));
          }
        }
      } finally {
        threads.shutdownNow();
      }
    }

    private Connection deadlockingConnection() throws SQLException {
      Connection connection = directConnection();
      if (dialect == Dialect.H2) {
        // The shared database waits 20 s for a lock; a deadlock H2 does not detect should end sooner.
        try (Statement statement = connection.createStatement()) {
          statement.execute("SET LOCK_TIMEOUT 1000");
        }
      }
      connection.setAutoCommit(false);
      return connection;
    }

    private Optional<SQLException> lockOneRowThenTheOther(Connection connection, String prefix, String mine,
        String theirs, CyclicBarrier bothHoldTheirFirstRow) throws Exception {
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate(touchProvider(prefix, mine));
        bothHoldTheirFirstRow.await();
        try {
          statement.executeUpdate(touchProvider(prefix, theirs));
          connection.commit();
          return Optional.empty();
        } catch (SQLException e) {
          connection.rollback(); // lets go of this side's row, so that the other side can finish
          return Optional.of(e);
        }
      }
    }

    @Test
    void aLockWaitThatTimesOutIsReportedRetryable() throws SQLException {
      String prefix = installedPrefix("errs");
      execute(insertProvider(prefix, "held"));
      try (Connection holder = directConnection(); Connection waiter = directConnection()) {
        holder.setAutoCommit(false);
        waiter.setAutoCommit(false);
        try (Statement holding = holder.createStatement(); Statement waiting = waiter.createStatement()) {
          holding.executeUpdate(touchProvider(prefix, "held"));
          // A host may bound lock waits on its connections; the wait then ends with an error, not a deadlock.
          waiting.execute(switch (dialect) {
            case POSTGRESQL -> "SET lock_timeout = '100ms'";
            case MARIADB -> "SET SESSION innodb_lock_wait_timeout = 1";
            case H2 -> "SET LOCK_TIMEOUT 100";
          });

          SQLException timeout = assertThrows(SQLException.class,
              () -> waiting.executeUpdate(touchProvider(prefix, "held")));

          waiter.rollback();
          holder.rollback();
          assertTrue(errors.isRetryable(timeout), describe(timeout));
          assertTrue(errors.translate(timeout, "renaming an organization").isRetryable());
        }
      }
    }
  }

  @Nested
  class OwnTransactions {
    private String prefix;
    private HikariDataSource pool;
    private RecordingDataSource recording;
    private JdbcStorage storage;
    private ConsumerOrgs sdk;

    @BeforeEach
    void installAndRegister() {
      prefix = installedPrefix("owntx");
      // Not what the adapter uses (READ COMMITTED), nor any database's default, so that a change shows.
      pool = newPool(prefix + "pool", true, "TRANSACTION_SERIALIZABLE");
      recording = new RecordingDataSource(pool);
      storage = storage(recording, prefix);
      sdk = ConsumerOrgs.builder(storage).build();
      sdk.providers().register(ALICE, "Acme");
    }

    @AfterEach
    void closePool() {
      pool.close();
    }

    /**
     * Every connection the adapter took is closed, handed back as the pool gave it, and none is still in use. The
     * state is read as the adapter closes the connection: the pool would put it back itself, and hide a leak.
     */
    private void assertEveryConnectionWentBackAsItCame(boolean autoCommit, int isolation) {
      assertFalse(recording.handedOut().isEmpty());
      for (RecordingConnection connection : recording.handedOut()) {
        assertTrue(connection.closed(), "not closed: " + connection.calls());
        assertEquals(autoCommit, connection.autoCommitAtClose(), "auto-commit when closed: " + connection.calls());
        assertEquals(isolation, connection.isolationAtClose(), "isolation when closed: " + connection.calls());
      }
      assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections(), "connections still in use");
    }

    private long organizations() throws SQLException {
      return count("SELECT COUNT(*) FROM " + prefix + "organization");
    }

    @Test
    void successfulUseCasesRunAtReadCommittedAndHandTheConnectionBackAsItCame() {
      ConsumerOrganization globex = sdk.organizations().create(ALICE, "Globex");
      sdk.organizations().list(ALICE, PageRequest.first());
      sdk.organizations().get(ALICE, globex.id());

      for (RecordingConnection connection : recording.handedOut()) {
        if (connection.count("commit/0") > 0) {
          assertEquals(false, connection.autoCommitAtCommit(), "a transaction of its own: " + connection.calls());
          assertEquals(Connection.TRANSACTION_READ_COMMITTED, connection.isolationAtCommit());
        }
      }
      assertEveryConnectionWentBackAsItCame(true, Connection.TRANSACTION_SERIALIZABLE);
    }

    @Test
    void aUseCaseRefusedByTheDomainRollsBackAndHandsTheConnectionBackAsItCame() throws SQLException {
      sdk.organizations().create(ALICE, "Globex");
      int before = recording.handedOut().size();

      assertThrows(DuplicateNameException.class, () -> sdk.organizations().create(ALICE, "Globex"));

      List<RecordingConnection> refused = recording.handedOutSince(before);
      assertEquals(1, refused.size());
      assertEquals(1, refused.get(0).count("rollback/0"), refused.get(0).calls().toString());
      assertEquals(0, refused.get(0).count("commit/0"), refused.get(0).calls().toString());
      assertEquals(1, organizations());
      assertEveryConnectionWentBackAsItCame(true, Connection.TRANSACTION_SERIALIZABLE);
    }

    @Test
    void aFailureThrownFromInsideTheWorkRollsBackEverythingItWrote() throws SQLException {
      IllegalStateException thrown = new IllegalStateException("the work failed after writing");
      int before = recording.handedOut().size();

      IllegalStateException caught = assertThrows(IllegalStateException.class,
          () -> storage.transactions().inTransaction(ProviderId.of("initech"), TransactionMode.READ_WRITE, () -> {
            assertTrue(storage.providers().insert(new Provider(ProviderId.of("initech"), "Initech", Instant.EPOCH)));
            throw thrown;
          }));

      assertSame(thrown, caught, "the work's own failure reaches the caller, unwrapped");
      RecordingConnection connection = recording.handedOutSince(before).get(0);
      assertEquals(1, connection.count("rollback/0"), connection.calls().toString());
      assertEquals(0, count("SELECT COUNT(*) FROM " + prefix + "provider WHERE provider_id = 'initech'"));
      assertEquals(0, count("SELECT COUNT(*) FROM " + prefix + "event_counter WHERE provider_id = 'initech'"));
      assertEveryConnectionWentBackAsItCame(true, Connection.TRANSACTION_SERIALIZABLE);
    }

    @Test
    void aCommitThatFailsRollsBackStoresNothingAndStillHandsTheConnectionBack() throws SQLException {
      recording.failOnNewConnections("commit/0", new SQLException("connection reset by peer", "08006"));
      int before = recording.handedOut().size();

      StorageException e = assertThrows(StorageException.class, () -> sdk.organizations().create(ALICE, "Globex"));

      assertFalse(e.isRetryable(), "the commit may have reached the database: " + e.getMessage());
      assertEquals(ErrorCode.STORAGE_OUTCOME_UNKNOWN, e.code());
      assertEquals(WriteOutcome.UNKNOWN, e.outcome());
      assertTrue(e.getMessage().contains("committing"), e.getMessage());
      List<RecordingConnection> used = recording.handedOutSince(before);
      assertEquals(1, used.size(), "not retried");
      assertEquals(1, used.get(0).count("rollback/0"), used.get(0).calls().toString());
      assertEquals(0, organizations());
      assertEquals(1, count("SELECT COUNT(*) FROM " + prefix + "event"), "only the registration was recorded");
      assertEveryConnectionWentBackAsItCame(true, Connection.TRANSACTION_SERIALIZABLE);
    }

    @Test
    void aConnectionOnWhichNoTransactionCanStartIsClosedWithItsIsolationPutBack() throws SQLException {
      // The isolation is set before auto-commit is switched off, so it is already changed when that fails.
      recording.failOnNewConnections("setAutoCommit(false)", new SQLException("connection lost", "08003"));
      int before = recording.handedOut().size();

      StorageException e = assertThrows(StorageException.class, () -> sdk.organizations().create(ALICE, "Globex"));

      assertTrue(e.getMessage().contains("starting a transaction"), e.getMessage());
      assertEquals(ErrorCode.STORAGE_UNAVAILABLE, e.code(), e.getMessage());
      assertEquals(WriteOutcome.NOT_APPLIED, e.outcome());
      // Nothing was sent: each of the three attempts replaced every connection that failed at the start.
      assertEquals(3 * JdbcTransactions.DEAD_ON_ARRIVAL, recording.handedOutSince(before).size());
      assertEquals(0, organizations());
      assertEveryConnectionWentBackAsItCame(true, Connection.TRANSACTION_SERIALIZABLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"setTransactionIsolation(2)", "setAutoCommit(false)", "prepareStatement/1"})
    void aConnectionThatFailsBeforeTheCommitIsReplacedAndTheCallSucceeds(String call) throws SQLException {
      recording.failOnNextConnections(2, call, new SQLException("connection lost", "08003"));
      int before = recording.handedOut().size();

      ConsumerOrganization globex = sdk.organizations().create(ALICE, "Globex");

      assertEquals(3, recording.handedOutSince(before).size(), "two dead connections, then a good one");
      assertEquals(1, organizations());
      assertEquals(globex, sdk.organizations().get(ALICE, globex.id()));
      assertEquals(1, count("SELECT COUNT(*) FROM " + prefix + "event WHERE organization_id = '"
          + globex.id().value() + "'"), "created once");
      assertEveryConnectionWentBackAsItCame(true, Connection.TRANSACTION_SERIALIZABLE);
    }

    @Test
    void morePooledConnectionsDeadOnArrivalThanAttemptsCostTheCallerNothing() throws SQLException {
      recording.failOnNextConnections(10, "setAutoCommit(false)", new SQLException("connection lost", "08003"));
      int before = recording.handedOut().size();

      ConsumerOrganization globex = sdk.organizations().create(ALICE, "Globex");

      assertEquals(11, recording.handedOutSince(before).size(), "ten dead connections, then a good one");
      assertEquals(globex, sdk.organizations().get(ALICE, globex.id()));
      assertEveryConnectionWentBackAsItCame(true, Connection.TRANSACTION_SERIALIZABLE);
    }

    @Test
    void aReadWhoseCommitFailsSavedNothingAndIsRetried() throws SQLException {
      ConsumerOrganization globex = sdk.organizations().create(ALICE, "Globex");
      recording.failOnNextConnections(1, "commit/0", new SQLException("connection reset by peer", "08006"));

      assertEquals(globex, sdk.organizations().get(ALICE, globex.id()));

      recording.failOnNewConnections("commit/0", new SQLException("connection reset by peer", "08006"));
      StorageException e = assertThrows(StorageException.class, () -> sdk.organizations().get(ALICE, globex.id()));
      assertEquals(ErrorCode.STORAGE_UNAVAILABLE, e.code(), e.getMessage());
      assertFalse(e.getMessage().contains("may or may not"), "a read saves nothing: " + e.getMessage());
    }

    @Test
    void failingToPutBackAutoCommitStillPutsBackTheIsolationAndClosesTheConnection() throws SQLException {
      recording.failOnNewConnections("setAutoCommit(true)", new SQLException("connection lost", "08003"));
      int before = recording.handedOut().size();

      // The commit went through: a connection that cannot be put back is the pool's to discard, not the caller's
      // failure.
      ConsumerOrganization globex = sdk.organizations().create(ALICE, "Globex");

      RecordingConnection used = recording.handedOutSince(before).get(0);
      assertTrue(used.closed(), used.calls().toString());
      assertEquals(Connection.TRANSACTION_SERIALIZABLE, used.isolationAtClose(), used.calls().toString());
      assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections());
      assertEquals(1, count("SELECT COUNT(*) FROM " + prefix + "organization WHERE organization_id = '"
          + globex.id().value() + "'"));
    }

    @Test
    void connectionsAPoolHandsOutOutsideAutoCommitGoBackOutsideAutoCommit() throws SQLException {
      try (HikariDataSource manual = newPool(prefix + "manual", false, "TRANSACTION_REPEATABLE_READ")) {
        RecordingDataSource recorded = new RecordingDataSource(manual);
        ConsumerOrgs onManual = ConsumerOrgs.builder(storage(recorded, prefix)).build();

        onManual.organizations().create(ALICE, "Globex");
        assertThrows(DuplicateNameException.class, () -> onManual.organizations().create(ALICE, "Globex"));

        for (RecordingConnection connection : recorded.handedOut()) {
          assertTrue(connection.closed(), connection.calls().toString());
          assertEquals(false, connection.autoCommitAtClose(), connection.calls().toString());
          assertEquals(Connection.TRANSACTION_REPEATABLE_READ, connection.isolationAtClose());
        }
        assertEquals(0, manual.getHikariPoolMXBean().getActiveConnections());
      }
      assertEquals(1, organizations());
    }
  }

  /**
   * Two transactions take one name, the second while the first has not committed yet: what a busy host does all day.
   * The second must end as the domain says (the name is taken, by the first), not as a storage failure, and the
   * driver must not log the SDK's handled duplicate as a warning in the host's log.
   */
  @Nested
  class NameRaces {
    private String prefix;
    private ConsumerOrgs holding;
    private ConsumerOrgs other;
    private final ThreadBoundConnection host = new ThreadBoundConnection();

    @BeforeEach
    void install() {
      prefix = installedPrefix("race");
      holding = ConsumerOrgs.builder(JdbcStorage.builder(database().first()).dialect(dialect).tablePrefix(prefix)
          .joining(host).build()).build();
      other = ConsumerOrgs.builder(storage(database().second(), prefix)).build();
      other.providers().register(ALICE, "Acme");
    }

    @Test
    void aNameTakenByATransactionNotYetCommittedEndsAsADuplicateNamingItsHolder() throws Exception {
      assertTheSecondTakerIsToldTheNameIsTaken("INSERT", () -> other.organizations().create(ALICE, "GLOBEX"));
      assertEquals(1, count("SELECT COUNT(*) FROM " + prefix + "organization"));
    }

    @Test
    void aRenameToANameTakenByATransactionNotYetCommittedEndsAsADuplicateNamingItsHolder() throws Exception {
      ConsumerOrganization initech = other.organizations().create(ALICE, "Initech");

      // MariaDB's rename waits in its locking read of the name's holder; the others in the UPDATE.
      assertTheSecondTakerIsToldTheNameIsTaken(dialect == Dialect.MARIADB ? "SELECT" : "UPDATE",
          () -> other.organizations().rename(ALICE, initech.id(), initech.version(), "GLOBEX"));
      assertEquals(initech, other.organizations().get(ALICE, initech.id()), "not renamed");
    }

    /**
     * The first transaction, the host's, takes "Globex" and stays open until {@code second}, run meanwhile on the
     * other pool, waits for it in its {@code verb} statement; then it commits.
     */
    private void assertTheSecondTakerIsToldTheNameIsTaken(String verb, java.util.concurrent.Callable<?> second)
        throws Exception {
      ExecutorService thread = Executors.newSingleThreadExecutor();
      try (DriverLog driverLog = new DriverLog(); Connection connection = database().first().getConnection()) {
        connection.setAutoCommit(false);
        ConsumerOrganization first = host.callWith(connection, () -> holding.organizations().create(ALICE, "Globex"));
        Future<?> taking = thread.submit(second);
        awaitLockWait(verb, taking);
        connection.commit();

        ExecutionException outcome = assertThrows(ExecutionException.class, taking::get);
        DuplicateNameException duplicate = assertInstanceOf(DuplicateNameException.class, outcome.getCause());
        assertEquals(Optional.of(first.id()), duplicate.existingOrganizationId());
        assertEquals(List.of(), driverLog.lines(), "the SDK handled the duplicate: nothing for the host's log");
      } finally {
        thread.shutdownNow();
      }
    }

    @Test
    void everyHandledDuplicateNameLeavesTheDriversLogEmpty() throws SQLException {
      ConsumerOrganization globex = other.organizations().create(ALICE, "Globex");
      ConsumerOrganization initech = other.organizations().create(ALICE, "Initech");
      ShareId gold = other.shares().register(ALICE, ShareId.of("gold"), "Gold").id();
      try (DriverLog driverLog = new DriverLog()) {
        assertThrows(DuplicateNameException.class, () -> other.organizations().create(ALICE, "globex"));
        assertThrows(DuplicateNameException.class,
            () -> other.organizations().rename(ALICE, initech.id(), initech.version(), "GLOBEX"));
        assertThrows(BatchRejectedException.class, () -> other.shares().addConsumers(ALICE, gold,
            AddConsumersRequest.builder().newOrganization("Initech").newOrganization("Hooli").build()));

        assertEquals(List.of(), driverLog.lines());
        // The capture sees what a driver logs: a duplicate the SDK did not handle, sent by hand.
        if (dialect == Dialect.MARIADB) {
          try (Connection connection = database().first().getConnection();
              Statement statement = connection.createStatement()) {
            assertThrows(SQLException.class, () -> statement.execute("INSERT INTO " + prefix + "provider"
                + " (provider_id, name, registered_at) VALUES ('acme', 'Acme', 0)"));
          }
          assertFalse(driverLog.lines().isEmpty(), "the capture must see MariaDB's warning of a failed statement");
        }
      }
      assertEquals(globex, other.organizations().get(ALICE, globex.id()));
    }

    /** Waits until the second taker's {@code verb} statement waits for the first's uncommitted name. */
    private void awaitLockWait(String verb, Future<?> taking) throws SQLException {
      String statement = "%" + verb + "%" + prefix + "organization%";
      String waiting = switch (dialect) {
        case POSTGRESQL -> "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
            + " AND query LIKE '" + statement + "'";
        // InnoDB does not always list the waiting transaction; its session runs the statement, which only a wait
        // keeps running.
        case MARIADB -> "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = DATABASE()"
            + " AND ID <> CONNECTION_ID() AND COMMAND = 'Query' AND INFO LIKE '" + statement + "'";
        // H2 does not always name a blocker for a unique key held by an uncommitted row: the statement just runs on.
        // (Anchored at the start, so that this query, which holds the same words, does not find itself.)
        case H2 -> "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS"
            + " WHERE EXECUTING_STATEMENT LIKE '" + statement.substring(1) + "'";
      };
      for (int poll = 0; count(waiting) == 0; poll++) {
        if (taking.isDone() || poll >= 1200) {
          try {
            fail("the second taker never waited for the first, and ended with " + taking.get(0, TimeUnit.SECONDS));
          } catch (ExecutionException | java.util.concurrent.TimeoutException | InterruptedException e) {
            throw new AssertionError("the second taker never waited for the first", e);
          }
        }
        try {
          Thread.sleep(25);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    }
  }

  @Nested
  class JoiningTheHostsTransaction {
    private final ThreadBoundConnection host = new ThreadBoundConnection();
    private String prefix;
    private ConsumerOrgs sdk;
    /** Another host instance, which never joins: what the rest of the world sees once the host commits. */
    private ConsumerOrgs elsewhere;

    @BeforeEach
    void installRegisterAndCreateTheHostsTable() throws SQLException {
      prefix = installedPrefix("hosttx");
      execute("CREATE TABLE " + prefix + "host_note (id INT NOT NULL PRIMARY KEY, note VARCHAR(100) NOT NULL)");
      sdk = ConsumerOrgs.builder(JdbcStorage.builder(database().first()).dialect(dialect).tablePrefix(prefix)
          .joining(host).build()).build();
      elsewhere = ConsumerOrgs.builder(storage(database().second(), prefix)).build();
      sdk.providers().register(ALICE, "Acme"); // nothing bound: a transaction of its own
    }

    /** The host's connection, with its transaction open. */
    private Connection hostConnection() throws SQLException {
      Connection connection = database().first().getConnection();
      connection.setAutoCommit(false);
      return connection;
    }

    private void writeNote(Connection connection, int id) throws SQLException {
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate("INSERT INTO " + prefix + "host_note (id, note) VALUES (" + id + ", 'host')");
      }
    }

    private long notes() throws SQLException {
      return count("SELECT COUNT(*) FROM " + prefix + "host_note");
    }

    private long organizations() throws SQLException {
      return count("SELECT COUNT(*) FROM " + prefix + "organization");
    }

    private long events() throws SQLException {
      return count("SELECT COUNT(*) FROM " + prefix + "event");
    }

    /** The adapter may set, release and roll back to savepoints on the host's connection, and do nothing else to it. */
    private void assertLeftToTheHost(RecordingConnection joined) {
      for (String call : List.of("commit/0", "rollback/0", "close/0", "abort/1", "setAutoCommit/1",
          "setTransactionIsolation/1", "setReadOnly/1")) {
        assertEquals(0, joined.count(call), call + " on the host's connection: " + joined.calls());
      }
    }

    @Test
    void theHostsWritesAndTheSdksCommitTogether() throws SQLException {
      ConsumerOrganization globex;
      try (Connection connection = hostConnection()) {
        RecordingConnection joined = new RecordingConnection(connection);
        writeNote(connection, 1);

        globex = host.callWith(joined.connection(), () -> sdk.organizations().create(ALICE, "Globex"));

        assertEquals(0, organizations(), "nobody else sees the organization before the host commits");
        assertEquals(1, joined.count("setSavepoint/0"), joined.calls().toString());
        connection.commit();
        assertLeftToTheHost(joined);
      }
      assertEquals(1, notes());
      assertEquals(globex, elsewhere.organizations().get(ALICE, globex.id()));
      assertEquals(2, events(), "registered, created");
    }

    @Test
    void theHostsRollbackUndoesTheSdksWritesToo() throws SQLException {
      try (Connection connection = hostConnection()) {
        RecordingConnection joined = new RecordingConnection(connection);
        writeNote(connection, 1);
        host.runWith(joined.connection(), () -> sdk.organizations().create(ALICE, "Globex"));

        connection.rollback();

        assertLeftToTheHost(joined);
      }
      assertEquals(0, notes());
      assertEquals(0, organizations());
      assertEquals(1, events(), "registered only");
    }

    @Test
    void aDuplicateNameLeavesTheHostsWriteAndItsTransactionUsable() throws SQLException {
      sdk.organizations().create(ALICE, "Globex");
      try (Connection connection = hostConnection()) {
        RecordingConnection joined = new RecordingConnection(connection);
        writeNote(connection, 1);

        assertThrows(DuplicateNameException.class,
            () -> host.runWith(joined.connection(), () -> sdk.organizations().create(ALICE, "Globex")));

        writeNote(connection, 2);
        connection.commit();
        assertLeftToTheHost(joined);
        assertEquals(1, joined.count("rollback/1"), "back to the SDK's savepoint: " + joined.calls());
      }
      assertEquals(2, notes());
      assertEquals(1, organizations());
      assertEquals(2, events(), "registered, created once");
    }

    @Test
    void aRejectedBatchRollsBackTheOrganizationsItHadInsertedButNotTheHostsWrite() throws SQLException {
      ShareId weather = ShareId.of("weather");
      sdk.shares().register(ALICE, weather, "Weather");
      AddConsumersRequest request = AddConsumersRequest.builder()
          .newOrganization("Initech") // inserted before the unknown id below gets the whole batch rejected
          .existing(ConsumerOrganizationId.of("no-such-organization"))
          .build();
      try (Connection connection = hostConnection()) {
        RecordingConnection joined = new RecordingConnection(connection);
        writeNote(connection, 1);

        BatchRejectedException rejected = assertThrows(BatchRejectedException.class,
            () -> host.runWith(joined.connection(), () -> sdk.shares().addConsumers(ALICE, weather, request)));

        assertEquals(1, rejected.rejections().size());
        writeNote(connection, 2);
        connection.commit();
        assertLeftToTheHost(joined);
      }
      assertEquals(2, notes());
      assertEquals(0, organizations(), "Initech was rolled back with the batch");
      assertEquals(0, count("SELECT COUNT(*) FROM " + prefix + "link"));
    }

    @Test
    void aDatabaseErrorInsideTheSdkIsUndoneToItsSavepointAndTheHostCanStillCommit() throws SQLException {
      // A constraint of the host's own, which the SDK's event for this actor breaks after the organization row
      // is written: a real failed statement in the middle of the SDK's work. On PostgreSQL a failed statement
      // aborts the whole transaction; only the rollback to the savepoint makes it usable again.
      execute("ALTER TABLE " + prefix + "event ADD CONSTRAINT " + prefix
          + "event_no_saboteur CHECK (actor_id <> 'saboteur')");
      Actor saboteur = Actor.ofProvider(ACME, "saboteur");
      try (Connection connection = hostConnection()) {
        RecordingConnection joined = new RecordingConnection(connection);
        writeNote(connection, 1);

        StorageException e = assertThrows(StorageException.class,
            () -> host.runWith(joined.connection(), () -> sdk.organizations().create(saboteur, "Globex")));

        assertFalse(e.isRetryable(), e.getMessage());
        assertEquals(1, joined.count("rollback/1"), "back to the SDK's savepoint: " + joined.calls());
        writeNote(connection, 2);
        host.runWith(joined.connection(), () -> sdk.organizations().create(ALICE, "Initech"));
        connection.commit();
        assertLeftToTheHost(joined);
      }
      assertEquals(2, notes());
      assertEquals(1, organizations(), "Initech only; Globex was rolled back to the savepoint");
      assertEquals(0, count("SELECT COUNT(*) FROM " + prefix + "organization WHERE name = 'Globex'"));
      assertEquals(2, events(), "registered, Initech created");
    }

    @Test
    void aConnectionLostInsideTheHostsTransactionIsNotRetriedByTheSdk() throws SQLException {
      try (Connection connection = hostConnection()) {
        RecordingConnection joined = new RecordingConnection(connection);
        joined.fail("prepareStatement/1", new SQLException("connection lost", "08003"));

        StorageException e = assertThrows(StorageException.class,
            () -> host.runWith(joined.connection(), () -> sdk.organizations().create(ALICE, "Globex")));

        assertEquals(ErrorCode.STORAGE_HOST_TRANSACTION_LOST, e.code(), e.getMessage());
        assertFalse(e.isRetryable(), "the host's transaction is gone: only the host can run it again");
        assertTrue(e.getMessage().contains("host must run its whole transaction again"), e.getMessage());
        assertEquals(1, joined.count("setSavepoint/0"), "one attempt, not three: " + joined.calls());
        assertLeftToTheHost(joined);
        connection.rollback();
      }
      assertEquals(0, organizations());
    }

    @Test
    void aHostConnectionInAutoCommitModeIsRefusedWithAClearMessage() throws SQLException {
      try (Connection connection = database().first().getConnection()) {
        connection.setAutoCommit(true);
        RecordingConnection joined = new RecordingConnection(connection);

        IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> host.runWith(joined.connection(), () -> sdk.organizations().create(ALICE, "Globex")));

        assertTrue(e.getMessage().contains("auto-commit"), e.getMessage());
        assertTrue(e.getMessage().contains("setAutoCommit(false)"), e.getMessage());
        assertTrue(connection.getAutoCommit(), "the SDK does not reconfigure the host's connection");
        assertLeftToTheHost(joined);
      }
      assertEquals(0, organizations());
    }

    @Test
    void theSdkNeverCommitsClosesOrReconfiguresTheHostsConnection() throws SQLException {
      ShareId weather = ShareId.of("weather");
      try (Connection connection = hostConnection()) {
        RecordingConnection joined = new RecordingConnection(connection);
        host.runWith(joined.connection(), () -> {
          sdk.shares().register(ALICE, weather, "Weather");
          ConsumerOrganization globex = sdk.organizations().create(ALICE, "Globex");
          sdk.organizations().rename(ALICE, globex.id(), 1, "Globex Corporation");
          assertThrows(DuplicateNameException.class,
              () -> sdk.organizations().create(ALICE, "Globex Corporation"));
          sdk.shares().addConsumers(ALICE, weather, AddConsumersRequest.builder().existing(globex.id())
              .newOrganization("Initech").build());
          sdk.organizations().list(ALICE, PageRequest.first());
        });

        assertLeftToTheHost(joined);
        assertFalse(connection.isClosed());
        assertFalse(connection.getAutoCommit());
        assertEquals(6, joined.count("setSavepoint/0"), "one savepoint per SDK call: " + joined.calls());
        assertEquals(0, organizations(), "nothing is committed before the host commits");
        connection.commit();
      }
      assertEquals(2, organizations());
      assertEquals(2, count("SELECT COUNT(*) FROM " + prefix + "link"));
    }
  }

  @Nested
  class Configuration {
    @Test
    void namingTheWrongDatabaseFailsAtBuildNamingBoth() {
      Dialect wrong = dialect == Dialect.MARIADB ? Dialect.POSTGRESQL : Dialect.MARIADB;
      RecordingDataSource recording = new RecordingDataSource(database().first());

      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> JdbcStorage.builder(recording).dialect(wrong).build());

      assertTrue(e.getMessage().contains(wrong.name()), e.getMessage());
      assertTrue(e.getMessage().contains(dialect.name()), e.getMessage());
      assertEveryConnectionClosed(recording);
    }

    @Test
    void withoutADialectNamedTheDatabaseIsRecognised() {
      String prefix = installedPrefix("config");

      assertEquals(dialect, JdbcStorage.builder(database().first()).tablePrefix(prefix).build().dialect());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "1abc", "_abc", "a-b", "a b", "x;DROP", "caf\u00e9_", "abcdefghijklmnopqrstuvwxy", "CORG_",
        "corG_"})
    void invalidTablePrefixesAreRefusedSayingWhatIsAllowed(String prefix) {
      IllegalArgumentException building = assertThrows(IllegalArgumentException.class,
          () -> JdbcStorage.builder(database().first()).tablePrefix(prefix));
      IllegalArgumentException installing = assertThrows(IllegalArgumentException.class,
          () -> JdbcSchema.install(database().first(), prefix));

      for (IllegalArgumentException e : List.of(building, installing)) {
        assertTrue(e.getMessage().contains("\"" + prefix + "\""), "names the prefix: " + e.getMessage());
        assertTrue(e.getMessage().contains("1 to 24 characters")
            && e.getMessage().contains("a lower-case ASCII letter followed by lower-case ASCII letters, digits or"
                + " underscores"),
            "says what is allowed: " + e.getMessage());
      }
    }

    @Test
    void aValidPrefixRoundTrips() throws SQLException {
      assertRoundTrips("cfg" + PREFIXES.incrementAndGet() + "_mixed_9");
    }

    @Test
    void aPrefixOfTheLongestAllowedLengthFitsEveryTableAndIndexName() throws SQLException {
      String start = "cfglong" + PREFIXES.incrementAndGet() + "_";
      String prefix = start + "x".repeat(TablePrefix.MAX_LENGTH - start.length());
      assertEquals(24, prefix.length());

      assertRoundTrips(prefix);
    }

    private void assertRoundTrips(String prefix) throws SQLException {
      JdbcSchema.install(database().first(), prefix);
      JdbcStorage storage = JdbcStorage.builder(database().first()).tablePrefix(prefix).build();
      assertEquals(prefix, storage.tablePrefix());
      ConsumerOrgs sdk = ConsumerOrgs.builder(storage).build();
      sdk.providers().register(ALICE, "Acme");
      ConsumerOrganization globex = sdk.organizations().create(ALICE, "Globex");

      // Another host instance with the same prefix finds the same tables, and they are the tables it names.
      ConsumerOrgs elsewhere = ConsumerOrgs.builder(storage(database().second(), prefix)).build();
      assertEquals(globex, elsewhere.organizations().get(ALICE, globex.id()));
      assertEquals(1, count("SELECT COUNT(*) FROM " + prefix + "organization"));
      assertNotNull(elsewhere.providers().find(ALICE).orElse(null));
    }
  }
}
