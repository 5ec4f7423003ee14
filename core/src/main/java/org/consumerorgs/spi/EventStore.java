package org.consumerorgs.spi;

import java.util.List;
import org.consumerorgs.domain.ChangeEvent;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.RecordedEvent;

/**
 * The provider's change log. Appends take part in the use case's transaction; positions are per provider, start at 1
 * and have no gaps in commit order, so a reader that remembers its last position never misses an event.
 */
public interface EventStore {
  /** Appends events, all of one provider, in the given order. */
  void append(List<ChangeEvent> events);

  /** Up to {@code limit} events with a sequence above {@code afterSequence}, in sequence order. */
  List<RecordedEvent> read(ProviderId provider, long afterSequence, int limit);
}
