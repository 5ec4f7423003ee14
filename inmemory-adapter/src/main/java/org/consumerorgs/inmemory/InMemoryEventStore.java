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
    Transaction tx = transactions.current();
    for (ChangeEvent event : events) {
      ProviderState state = tx.forWrite(event.providerId());
      // Sequences are list positions plus one: writers hold the provider's lock, so there are no gaps.
      tx.undo.add(state.events, new RecordedEvent(state.events.size() + 1L, event));
    }
  }

  @Override
  public List<RecordedEvent> read(ProviderId provider, long afterSequence, int limit) {
    List<RecordedEvent> all = transactions.current().forRead(provider).events;
    int from = (int) Math.min(afterSequence, all.size());
    int to = (int) Math.min((long) from + limit, all.size());
    return List.copyOf(all.subList(from, to));
  }
}
