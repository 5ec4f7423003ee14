package org.consumerorgs.jdbc;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import org.consumerorgs.error.StorageException;

/**
 * The one place where a {@link SQLException} becomes a {@link StorageException}, precisely per database, so that no
 * {@code SQLException} ever reaches the host and each failure says what the host can do about it.
 */
final class SqlErrors {
  /** PostgreSQL: serialization_failure, deadlock_detected; also the class-40 state MariaDB gives a deadlock. */
  private static final Set<String> RETRYABLE_STATES = Set.of("40001", "40P01");
  /**
   * PostgreSQL's lock_not_available: a lock wait ran into the host's {@code lock_timeout}, the same failure as
   * MariaDB's 1205 and H2's 50200.
   */
  private static final String POSTGRESQL_LOCK_TIMEOUT = "55P03";
  /** MariaDB/MySQL: ER_LOCK_WAIT_TIMEOUT, ER_LOCK_DEADLOCK. */
  private static final Set<Integer> MARIADB_RETRYABLE_CODES = Set.of(1205, 1213);
  /** H2: LOCK_TIMEOUT_1, DEADLOCK_1, CONCURRENT_UPDATE_1 (a row changed by a transaction that committed meanwhile). */
  private static final Set<Integer> H2_RETRYABLE_CODES = Set.of(50200, 40001, 90131);

  private final Dialect dialect;
  private final Optional<String> tablePrefix;

  SqlErrors(Dialect dialect) {
    this(dialect, Optional.empty());
  }

  SqlErrors(Dialect dialect, Optional<String> tablePrefix) {
    this.dialect = dialect;
    this.tablePrefix = tablePrefix;
  }

  /** What went wrong, for a host: {@code doing} names the step, as in "reading organizations". */
  StorageException translate(SQLException e, String doing) {
    if (isMissingTable(e)) {
      String prefix = tablePrefix.map(p -> " with the table prefix \"" + p + "\"").orElse("");
      return new StorageException("The Consumer Organizations tables" + prefix + " are not installed in this database"
          + " (" + message(e) + "). Install them with JdbcSchema.install(dataSource, tablePrefix), or run the"
          + " scripts in " + dialect.scriptFolder() + " with your migration tool, using the same table prefix.", e,
          false);
    }
    if (isDuplicateKey(e)) {
      // The stores judge names, ids and open links with guarded statements; a duplicate that still reaches the
      // database means a concurrent transaction took the same key between the guard and the write.
      return new StorageException("A concurrent change took the same key while " + doing
          + "; trying again will see it. (" + message(e) + ")", e, true);
    }
    if (isRetryable(e)) {
      return new StorageException("The database stopped a transaction that conflicted with another one (deadlock, "
          + "lock timeout or serialization failure) while " + doing + "; trying again may succeed. (" + message(e)
          + ")", e, true);
    }
    if (isIntegrityViolation(e)) {
      return new StorageException("The database refused a change that breaks one of its constraints while " + doing
          + ". This is a bug, not bad input: please report it. (" + message(e) + ")", e, false);
    }
    if (isConnectionFailure(e)) {
      return new StorageException("The connection to the database failed while " + doing
          + "; if that was the commit, the change may or may not have been saved. (" + message(e) + ")", e, false);
    }
    return new StorageException("The database failed while " + doing + ". (" + message(e) + ")", e, false);
  }

  boolean isDuplicateKey(SQLException e) {
    return switch (dialect) {
      case POSTGRESQL, H2 -> "23505".equals(e.getSQLState());
      case MARIADB -> e.getErrorCode() == 1062 && "23000".equals(e.getSQLState());
    };
  }

  boolean isRetryable(SQLException e) {
    String state = e.getSQLState();
    return switch (dialect) {
      case POSTGRESQL -> state != null && (RETRYABLE_STATES.contains(state) || state.equals(POSTGRESQL_LOCK_TIMEOUT));
      case MARIADB -> MARIADB_RETRYABLE_CODES.contains(e.getErrorCode())
          || (state != null && RETRYABLE_STATES.contains(state));
      case H2 -> H2_RETRYABLE_CODES.contains(e.getErrorCode());
    };
  }

  boolean isMissingTable(SQLException e) {
    return switch (dialect) {
      case POSTGRESQL -> "42P01".equals(e.getSQLState());
      case MARIADB -> e.getErrorCode() == 1146;
      case H2 -> e.getErrorCode() == 42102 || e.getErrorCode() == 42104;
    };
  }

  private static boolean isIntegrityViolation(SQLException e) {
    return e.getSQLState() != null && e.getSQLState().startsWith("23");
  }

  private static boolean isConnectionFailure(SQLException e) {
    return e.getSQLState() != null && e.getSQLState().startsWith("08");
  }

  private static String message(SQLException e) {
    String text = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
        : e.getMessage().strip();
    return "SQLState " + e.getSQLState() + ", code " + e.getErrorCode() + ": " + text;
  }
}
