package org.consumerorgs.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.Supplier;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.error.ErrorCode;
import org.consumerorgs.error.StorageException;
import org.consumerorgs.spi.OpenTransactions;
import org.consumerorgs.spi.TransactionMode;

/**
 * An SDK call joining the transaction the host has open on its connection ({@link HostConnections}): the call runs
 * inside a savepoint, as the thread's open transaction of {@link OpenTransactions}, so that its store calls use the
 * host's connection.
 *
 * <ul>
 *   <li>The SDK commits, closes and reconfigures nothing: the host's writes and the SDK's commit or roll back together,
 *     when the host decides.</li>
 *   <li>A call that fails (refused by a rule, or a statement the database refused) is undone to its savepoint and its
 *     exception reaches the host, whose transaction stays usable.</li>
 *   <li>A lost connection, or a database that ended the host's transaction (MariaDB does so on a deadlock), is
 *     {@link ErrorCode#STORAGE_HOST_TRANSACTION_LOST}: not retryable, since nothing of the host's transaction is left
 *     to run the call again in; only the host can start over.</li>
 * </ul>
 */
final class HostTransactionJoin {
  private final OpenTransactions<Connection> open;
  private final SqlErrors errors;

  HostTransactionJoin(OpenTransactions<Connection> open, SqlErrors errors) {
    this.open = open;
    this.errors = errors;
  }

  /** Runs {@code work} inside a savepoint of the host's transaction on {@code connection}. */
  <T> T run(Connection connection, ProviderId scope, TransactionMode mode, Supplier<T> work) {
    Savepoint savepoint = mark(connection);
    try {
      T result = open.runAs(connection, scope, mode, work);
      try {
        connection.releaseSavepoint(savepoint);
      } catch (SQLException e) {
        throw lostOnConnectionFailure(errors.translate(e, "leaving the host's transaction"));
      }
      return result;
    } catch (RuntimeException | Error e) {
      undo(connection, savepoint, e);
      throw e;
    }
  }

  private Savepoint mark(Connection connection) {
    try {
      if (connection.getAutoCommit()) {
        throw new IllegalStateException("the host connection to join is in auto-commit mode, so it has no "
            + "transaction to join: call setAutoCommit(false) on it first, or let HostConnections return empty");
      }
      return connection.setSavepoint();
    } catch (SQLException e) {
      throw lostOnConnectionFailure(errors.translate(e, "joining the host's transaction"));
    }
  }

  /**
   * Takes the failed call's writes back to its savepoint, leaving the host's own. Returns normally when the host's
   * transaction is still usable, so that the caller throws the call's own failure; throws when it is not.
   */
  private void undo(Connection connection, Savepoint savepoint, Throwable failure) {
    try {
      connection.rollback(savepoint);
    } catch (SQLException rollbackFailure) {
      failure.addSuppressed(rollbackFailure);
      // The database already ended the host's transaction, or the connection is gone: nothing the SDK can retry in
      // it. The host must start over.
      throw errors.hostTransactionLost(failure, "The database rolled back the host's transaction, or its connection"
          + " failed.");
    }
    if (failure instanceof StorageException lost && lost.code() == ErrorCode.STORAGE_UNAVAILABLE) {
      throw lostOnConnectionFailure(lost);
    }
    try {
      // Rolled back to, the savepoint is still there; release it so that a host making many failing calls in one
      // transaction does not pile them up. Failing that is untidy, not wrong.
      connection.releaseSavepoint(savepoint);
    } catch (SQLException releaseFailure) {
      failure.addSuppressed(releaseFailure);
    }
  }

  /** A connection failure is the end of the host's transaction, which the SDK may not retry; the rest stays. */
  private StorageException lostOnConnectionFailure(StorageException failure) {
    if (failure.code() != ErrorCode.STORAGE_UNAVAILABLE) {
      return failure;
    }
    String cause = failure.getCause() instanceof SQLException e ? " (" + errors.describe(e) + ")" : "";
    return errors.hostTransactionLost(failure, "The connection to the database failed" + cause + ".");
  }
}
