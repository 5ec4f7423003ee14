package org.consumerorgs.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The simplest {@link HostConnections}: a host without a transaction framework binds its open connection to the
 * current thread for the duration of some work, and SDK calls made inside that work join it.
 *
 * <pre>{@code
 * ThreadBoundConnection host = new ThreadBoundConnection();
 * JdbcStorage storage = JdbcStorage.builder(dataSource).joining(host).build();
 * try (Connection c = dataSource.getConnection()) {
 *   c.setAutoCommit(false);
 *   host.runWith(c, () -> {
 *     writeMyOwnRows(c);
 *     sdk.organizations().create(actor, "Globex");   // joins c
 *   });
 *   c.commit();                                       // both, or neither
 * }
 * }</pre>
 */
public final class ThreadBoundConnection implements HostConnections {
  private final ThreadLocal<Connection> bound = new ThreadLocal<>();

  @Override
  public Optional<Connection> current() {
    return Optional.ofNullable(bound.get());
  }

  /**
   * Runs {@code work} with {@code connection} bound to this thread, then unbinds it (also on failure).
   *
   * @param <T> what the work returns
   * @param connection the host's connection, in a transaction it opened (not in auto-commit)
   * @param work the host's work, whose SDK calls join the connection's transaction
   * @return what the work returned
   */
  public <T extends @Nullable Object> T callWith(Connection connection, Supplier<T> work) {
    requireNonNull(connection, "connection");
    requireNonNull(work, "work");
    Connection previous = bound.get();
    bound.set(connection);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        bound.remove();
      } else {
        bound.set(previous);
      }
    }
  }

  /**
   * {@link #callWith} for work that returns nothing.
   *
   * @param connection the host's connection, in a transaction it opened (not in auto-commit)
   * @param work the host's work, whose SDK calls join the connection's transaction
   */
  public void runWith(Connection connection, Runnable work) {
    requireNonNull(work, "work");
    callWith(connection, () -> {
      work.run();
      return null;
    });
  }
}
