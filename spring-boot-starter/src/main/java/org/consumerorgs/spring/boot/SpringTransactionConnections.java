package org.consumerorgs.spring.boot;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.util.Optional;
import javax.sql.DataSource;
import org.consumerorgs.jdbc.HostConnections;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands the JDBC adapter the connection of the Spring-managed transaction open on this thread ({@code @Transactional},
 * {@code TransactionTemplate}), so that the SDK's writes commit and roll back with the application's.
 *
 * <p>It joins only a real transaction bound to the SDK's own {@code DataSource}: with none, or with one on another
 * data source, the SDK runs its own transaction, as it would without Spring.
 */
public final class SpringTransactionConnections implements HostConnections {
  private final DataSource dataSource;

  /**
   * Joins transactions on this data source.
   *
   * @param dataSource the one the SDK's storage uses
   */
  public SpringTransactionConnections(DataSource dataSource) {
    this.dataSource = requireNonNull(dataSource, "dataSource");
  }

  @Override
  public Optional<Connection> current() {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      return Optional.empty();
    }
    // getResource unwraps a TransactionAwareDataSourceProxy the same way the transaction manager bound it.
    Object bound = TransactionSynchronizationManager.getResource(dataSource);
    if (!(bound instanceof ConnectionHolder holder) || !holder.isSynchronizedWithTransaction()) {
      return Optional.empty();
    }
    return Optional.of(DataSourceUtils.getConnection(dataSource));
  }
}
