package org.consumerorgs.inmemory;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.spi.OpenTransactions;
import org.consumerorgs.spi.TransactionBoundary;
import org.consumerorgs.spi.TransactionMode;

/**
 * Transactions as a lock per provider plus an undo log: a writing use case holds its provider's write lock from start
 * to end, so it is isolated and atomic (on failure its undo log runs before the lock is released); readers share the
 * read lock and see only committed state. Providers never wait for each other. A call made inside an open transaction
 * joins it by the SPI's one rule ({@link OpenTransactions}): it takes no lock and keeps no undo log of its own.
 */
final class InMemoryTransactions implements TransactionBoundary {
  private final ConcurrentMap<ProviderId, ProviderState> states = new ConcurrentHashMap<>();
  private final OpenTransactions<Transaction> open = new OpenTransactions<>();

  @Override
  public <T> T inTransaction(ProviderId scope, TransactionMode mode, Supplier<T> work) {
    if (open.joins(scope, mode)) {
      return work.get();
    }
    ProviderState state = states.computeIfAbsent(scope, ProviderState::new);
    Lock lock = mode == TransactionMode.READ_WRITE ? state.lock.writeLock() : state.lock.readLock();
    lock.lock();
    Transaction transaction = new Transaction(scope, state);
    try {
      return open.runAs(transaction, scope, mode, work);
    } catch (RuntimeException | Error e) {
      transaction.undo.undo();
      throw e;
    } finally {
      lock.unlock();
    }
  }

  /** The transaction a store call that writes runs in; refuses one that is read-only. */
  Transaction writing() {
    return open.current(TransactionMode.READ_WRITE);
  }

  /** The transaction a store call that only reads runs in. */
  Transaction reading() {
    return open.current(TransactionMode.READ_ONLY);
  }
}
