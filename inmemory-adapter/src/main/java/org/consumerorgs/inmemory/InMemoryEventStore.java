package org.consumerorgs.inmemory;

import java.util.List;
import org.consumerorgs.domain.ChangeEvent;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.spi.EventStore;

final class InMemoryEventStore implements EventStore {
  private final InMemoryTransactions transactions;

  InMemoryEventStore(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void append(List<ChangeEvent> events) {
    Transaction tx = transactions.writing();
    for (ChangeEvent event : events) {
      EventLog log = tx.of(event.providerId()).events;
      // Sequences are positions plus one: writers hold the provider's lock, so there are no gaps.
      log.append(event);
      tx.undo.onUndo(log::removeLast);
    }
  }

  @Override
  public List<RecordedEvent> read(ProviderId provider, long afterSequence, int limit) {
    return transactions.reading().of(provider).events.read(afterSequence, limit);
  }
}
