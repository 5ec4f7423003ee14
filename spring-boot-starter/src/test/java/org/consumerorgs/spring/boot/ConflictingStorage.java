package org.consumerorgs.spring.boot;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.error.ErrorCode;
import org.consumerorgs.error.StorageException;
import org.consumerorgs.spi.EventStore;
import org.consumerorgs.spi.LinkStore;
import org.consumerorgs.spi.OrganizationStore;
import org.consumerorgs.spi.ProviderStore;
import org.consumerorgs.spi.ShareStore;
import org.consumerorgs.spi.Storage;
import org.consumerorgs.spi.TransactionBoundary;
import org.consumerorgs.spi.TransactionMode;

/**
 * A real storage whose next transactions the database "stops" as conflicts, as a deadlock would, after their work ran
 * and rolled back: the SDK retries them, and the metrics count them. Installed through a {@link StorageDecorator} bean.
 */
final class ConflictingStorage implements Storage {
  private final Storage delegate;
  private final AtomicInteger conflictsToCome;

  ConflictingStorage(Storage delegate, AtomicInteger conflictsToCome) {
    this.delegate = delegate;
    this.conflictsToCome = conflictsToCome;
  }

  @Override
  public TransactionBoundary transactions() {
    return new TransactionBoundary() {
      @Override
      public <T> T inTransaction(ProviderId scope, TransactionMode mode, Supplier<T> work) {
        return delegate.transactions().inTransaction(scope, mode, () -> {
          T result = work.get();
          if (conflictsToCome.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new StorageException(ErrorCode.STORAGE_CONFLICT, "deadlock detected (simulated)", null);
          }
          return result;
        });
      }
    };
  }

  @Override
  public ProviderStore providers() {
    return delegate.providers();
  }

  @Override
  public ShareStore shares() {
    return delegate.shares();
  }

  @Override
  public OrganizationStore organizations() {
    return delegate.organizations();
  }

  @Override
  public LinkStore links() {
    return delegate.links();
  }

  @Override
  public EventStore events() {
    return delegate.events();
  }

  @Override
  public byte[] cursorKey() {
    return delegate.cursorKey();
  }
}
