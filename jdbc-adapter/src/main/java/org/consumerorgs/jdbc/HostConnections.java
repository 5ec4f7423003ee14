package org.consumerorgs.jdbc;

import java.sql.Connection;
import java.util.Optional;

/**
 * Where the adapter finds a transaction the host already has open, to join it instead of starting its own.
 *
 * <p>When {@link #current()} returns a connection, each SDK call runs on it inside a savepoint: the host's own
 * writes and the SDK's commit or roll back together, when the host decides. If the SDK call fails, only its own
 * writes are rolled back (to the savepoint) and the exception reaches the host, whose transaction stays usable. The
 * adapter never commits, closes or reconfigures a host connection. When it returns empty, the SDK takes a connection
 * from the {@code DataSource} and runs the call as a transaction of its own.
 *
 * <p>With Spring, for example: {@code () -> Optional.ofNullable(TransactionSynchronizationManager
 * .isActualTransactionActive() ? DataSourceUtils.getConnection(dataSource) : null)}. Without a framework,
 * {@link ThreadBoundConnection} binds a connection to the current thread.
 */
@FunctionalInterface
public interface HostConnections {
  /**
   * {@return the connection of the transaction the host has open on this thread, if any} It must not be in
   * auto-commit.
   */
  Optional<Connection> current();

  /** {@return host connections that never join: every SDK call is a transaction of its own} The default. */
  static HostConnections none() {
    return Optional::empty;
  }
}
