package org.consumerorgs.examples;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that starts at a fixed instant and moves one millisecond each time it is read: the month a report covers is
 * known in advance, and every change still happens after the one before it, as on a real clock.
 */
public final class SteppingClock extends Clock {
  private final AtomicLong millis;

  public SteppingClock(Instant start) {
    this.millis = new AtomicLong(start.toEpochMilli());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the examples' tests read UTC only");
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis.getAndIncrement());
  }
}
