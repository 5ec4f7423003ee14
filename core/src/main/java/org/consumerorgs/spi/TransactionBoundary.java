package org.consumerorgs.spi;

import java.util.function.Supplier;
import org.consumerorgs.domain.ProviderId;

/**
 * Runs one use case as one transaction: everything {@code work} writes through the stores commits together when it
 * returns, or none of it does when it throws (the exception then propagates unchanged, or translated into a
 * {@link org.consumerorgs.error.StorageException} if the store itself failed).
 *
 * <p>Every use case acts for exactly one provider, named as {@code scope}; an adapter may use it to pick a lock, a
 * shard or a connection. A call made while a transaction is already open on the same thread joins it.
 */
public interface TransactionBoundary {
  /**
   * Runs {@code work} as one transaction, or as part of the one already open on this thread.
   *
   * @param <T> what the work returns
   * @param scope the provider the use case acts for
   * @param mode whether the work may write
   * @param work the use case
   * @return what the work returned, once committed
   */
  <T> T inTransaction(ProviderId scope, TransactionMode mode, Supplier<T> work);
}
