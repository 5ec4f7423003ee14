package org.consumerorgs.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** The half-open interval {@code [start, end)}; never empty. */
public record TimeWindow(Instant start, Instant end) {
  /**
   * Checks the bounds.
   *
   * @param start the first instant in the window
   * @param end the first instant after it
   * @throws IllegalArgumentException unless it starts before it ends
   */
  public TimeWindow {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    checkArgument(start.isBefore(end), "a time window must start (%s) before it ends (%s)", start, end);
  }
}
