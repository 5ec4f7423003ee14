package org.consumerorgs.jdbc;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consumerorgs.error.ErrorCode;
import org.consumerorgs.error.StorageException;

/**
 * The one place where a {@link SQLException} becomes a {@link StorageException}, precisely per database, so that no
 * {@code SQLException} ever reaches the host and each failure says, by its {@link ErrorCode}, what the host can do
 * about it.
 *
 * <p>Where the failure happened decides as much as what it was: a lost connection before the commit is sent saved
 * nothing and may be retried ({@link ErrorCode#STORAGE_UNAVAILABLE}); a lost connection while committing may or may
 * not have saved the change ({@link ErrorCode#STORAGE_OUTCOME_UNKNOWN}). {@link JdbcTransactions} knows which step it
 * is at and asks accordingly.
 */
final class SqlErrors {
  /** What a duplicate key means for the statement that ran into it. */
  enum OnDuplicate {
    /**
     * The key is guarded by the statement (a name, an id, an open link): a duplicate means a concurrent transaction
     * took it between the guard and the write, and trying again sees it.
     */
    CONCURRENT_CHANGE,
    /** The key is one the SDK allots itself (an event's sequence): a duplicate means a broken invariant, a bug. */
    BROKEN_INVARIANT
  }

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
  /**
   * PostgreSQL's class 57 states that end the session: admin_shutdown (the backend was terminated, or the server is
   * stopping), crash_shutdown, cannot_connect_now (the server is starting up).
   */
  private static final Set<String> POSTGRESQL_SESSION_ENDED = Set.of("57P01", "57P02", "57P03");
  /**
   * MariaDB Connector/J's 25S03: the connection failed over and the transaction was rolled back. Server error 1927
   * (ER_CONNECTION_KILLED): the connection was killed. 1053: the server is shutting down.
   */
  private static final String MARIADB_FAILED_OVER = "25S03";
  private static final Set<Integer> MARIADB_SESSION_ENDED = Set.of(1927, 1053);
  /** H2: CONNECTION_BROKEN_1, DATABASE_IS_CLOSED, DATABASE_CALLED_AT_SHUTDOWN. */
  private static final Set<Integer> H2_SESSION_ENDED = Set.of(90067, 90098, 90121);

  /** The name of the key in each database's duplicate-key message; the values beside it are never shown. */
  private static final Pattern POSTGRESQL_KEY = Pattern.compile("unique constraint \"([^\"]+)\"");
  private static final Pattern MARIADB_KEY = Pattern.compile("for key '([^']+)'");
  private static final Pattern H2_KEY = Pattern.compile("violation: \"([^\" ]+)");

  private final Dialect dialect;
  private final Optional<String> tablePrefix;

  SqlErrors(Dialect dialect) {
    this(dialect, Optional.empty());
  }

  SqlErrors(Dialect dialect, Optional<String> tablePrefix) {
    this.dialect = dialect;
    this.tablePrefix = tablePrefix;
  }

  /**
   * A statement of an open transaction failed, before its commit was sent: {@code doing} names the step, as in
   * "reading organizations". Nothing of the transaction will be saved.
   */
  StorageException translate(SQLException e, String doing) {
    return translate(e, doing, OnDuplicate.CONCURRENT_CHANGE);
  }

  StorageException translate(SQLException e, String doing, OnDuplicate onDuplicate) {
    if (isMissingTable(e)) {
      String prefix = tablePrefix.map(p -> " with the table prefix \"" + p + "\"").orElse("");
      return new StorageException(ErrorCode.STORAGE_FAILURE, "The Consumer Organizations tables" + prefix
          + " are not installed in this database (" + describe(e) + "). Install them with"
          + " JdbcSchema.install(dataSource, tablePrefix), or run the scripts in " + dialect.scriptFolder()
          + " with your migration tool, using the same table prefix.", e);
    }
    if (isDuplicateKey(e)) {
      if (onDuplicate == OnDuplicate.BROKEN_INVARIANT) {
        return new StorageException(ErrorCode.STORAGE_FAILURE, "A key the SDK allots itself was already taken while "
            + doing + ": the stored data breaks one of the SDK's invariants. This is a bug, not bad input or a"
            + " conflict: please report it. Nothing was saved. (" + describe(e) + ")", e);
      }
      // The stores judge names, ids and open links with guarded statements; a duplicate that still reaches the
      // database means a concurrent transaction took the same key between the guard and the write.
      return new StorageException(ErrorCode.STORAGE_CONFLICT, "A concurrent change took the same key while " + doing
          + "; nothing was saved, and trying again will see it. (" + describe(e) + ")", e);
    }
    if (isRetryable(e)) {
      return new StorageException(ErrorCode.STORAGE_CONFLICT, "The database stopped a transaction that conflicted"
          + " with another one (deadlock, lock timeout or serialization failure) while " + doing + "; nothing was"
          + " saved, and trying again may succeed. (" + describe(e) + ")", e);
    }
    if (isIntegrityViolation(e)) {
      return new StorageException(ErrorCode.STORAGE_FAILURE, "The database refused a change that breaks one of its"
          + " constraints while " + doing + ". This is a bug, not bad input: please report it. Nothing was saved. ("
          + describe(e) + ")", e);
    }
    if (isConnectionFailure(e)) {
      return unavailable(e, doing);
    }
    return new StorageException(ErrorCode.STORAGE_FAILURE, "The database failed while " + doing
        + "; nothing was saved. (" + describe(e) + ")", e);
  }

  /** The connection failed before anything was committed: nothing was saved, and a new connection may work. */
  StorageException unavailable(SQLException e, String doing) {
    return new StorageException(ErrorCode.STORAGE_UNAVAILABLE, "The connection to the database failed while " + doing
        + ", before anything was committed: nothing was saved, and trying again may succeed. (" + describe(e) + ")",
        e);
  }

  /**
   * The commit of a transaction that wrote failed. Only a lost connection leaves its outcome unknown: a database that
   * answers the commit with an error has rolled the transaction back.
   */
  StorageException translateCommit(SQLException e) {
    if (isConnectionFailure(e)) {
      return new StorageException(ErrorCode.STORAGE_OUTCOME_UNKNOWN, "The connection to the database failed while"
          + " committing: the change may or may not have been saved. Read it back before trying again. ("
          + describe(e) + ")", e);
    }
    return translate(e, "committing");
  }

  /**
   * Getting a connection failed: nothing was sent. A pool that timed out or a server that refused the connection
   * may answer the next time; a refused login or an unknown database will not.
   */
  StorageException translateConnect(SQLException e) {
    return isConnectionFailure(e) || e.getSQLState() == null
        ? unavailable(e, "getting a connection from the DataSource")
        : translate(e, "getting a connection from the DataSource");
  }

  /**
   * Inside a host's transaction that the SDK joined, a lost connection took the host's whole transaction with it:
   * the SDK cannot retry anything in it, the host must start its transaction again.
   */
  StorageException hostTransactionLost(Throwable cause, String what) {
    return new StorageException(ErrorCode.STORAGE_HOST_TRANSACTION_LOST, what + " The host's transaction that the"
        + " SDK had joined is gone with it, and the SDK cannot retry inside it: nothing of it will be saved, and the"
        + " host must run its whole transaction again.", cause);
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

  /** The connection is gone (or the server ended the session): the transaction on it is lost, nothing else is. */
  boolean isConnectionFailure(SQLException e) {
    if (e instanceof SQLRecoverableException || e instanceof SQLNonTransientConnectionException
        || e instanceof SQLTransientConnectionException) {
      return true;
    }
    String state = e.getSQLState();
    if (state != null && state.startsWith("08")) {
      return true;
    }
    return switch (dialect) {
      case POSTGRESQL -> state != null && POSTGRESQL_SESSION_ENDED.contains(state);
      case MARIADB -> MARIADB_FAILED_OVER.equals(state) || MARIADB_SESSION_ENDED.contains(e.getErrorCode());
      case H2 -> H2_SESSION_ENDED.contains(e.getErrorCode());
    };
  }

  /**
   * What a failure to reach a database not yet known means: {@link ErrorCode#STORAGE_UNAVAILABLE} when it is a
   * connection failure on any of the databases (the host may try again), {@link ErrorCode#STORAGE_FAILURE} otherwise.
   */
  static ErrorCode reaching(SQLException e) {
    for (Dialect dialect : Dialect.values()) {
      if (new SqlErrors(dialect).isConnectionFailure(e)) {
        return ErrorCode.STORAGE_UNAVAILABLE;
      }
    }
    return ErrorCode.STORAGE_FAILURE;
  }

  private static boolean isIntegrityViolation(SQLException e) {
    return e.getSQLState() != null && e.getSQLState().startsWith("23");
  }

  /**
   * The driver's words, for the operator. A duplicate key is told by the key's name alone: its values are the
   * provider's id and a name's hash, raw bytes that belong neither in a user's message nor in a log.
   */
  String describe(SQLException e) {
    String text;
    if (isDuplicateKey(e)) {
      text = duplicateKeyName(e).map(key -> "duplicate key on " + key).orElse("duplicate key");
    } else {
      text = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
          : e.getMessage().strip();
    }
    return "SQLState " + e.getSQLState() + ", code " + e.getErrorCode() + ": " + text;
  }

  private Optional<String> duplicateKeyName(SQLException e) {
    if (e.getMessage() == null) {
      return Optional.empty();
    }
    Pattern key = switch (dialect) {
      case POSTGRESQL -> POSTGRESQL_KEY;
      case MARIADB -> MARIADB_KEY;
      case H2 -> H2_KEY;
    };
    Matcher found = key.matcher(e.getMessage());
    return found.find() ? Optional.of(found.group(1)) : Optional.empty();
  }
}
