package org.consumerorgs.inmemory;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.spi.TransactionBoundary;
import org.consumerorgs.spi.TransactionMode;

/**
 * Transactions as a lock per provider plus an undo log: a writing use case holds its provider's write lock from start
 * to end, so it is isolated and atomic (on failure its undo log runs before the lock is released); readers share the
 * read lock and see only committed state. Providers never wait for each other.
 */
final class InMemoryTransactions implements TransactionBoundary {
  private final ConcurrentMap<ProviderId, ProviderState> states = new ConcurrentHashMap<>();
  private final ThreadLocal<Transaction> current = new ThreadLocal<>();

  @Override
  public <T> T inTransaction(ProviderId scope, TransactionMode mode, Supplier<T> work) {
    Transaction open = current.get();
    if (open != null) {
      return join(open, scope, mode, work);
    }
    ProviderState state = states.computeIfAbsent(scope, ProviderState::new);
    Lock lock = mode == TransactionMode.READ_WRITE ? state.lock.writeLock() : state.lock.readLock();
    lock.lock();
    Transaction transaction = new Transaction(scope, mode, state);
    current.set(transaction);
    try {
      return work.get();
    } catch (RuntimeException | Error e) {
      transaction.undo.undo();
      throw e;
    } finally {
      current.remove();
      lock.unlock();
    }
  }

  private static <T> T join(Transaction open, ProviderId scope, TransactionMode mode, Supplier<T> work) {
    if (!open.scope.equals(scope)) {
      throw new IllegalStateException("a transaction for provider " + open.scope
          + " is already open on this thread; one transaction acts for one provider");
    }
    if (mode == TransactionMode.READ_WRITE && open.mode == TransactionMode.READ_ONLY) {
      throw new IllegalStateException("cannot write inside a read-only transaction");
    }
    return work.get();
  }

  /** The transaction every store call must run in. */
  Transaction current() {
    Transaction transaction = current.get();
    if (transaction == null) {
      throw new IllegalStateException("stores must be called inside TransactionBoundary.inTransaction");
    }
    return transaction;
  }
}
