package org.consumerorgs.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.error.ErrorCode;
import org.consumerorgs.error.StorageException;
import org.consumerorgs.spi.OpenTransactions;
import org.consumerorgs.spi.TransactionBoundary;
import org.consumerorgs.spi.TransactionMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One use case, one transaction, one connection. Either the SDK's own (a connection from the {@code DataSource},
 * READ COMMITTED, committed at the end, rolled back on any failure, its auto-commit and isolation put back and the
 * connection closed, whatever happens), or the host's, joined inside a savepoint ({@link HostTransactionJoin}). A call
 * made inside either joins it, by the SPI's one rule ({@link OpenTransactions}).
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
  private final OpenTransactions<Connection> open = new OpenTransactions<>();
  private final HostTransactionJoin joinHost;

  JdbcTransactions(DataSource dataSource, HostConnections host, SqlErrors errors) {
    this.dataSource = dataSource;
    this.host = host;
    this.errors = errors;
    this.joinHost = new HostTransactionJoin(open, errors);
  }

  @Override
  public <T> T inTransaction(ProviderId scope, TransactionMode mode, Supplier<T> work) {
    requireNonNull(scope, "scope");
    requireNonNull(mode, "mode");
    requireNonNull(work, "work");
    if (open.joins(scope, mode)) {
      return work.get();
    }
    Optional<Connection> hosts = host.current();
    return hosts.isPresent() ? joinHost.run(hosts.get(), scope, mode, work) : inOwnTransaction(scope, mode, work);
  }

  /** The connection of this thread's transaction, for a store; writing needs a READ_WRITE transaction. */
  Connection connection(TransactionMode needed) {
    return open.current(needed);
  }

  SqlErrors errors() {
    return errors;
  }

  /**
   * Runs {@code work} in a transaction of the SDK's own. A connection lost before the commit was sent saved nothing
   * (the database rolls back a transaction whose session ended), so the use case runs again at once on a new
   * connection, up to {@link #DEAD_ON_ARRIVAL} times in a row, without spending one of the SDK's attempts: a pool
   * whose connections were all ended while idle (a restart, a failover) hands them out one after the other, and with
   * auto-commit already off the first sign of a dead one is the use case's first statement.
   */
  private <T> T inOwnTransaction(ProviderId scope, TransactionMode mode, Supplier<T> work) {
    for (int lost = 1; ; lost++) {
      Started started = start();
      try {
        return once(started, scope, mode, work);
      } catch (StorageException e) {
        if (e.code() != ErrorCode.STORAGE_UNAVAILABLE || lost >= DEAD_ON_ARRIVAL) {
          throw e;
        }
        log.debug("Running a use case again on a new connection: its connection was lost before the commit", e);
      }
    }
  }

  private <T> T once(Started started, ProviderId scope, TransactionMode mode, Supplier<T> work) {
    Connection connection = started.connection();
    Throwable failure = null;
    try {
      T result = open.runAs(connection, scope, mode, work);
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
