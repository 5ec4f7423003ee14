package org.consumerorgs.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** The half-open interval {@code [start, end)}; never empty. */
public record TimeWindow(Instant start, Instant end) {
  public TimeWindow {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    checkArgument(start.isBefore(end), "a time window must start (%s) before it ends (%s)", start, end);
  }
}
