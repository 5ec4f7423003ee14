package org.consumerorgs.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.error.StorageException;
import org.consumerorgs.spi.TransactionBoundary;
import org.consumerorgs.spi.TransactionMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One use case, one transaction, one connection. Either the SDK's own (a connection from the {@code DataSource},
 * READ COMMITTED, committed at the end, rolled back on any failure, its auto-commit and isolation put back and the
 * connection closed, whatever happens), or the host's, joined inside a savepoint (see {@link HostConnections}).
 */
final class JdbcTransactions implements TransactionBoundary {
  private static final Logger log = LoggerFactory.getLogger(JdbcTransactions.class);

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
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw errors.translate(e, "getting a connection from the DataSource");
    }
    boolean autoCommit = true;
    int isolation = Connection.TRANSACTION_READ_COMMITTED;
    boolean configured = false;
    try {
      autoCommit = connection.getAutoCommit();
      isolation = connection.getTransactionIsolation();
      if (isolation != Connection.TRANSACTION_READ_COMMITTED) {
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      }
      if (autoCommit) {
        connection.setAutoCommit(false);
      }
      configured = true;
    } catch (SQLException e) {
      // Auto-commit is switched off last, so only the isolation can have been changed before the failure.
      restore(connection, false, isolation);
      close(connection);
      throw errors.translate(e, "starting a transaction");
    }
    current.set(new OpenTransaction(connection, scope, mode));
    try {
      T result = work.get();
      try {
        connection.commit();
      } catch (SQLException e) {
        throw errors.translate(e, "committing");
      }
      return result;
    } catch (RuntimeException | Error e) {
      rollback(connection, e);
      throw e;
    } finally {
      current.remove();
      if (configured) {
        restore(connection, autoCommit, isolation);
      }
      close(connection);
    }
  }

  private <T> T inHostTransaction(Connection connection, ProviderId scope, TransactionMode mode, Supplier<T> work) {
    Savepoint savepoint;
    try {
      if (connection.getAutoCommit()) {
        throw new IllegalStateException("the host connection to join is in auto-commit mode, so it has no "
            + "transaction to join: call setAutoCommit(false) on it first, or let HostConnections return empty");
      }
      savepoint = connection.setSavepoint();
    } catch (SQLException e) {
      throw errors.translate(e, "joining the host's transaction");
    }
    current.set(new OpenTransaction(connection, scope, mode));
    try {
      T result = work.get();
      try {
        connection.releaseSavepoint(savepoint);
      } catch (SQLException e) {
        throw errors.translate(e, "leaving the host's transaction");
      }
      return result;
    } catch (RuntimeException | Error e) {
      try {
        connection.rollback(savepoint);
      } catch (SQLException rollbackFailure) {
        e.addSuppressed(rollbackFailure);
        // The database already ended the host's transaction (MariaDB does so on a deadlock): nothing the SDK can
        // retry in it. The host must start over.
        throw new StorageException("The database rolled back the host's transaction that the SDK had joined; "
            + "the host must retry its whole transaction.", e, false);
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

  private static void rollback(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /** Each setting on its own: failing to put back one is no reason to leave the other changed. */
  private static void restore(Connection connection, boolean autoCommit, int isolation) {
    if (autoCommit) {
      try {
        connection.setAutoCommit(true);
      } catch (SQLException e) {
        log.warn("Could not put the connection back in auto-commit mode; the pool should discard it", e);
      }
    }
    if (isolation != Connection.TRANSACTION_READ_COMMITTED) {
      try {
        connection.setTransactionIsolation(isolation);
      } catch (SQLException e) {
        log.warn("Could not restore the connection's transaction isolation; the pool should discard it", e);
      }
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
