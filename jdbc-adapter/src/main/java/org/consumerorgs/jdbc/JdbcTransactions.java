package org.consumerorgs.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.error.ErrorCode;
import org.consumerorgs.error.StorageException;
import org.consumerorgs.spi.TransactionBoundary;
import org.consumerorgs.spi.TransactionMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One use case, one transaction, one connection. Either the SDK's own (a connection from the {@code DataSource},
 * READ COMMITTED, committed at the end, rolled back on any failure, its auto-commit and isolation put back and the
 * connection closed, whatever happens), or the host's, joined inside a savepoint (see {@link HostConnections}).
 *
 * <p>It knows where a failure happened, and that decides whether the SDK may run the use case again. In its own
 * transaction, a connection that fails before the commit is sent (getting it from the pool, configuring it, any
 * statement) lost nothing but the transaction: {@link ErrorCode#STORAGE_UNAVAILABLE}, retried by the SDK on a new
 * connection. A connection that fails while committing a write leaves the outcome unknown:
 * {@link ErrorCode#STORAGE_OUTCOME_UNKNOWN}, never retried (the commit of a read saves nothing either way). In the
 * host's transaction a lost connection is the end of the host's transaction: {@link
 * ErrorCode#STORAGE_HOST_TRANSACTION_LOST}, which only the host can retry.
 */
final class JdbcTransactions implements TransactionBoundary {
  private static final Logger log = LoggerFactory.getLogger(JdbcTransactions.class);

  /**
   * How many dead connections in a row one call replaces before it gives up: more than a pool normally holds, few
   * enough that a pool which keeps handing out the same broken connection cannot hold the call forever.
   */
  static final int DEAD_ON_ARRIVAL = 32;

  private final DataSource dataSource;
  private final HostConnections host;
  private final SqlErrors errors;
  private final ThreadLocal<OpenTransaction> current = new ThreadLocal<>();

  JdbcTransactions(DataSource dataSource, HostConnections host, SqlErrors errors) {
    this.dataSource = dataSource;
    this.host = host;
    this.errors = errors;
  }

  @Override
  public <T> T inTransaction(ProviderId scope, TransactionMode mode, Supplier<T> work) {
    requireNonNull(scope, "scope");
    requireNonNull(mode, "mode");
    requireNonNull(work, "work");
    OpenTransaction open = current.get();
    if (open != null) {
      return join(open, scope, mode, work);
    }
    Optional<Connection> hosts = host.current();
    return hosts.isPresent() ? inHostTransaction(hosts.get(), scope, mode, work) : inOwnTransaction(scope, mode, work);
  }

  /** The connection of this thread's transaction, for a store; writing needs a READ_WRITE transaction. */
  Connection connection(TransactionMode needed) {
    OpenTransaction open = current.get();
    if (open == null) {
      throw new IllegalStateException("stores must be called inside TransactionBoundary.inTransaction");
    }
    if (needed == TransactionMode.READ_WRITE && open.mode() == TransactionMode.READ_ONLY) {
      throw new IllegalStateException("cannot write inside a read-only transaction");
    }
    return open.connection();
  }

  SqlErrors errors() {
    return errors;
  }

  private static <T> T join(OpenTransaction open, ProviderId scope, TransactionMode mode, Supplier<T> work) {
    if (!open.scope().equals(scope)) {
      throw new IllegalStateException("a transaction for provider " + open.scope()
          + " is already open on this thread; one transaction acts for one provider");
    }
    if (mode == TransactionMode.READ_WRITE && open.mode() == TransactionMode.READ_ONLY) {
      throw new IllegalStateException("cannot write inside a read-only transaction");
    }
    return work.get();
  }

  private <T> T inOwnTransaction(ProviderId scope, TransactionMode mode, Supplier<T> work) {
    Started started = start();
    Connection connection = started.connection();
    current.set(new OpenTransaction(connection, scope, mode));
    Throwable failure = null;
    try {
      T result = work.get();
      try {
        connection.commit();
      } catch (SQLException e) {
        // A read saved nothing, so a read's lost commit is as safe to retry as any other lost statement.
        throw mode == TransactionMode.READ_ONLY ? errors.translate(e, "ending a read") : errors.translateCommit(e);
      }
      return result;
    } catch (RuntimeException | Error e) {
      failure = e;
      rollback(connection, e);
      throw e;
    } finally {
      current.remove();
      restore(connection, started.autoCommit(), started.isolation(), failure);
      close(connection);
    }
  }

  /**
   * A connection from the {@code DataSource}, configured for a transaction of the SDK's own. A pool may hand out
   * connections that the database ended while they sat idle (a restart, a failover, an operator's kill): configuring
   * one is its first round trip, it fails before anything of the use case was sent, and the pool discards it. Such a
   * connection is replaced at once, without spending one of the SDK's attempts, up to {@link #DEAD_ON_ARRIVAL} in a
   * row, so that a pool full of dead connections costs the caller nothing.
   */
  private Started start() {
    for (int dead = 0; ; dead++) {
      Connection connection;
      try {
        connection = dataSource.getConnection();
      } catch (SQLException e) {
        throw errors.translateConnect(e);
      }
      boolean autoCommit = true;
      int isolation = Connection.TRANSACTION_READ_COMMITTED;
      try {
        autoCommit = connection.getAutoCommit();
        isolation = connection.getTransactionIsolation();
        if (isolation != Connection.TRANSACTION_READ_COMMITTED) {
          connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        }
        if (autoCommit) {
          connection.setAutoCommit(false);
        }
        return new Started(connection, autoCommit, isolation);
      } catch (SQLException e) {
        // Auto-commit is switched off last, so only the isolation can have been changed before the failure.
        StorageException failure = errors.translate(e, "starting a transaction");
        restore(connection, false, isolation, failure);
        close(connection);
        if (failure.code() != ErrorCode.STORAGE_UNAVAILABLE || dead + 1 >= DEAD_ON_ARRIVAL) {
          throw failure;
        }
        log.debug("Replacing a pooled connection that failed before its transaction started", e);
      }
    }
  }

  /** A connection of the SDK's own transaction, and the settings to put back on it. */
  private record Started(Connection connection, boolean autoCommit, int isolation) {}

  private <T> T inHostTransaction(Connection connection, ProviderId scope, TransactionMode mode, Supplier<T> work) {
    Savepoint savepoint;
    try {
      if (connection.getAutoCommit()) {
        throw new IllegalStateException("the host connection to join is in auto-commit mode, so it has no "
            + "transaction to join: call setAutoCommit(false) on it first, or let HostConnections return empty");
      }
      savepoint = connection.setSavepoint();
    } catch (SQLException e) {
      throw inHostTransaction(errors.translate(e, "joining the host's transaction"));
    }
    current.set(new OpenTransaction(connection, scope, mode));
    try {
      T result = work.get();
      try {
        connection.releaseSavepoint(savepoint);
      } catch (SQLException e) {
        throw inHostTransaction(errors.translate(e, "leaving the host's transaction"));
      }
      return result;
    } catch (RuntimeException | Error e) {
      try {
        connection.rollback(savepoint);
      } catch (SQLException rollbackFailure) {
        e.addSuppressed(rollbackFailure);
        // The database already ended the host's transaction (MariaDB does so on a deadlock), or the connection is
        // gone: nothing the SDK can retry in it. The host must start over.
        throw errors.hostTransactionLost(e, "The database rolled back the host's transaction, or its connection"
            + " failed.");
      }
      if (e instanceof StorageException lost && lost.code() == ErrorCode.STORAGE_UNAVAILABLE) {
        throw inHostTransaction(lost);
      }
      try {
        // Rolled back to, the savepoint is still there; release it so that a host making many failing calls in one
        // transaction does not pile them up. Failing that is untidy, not wrong.
        connection.releaseSavepoint(savepoint);
      } catch (SQLException releaseFailure) {
        e.addSuppressed(releaseFailure);
      }
      throw e;
    } finally {
      current.remove();
    }
  }

  /** A connection failure is the end of the host's transaction, which the SDK may not retry; the rest stays. */
  private StorageException inHostTransaction(StorageException failure) {
    if (failure.code() != ErrorCode.STORAGE_UNAVAILABLE) {
      return failure;
    }
    String cause = failure.getCause() instanceof SQLException e ? " (" + errors.describe(e) + ")" : "";
    return errors.hostTransactionLost(failure, "The connection to the database failed" + cause + ".");
  }

  private static void rollback(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * Each setting on its own: failing to put back one is no reason to leave the other changed. On a connection that
   * already failed (the transaction's failure says so) that is expected and the pool discards it: nothing for the
   * host's log above debug level. On a connection that worked it is news, and a warning.
   */
  private static void restore(Connection connection, boolean autoCommit, int isolation, Throwable failure) {
    boolean lost = failure instanceof StorageException e && (e.code() == ErrorCode.STORAGE_UNAVAILABLE
        || e.code() == ErrorCode.STORAGE_OUTCOME_UNKNOWN);
    if (autoCommit) {
      try {
        connection.setAutoCommit(true);
      } catch (SQLException e) {
        logRestoreFailure(lost, "Could not put the connection back in auto-commit mode; the pool should discard it",
            e);
      }
    }
    if (isolation != Connection.TRANSACTION_READ_COMMITTED) {
      try {
        connection.setTransactionIsolation(isolation);
      } catch (SQLException e) {
        logRestoreFailure(lost, "Could not restore the connection's transaction isolation; the pool should discard"
            + " it", e);
      }
    }
  }

  private static void logRestoreFailure(boolean connectionLost, String message, SQLException e) {
    if (connectionLost) {
      log.debug(message, e);
    } else {
      log.warn(message, e);
    }
  }

  private static void close(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      log.warn("Could not close a connection", e);
    }
  }
}
