package org.consumerorgs.inmemory;

import java.security.SecureRandom;
import org.consumerorgs.spi.EventStore;
import org.consumerorgs.spi.LinkStore;
import org.consumerorgs.spi.OrganizationStore;
import org.consumerorgs.spi.ProviderStore;
import org.consumerorgs.spi.ShareStore;
import org.consumerorgs.spi.Storage;
import org.consumerorgs.spi.TransactionBoundary;

/**
 * Storage kept in this process's memory: thread-safe and atomic, for tests and for small hosts that need nothing to
 * survive a restart. Each provider's data has its own lock; a writing use case holds it to the end, so use cases of
 * one provider run one at a time and different providers never wait for each other.
 */
public final class InMemoryStorage implements Storage {
  private final InMemoryTransactions transactions = new InMemoryTransactions();
  private final InMemoryProviderStore providers = new InMemoryProviderStore(transactions);
  private final InMemoryShareStore shares = new InMemoryShareStore(transactions);
  private final InMemoryOrganizationStore organizations = new InMemoryOrganizationStore(transactions);
  private final InMemoryLinkStore links = new InMemoryLinkStore(transactions);
  private final InMemoryEventStore events = new InMemoryEventStore(transactions);
  /** Its data lives and dies with this instance, and so do the cursors over it: a key of its own, made at random. */
  private final byte[] cursorKey = randomKey();

  @Override
  public TransactionBoundary transactions() {
    return transactions;
  }

  @Override
  public ProviderStore providers() {
    return providers;
  }

  @Override
  public ShareStore shares() {
    return shares;
  }

  @Override
  public OrganizationStore organizations() {
    return organizations;
  }

  @Override
  public LinkStore links() {
    return links;
  }

  @Override
  public EventStore events() {
    return events;
  }

  @Override
  public byte[] cursorKey() {
    return cursorKey.clone();
  }

  private static byte[] randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }
}
