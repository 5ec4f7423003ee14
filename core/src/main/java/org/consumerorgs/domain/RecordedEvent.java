package org.consumerorgs.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A change event with its position in the provider's log. Positions start at 1 and grow by one per event, in commit
 * order, with no gaps: a relay that remembers the last position it sent never misses or repeats one.
 */
public record RecordedEvent(long sequence, ChangeEvent event) {
  /**
   * Checks the fields.
   *
   * @param sequence its place in the provider's log: 1 for the first event, no gaps
   * @param event the change
   * @throws IllegalArgumentException if the sequence number is below 1, where every log starts
   */
  public RecordedEvent {
    checkArgument(sequence >= 1, "event sequence starts at 1, got %s", sequence);
    requireNonNull(event, "event");
  }
}
