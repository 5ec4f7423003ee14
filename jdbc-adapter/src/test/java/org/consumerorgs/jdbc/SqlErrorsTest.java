package org.consumerorgs.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Stream;
import org.consumerorgs.error.StorageException;
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
    /** A unique key the guards did not see taken: a concurrent insert, so retryable. */
    DUPLICATE_KEY,
    /** Deadlock, lock timeout, serialization failure. */
    CONFLICT,
    MISSING_TABLE,
    /** Any other constraint: a bug, never retryable, never called a duplicate. */
    OTHER_CONSTRAINT,
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
        Arguments.of(Dialect.POSTGRESQL, "42601", 0, Kind.OTHER), // syntax error
        Arguments.of(Dialect.MARIADB, "23000", 1062, Kind.DUPLICATE_KEY),
        Arguments.of(Dialect.MARIADB, "40001", 1213, Kind.CONFLICT),
        Arguments.of(Dialect.MARIADB, "HY000", 1205, Kind.CONFLICT),
        Arguments.of(Dialect.MARIADB, "42S02", 1146, Kind.MISSING_TABLE),
        Arguments.of(Dialect.MARIADB, "23000", 1452, Kind.OTHER_CONSTRAINT), // foreign key, same SQLState as 1062
        Arguments.of(Dialect.MARIADB, "23000", 4025, Kind.OTHER_CONSTRAINT), // check
        Arguments.of(Dialect.MARIADB, "23000", 1048, Kind.OTHER_CONSTRAINT), // not null
        Arguments.of(Dialect.MARIADB, "08000", 0, Kind.CONNECTION),
        Arguments.of(Dialect.MARIADB, "42000", 1064, Kind.OTHER),
        Arguments.of(Dialect.H2, "23505", 23505, Kind.DUPLICATE_KEY),
        Arguments.of(Dialect.H2, "40001", 40001, Kind.CONFLICT),
        Arguments.of(Dialect.H2, "HYT00", 50200, Kind.CONFLICT),
        Arguments.of(Dialect.H2, "90131", 90131, Kind.CONFLICT),
        Arguments.of(Dialect.H2, "42S02", 42102, Kind.MISSING_TABLE),
        Arguments.of(Dialect.H2, "42S04", 42104, Kind.MISSING_TABLE),
        Arguments.of(Dialect.H2, "23506", 23506, Kind.OTHER_CONSTRAINT), // foreign key
        Arguments.of(Dialect.H2, "23513", 23513, Kind.OTHER_CONSTRAINT), // check
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
    assertEquals(kind == Kind.DUPLICATE_KEY || kind == Kind.CONFLICT, translated.isRetryable(), "retryable");
    String message = translated.getMessage();
    assertTrue(message.contains("SQLState " + state) && message.contains("code " + code)
        && message.contains("driver says no"), "the driver's own words are kept for the operator: " + message);
    switch (kind) {
      case DUPLICATE_KEY -> assertTrue(message.contains("took the same key while creating organizations"), message);
      case CONFLICT -> assertTrue(message.contains("conflicted with another one")
          && message.contains("while creating organizations"), message);
      case MISSING_TABLE -> assertTrue(message.contains("not installed") && message.contains("JdbcSchema.install")
          && message.contains(dialect.scriptFolder()), message);
      case OTHER_CONSTRAINT -> assertTrue(message.contains("breaks one of its constraints while creating"
          + " organizations") && !message.contains("same key"), message);
      case CONNECTION -> assertTrue(message.contains("connection to the database failed"), message);
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
}
