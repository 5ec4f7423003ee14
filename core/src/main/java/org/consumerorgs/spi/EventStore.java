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
  /**
   * Appends events, all of one provider, in the given order.
   *
   * @param events the events, each numbered with the provider's next sequence as it is appended
   */
  void append(List<ChangeEvent> events);

  /**
   * Up to {@code limit} events with a sequence above {@code afterSequence}, in sequence order.
   *
   * @param provider the provider whose data it is
   * @param afterSequence the last sequence already read, 0 for the beginning
   * @param limit how many at most
   * @return the events with their sequence numbers
   */
  List<RecordedEvent> read(ProviderId provider, long afterSequence, int limit);
}
