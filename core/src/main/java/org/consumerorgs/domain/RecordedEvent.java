package org.consumerorgs.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A change event with its position in the provider's log. Positions start at 1 and grow by one per event, in commit
 * order, with no gaps: a relay that remembers the last position it sent never misses or repeats one.
 */
public record RecordedEvent(long sequence, ChangeEvent event) {
  public RecordedEvent {
    checkArgument(sequence >= 1, "event sequence starts at 1, got %s", sequence);
    requireNonNull(event, "event");
  }
}
