package org.consumerorgs.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.consumerorgs.error.ErrorCode;
import org.consumerorgs.error.StorageException;
import org.consumerorgs.error.WriteOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How {@link SqlErrors} reads each database's codes, with the SQLState and vendor code each driver really reports
 * (the real databases are provoked in {@link JdbcAdapterBehaviour}). The same code means different things on
 * different databases: MariaDB reports every integrity failure as SQLState 23000, told apart only by its vendor code.
 */
class SqlErrorsTest {
  enum Kind {
    /** A unique key the guards did not see taken: a concurrent insert, so retryable; told by the key's name only. */
    DUPLICATE_KEY,
    /** Deadlock, lock timeout, serialization failure. */
    CONFLICT,
    MISSING_TABLE,
    /** Any other constraint: a bug, never retryable, never called a duplicate. */
    OTHER_CONSTRAINT,
    /** The connection or the session is gone: before the commit, nothing was saved, and a retry may succeed. */
    CONNECTION,
    OTHER
  }

  static Stream<Arguments> codes() {
    return Stream.of(
        Arguments.of(Dialect.POSTGRESQL, "23505", 0, Kind.DUPLICATE_KEY),
        Arguments.of(Dialect.POSTGRESQL, "40001", 0, Kind.CONFLICT),
        Arguments.of(Dialect.POSTGRESQL, "40P01", 0, Kind.CONFLICT),
        Arguments.of(Dialect.POSTGRESQL, "55P03", 0, Kind.CONFLICT), // lock_not_available: lock_timeout ran out
        Arguments.of(Dialect.POSTGRESQL, "42P01", 0, Kind.MISSING_TABLE),
        Arguments.of(Dialect.POSTGRESQL, "23503", 0, Kind.OTHER_CONSTRAINT), // foreign key
        Arguments.of(Dialect.POSTGRESQL, "23514", 0, Kind.OTHER_CONSTRAINT), // check
        Arguments.of(Dialect.POSTGRESQL, "23502", 0, Kind.OTHER_CONSTRAINT), // not null
        Arguments.of(Dialect.POSTGRESQL, "08006", 0, Kind.CONNECTION),
        Arguments.of(Dialect.POSTGRESQL, "57P01", 0, Kind.CONNECTION), // admin_shutdown: pg_terminate_backend
        Arguments.of(Dialect.POSTGRESQL, "57P02", 0, Kind.CONNECTION), // crash_shutdown
        Arguments.of(Dialect.POSTGRESQL, "57P03", 0, Kind.CONNECTION), // cannot_connect_now: starting up
        Arguments.of(Dialect.POSTGRESQL, "57014", 0, Kind.OTHER), // query_canceled: the session lives on
        Arguments.of(Dialect.POSTGRESQL, "42601", 0, Kind.OTHER), // syntax error
        Arguments.of(Dialect.MARIADB, "23000", 1062, Kind.DUPLICATE_KEY),
        Arguments.of(Dialect.MARIADB, "40001", 1213, Kind.CONFLICT),
        Arguments.of(Dialect.MARIADB, "HY000", 1205, Kind.CONFLICT),
        Arguments.of(Dialect.MARIADB, "42S02", 1146, Kind.MISSING_TABLE),
        Arguments.of(Dialect.MARIADB, "23000", 1452, Kind.OTHER_CONSTRAINT), // foreign key, same SQLState as 1062
        Arguments.of(Dialect.MARIADB, "23000", 4025, Kind.OTHER_CONSTRAINT), // check
        Arguments.of(Dialect.MARIADB, "23000", 1048, Kind.OTHER_CONSTRAINT), // not null
        Arguments.of(Dialect.MARIADB, "08000", 0, Kind.CONNECTION),
        Arguments.of(Dialect.MARIADB, "25S03", 0, Kind.CONNECTION), // Connector/J: failed over, transaction rolled back
        Arguments.of(Dialect.MARIADB, "70100", 1927, Kind.CONNECTION), // ER_CONNECTION_KILLED
        Arguments.of(Dialect.MARIADB, "08S01", 1053, Kind.CONNECTION), // ER_SERVER_SHUTDOWN
        Arguments.of(Dialect.MARIADB, "70100", 1317, Kind.OTHER), // ER_QUERY_INTERRUPTED: the connection lives on
        Arguments.of(Dialect.MARIADB, "42000", 1064, Kind.OTHER),
        Arguments.of(Dialect.H2, "23505", 23505, Kind.DUPLICATE_KEY),
        Arguments.of(Dialect.H2, "40001", 40001, Kind.CONFLICT),
        Arguments.of(Dialect.H2, "HYT00", 50200, Kind.CONFLICT),
        Arguments.of(Dialect.H2, "90131", 90131, Kind.CONFLICT),
        Arguments.of(Dialect.H2, "42S02", 42102, Kind.MISSING_TABLE),
        Arguments.of(Dialect.H2, "42S04", 42104, Kind.MISSING_TABLE),
        Arguments.of(Dialect.H2, "23506", 23506, Kind.OTHER_CONSTRAINT), // foreign key
        Arguments.of(Dialect.H2, "23513", 23513, Kind.OTHER_CONSTRAINT), // check
        Arguments.of(Dialect.H2, "90067", 90067, Kind.CONNECTION), // CONNECTION_BROKEN_1
        Arguments.of(Dialect.H2, "90098", 90098, Kind.CONNECTION), // DATABASE_IS_CLOSED
        Arguments.of(Dialect.H2, "90121", 90121, Kind.CONNECTION), // DATABASE_CALLED_AT_SHUTDOWN
        Arguments.of(Dialect.H2, "42000", 42000, Kind.OTHER));
  }

  @ParameterizedTest(name = "{0} SQLState {1} code {2} is {3}")
  @MethodSource("codes")
  void eachDatabaseCodeIsTranslatedForWhatTheHostCanDoAboutIt(Dialect dialect, String state, int code, Kind kind) {
    SqlErrors errors = new SqlErrors(dialect);
    SQLException failure = new SQLException("driver says no", state, code);

    StorageException translated = errors.translate(failure, "creating organizations");

    assertSame(failure, translated.getCause(), "the driver's exception is kept as the cause");
    assertEquals(kind == Kind.DUPLICATE_KEY, errors.isDuplicateKey(failure), "duplicate key");
    assertEquals(kind == Kind.MISSING_TABLE, errors.isMissingTable(failure), "missing table");
    assertEquals(kind == Kind.CONNECTION, errors.isConnectionFailure(failure), "connection failure");
    assertEquals(kind == Kind.DUPLICATE_KEY || kind == Kind.CONFLICT || kind == Kind.CONNECTION,
        translated.isRetryable(), "retryable");
    assertEquals(switch (kind) {
      case DUPLICATE_KEY, CONFLICT -> ErrorCode.STORAGE_CONFLICT;
      case CONNECTION -> ErrorCode.STORAGE_UNAVAILABLE;
      case MISSING_TABLE, OTHER_CONSTRAINT, OTHER -> ErrorCode.STORAGE_FAILURE;
    }, translated.code());
    assertEquals(WriteOutcome.NOT_APPLIED, translated.outcome(), "a statement before the commit saved nothing");
    String message = translated.getMessage();
    assertTrue(message.contains("SQLState " + state) && message.contains("code " + code)
        && message.contains(kind == Kind.DUPLICATE_KEY ? "duplicate key" : "driver says no"),
        "the driver's own words are kept for the operator: " + message);
    assertFalse(message.contains("may or may not"), message);
    switch (kind) {
      case DUPLICATE_KEY -> assertTrue(message.contains("took the same key while creating organizations"), message);
      case CONFLICT -> assertTrue(message.contains("conflicted with another one")
          && message.contains("while creating organizations"), message);
      case MISSING_TABLE -> assertTrue(message.contains("not installed") && message.contains("JdbcSchema.install")
          && message.contains(dialect.scriptFolder()), message);
      case OTHER_CONSTRAINT -> assertTrue(message.contains("breaks one of its constraints while creating"
          + " organizations") && !message.contains("same key"), message);
      case CONNECTION -> assertTrue(message.contains("connection to the database failed while creating"
          + " organizations, before anything was committed: nothing was saved"), message);
      case OTHER -> assertTrue(message.contains("failed while creating organizations"), message);
    }
  }

  static Stream<Arguments> sparseFailures() {
    return Arrays.stream(Dialect.values()).flatMap(dialect -> Stream.of(
        Arguments.of(dialect, new SQLException()),
        Arguments.of(dialect, new SQLException("   ")),
        Arguments.of(dialect, new SQLException(null, "23505")),
        Arguments.of(dialect, new SQLException(null, null, 1062))));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("sparseFailures")
  void noMessageIsEmptyEvenWhenTheDriverSaysNothing(Dialect dialect, SQLException failure) {
    String message = new SqlErrors(dialect).translate(failure, "reading organizations").getMessage();

    assertFalse(message == null || message.isBlank());
    assertTrue(message.contains("reading organizations") || message.contains("not installed"), message);
    assertFalse(message.endsWith(": )") || message.endsWith(":  )") || message.endsWith(": "),
        "the driver's part is not left blank: " + message);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aMariaDbForeignKeyFailureIsNotADuplicateOnAnyDatabase(Dialect dialect) {
    // 1452 shares SQLState 23000 with MariaDB's duplicate key; no dialect may take the state alone for a duplicate.
    SQLException foreignKey = new SQLException("Cannot add or update a child row", "23000", 1452);

    assertFalse(new SqlErrors(dialect).isDuplicateKey(foreignKey));
    assertFalse(new SqlErrors(dialect).translate(foreignKey, "linking").isRetryable());
  }

  @Test
  void aDuplicateKeyIsReportedAsAConcurrentChangeNotAsTheCallersMistake() {
    StorageException translated = new SqlErrors(Dialect.H2)
        .translate(new SQLException("Unique index violation", "23505", 23505), "creating organizations");

    // The stores guard every key they write; a duplicate that reaches the database lost a race, and the SDK
    // retries it, so the message must not read as a bug or as bad input.
    assertTrue(translated.isRetryable());
    assertFalse(translated.getMessage().contains("bug"), translated.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aConnectionFailureIsToldByTheDriversExceptionClassToo(Dialect dialect) {
    SqlErrors errors = new SqlErrors(dialect);
    for (SQLException lost : List.of(new SQLNonTransientConnectionException("socket closed"),
        new SQLTransientConnectionException("pool timed out"), new SQLRecoverableException("reset"))) {
      assertTrue(errors.isConnectionFailure(lost), lost.toString());
      assertEquals(ErrorCode.STORAGE_UNAVAILABLE, errors.translate(lost, "reading organizations").code());
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void onlyALostConnectionWhileCommittingLeavesTheOutcomeUnknown(Dialect dialect) {
    SqlErrors errors = new SqlErrors(dialect);

    StorageException lost = errors.translateCommit(new SQLException("connection reset", "08006"));
    assertEquals(ErrorCode.STORAGE_OUTCOME_UNKNOWN, lost.code());
    assertEquals(WriteOutcome.UNKNOWN, lost.outcome());
    assertFalse(lost.isRetryable(), "the commit may have been applied: running the call again could do it twice");
    assertTrue(lost.getMessage().contains("may or may not have been saved"), lost.getMessage());

    // A database that answers the commit with an error rolled the transaction back.
    StorageException refused = errors.translateCommit(new SQLException("could not serialize access", "40001", 40001));
    assertEquals(ErrorCode.STORAGE_CONFLICT, refused.code());
    assertEquals(WriteOutcome.NOT_APPLIED, refused.outcome());
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aConnectionThatCannotBeHadIsRetryableUnlessTheDatabaseRefusedTheLogin(Dialect dialect) {
    SqlErrors errors = new SqlErrors(dialect);

    assertEquals(ErrorCode.STORAGE_UNAVAILABLE,
        errors.translateConnect(new SQLTransientConnectionException("Connection is not available")).code());
    assertEquals(ErrorCode.STORAGE_UNAVAILABLE, errors.translateConnect(new SQLException("refused", "08001")).code());
    assertEquals(ErrorCode.STORAGE_UNAVAILABLE, errors.translateConnect(new SQLException("no state")).code());
    StorageException login = errors.translateConnect(new SQLException("password authentication failed", "28P01"));
    assertEquals(ErrorCode.STORAGE_FAILURE, login.code());
    assertTrue(login.getMessage().contains("getting a connection"), login.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aDuplicateOfAKeyTheSdkAllotsItselfIsABugNeverAConflict(Dialect dialect) {
    SQLException duplicate = dialect == Dialect.MARIADB ? new SQLException("Duplicate entry", "23000", 1062)
        : new SQLException("duplicate key", "23505", dialect == Dialect.H2 ? 23505 : 0);

    StorageException translated = new SqlErrors(dialect)
        .translate(duplicate, "recording events", SqlErrors.OnDuplicate.BROKEN_INVARIANT);

    assertEquals(ErrorCode.STORAGE_FAILURE, translated.code());
    assertFalse(translated.isRetryable());
    assertTrue(translated.getMessage().contains("bug") && translated.getMessage().contains("recording events"),
        translated.getMessage());
  }

  static Stream<Arguments> duplicateKeyMessages() {
    return Stream.of(
        Arguments.of(Dialect.POSTGRESQL, new SQLException("ERROR: duplicate key value violates unique constraint"
            + " \"corg_organization_live_name\"\n  Detail: Key (provider_id, live_name_hash)=(acme-data,"
            + " \\x9f3a00ff) already exists.", "23505"), "corg_organization_live_name"),
        Arguments.of(Dialect.MARIADB, new SQLException("(conn=42) Duplicate entry 'acme-data-\u009f:\u0000\u00ff'"
            + " for key 'corg_organization_live_name'", "23000", 1062), "corg_organization_live_name"),
        Arguments.of(Dialect.H2, new SQLException("Unique index or primary key violation: \"PUBLIC.CORG_ORGANIZATION_"
            + "LIVE_NAME_INDEX_C ON PUBLIC.CORG_ORGANIZATION(PROVIDER_ID, LIVE_NAME_HASH) VALUES ( /* 1 */ 'acme-data',"
            + " X'9f3a00ff' )\"", "23505", 23505), "PUBLIC.CORG_ORGANIZATION_LIVE_NAME_INDEX_C"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("duplicateKeyMessages")
  void aDuplicateKeyIsToldByTheKeysNameWithoutItsValues(Dialect dialect, SQLException duplicate, String key) {
    String message = new SqlErrors(dialect).translate(duplicate, "creating organizations").getMessage();

    assertTrue(message.contains("duplicate key on " + key), message);
    assertFalse(message.contains("acme-data") || message.contains("9f3a") || message.contains("\u0000"),
        "neither the provider's id nor the name's hash: " + message);
  }

  @Test
  void aDatabaseNotYetKnownThatCannotBeReachedIsUnavailableWhicheverItIs() {
    assertEquals(ErrorCode.STORAGE_UNAVAILABLE, SqlErrors.reaching(new SQLException("refused", "08001")));
    assertEquals(ErrorCode.STORAGE_UNAVAILABLE, SqlErrors.reaching(new SQLException("starting up", "57P03")));
    assertEquals(ErrorCode.STORAGE_UNAVAILABLE, SqlErrors.reaching(new SQLNonTransientConnectionException("gone")));
    assertEquals(ErrorCode.STORAGE_FAILURE, SqlErrors.reaching(new SQLException("bad password", "28P01")));
  }
}
