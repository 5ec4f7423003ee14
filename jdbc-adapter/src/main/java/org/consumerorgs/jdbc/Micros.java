package org.consumerorgs.jdbc;

import java.time.Instant;

/**
 * Times are stored as microseconds since the epoch (UTC) in a BIGINT: exact to the microsecond the SDK keeps, and
 * beyond the reach of every driver's and session's time-zone conversions.
 */
final class Micros {
  private static final long PER_SECOND = 1_000_000L;

  private Micros() {}

  /** @throws ArithmeticException for an instant whose microseconds do not fit a long (beyond about 292,000 years) */
  static long of(Instant instant) {
    long seconds = instant.getEpochSecond();
    long micros = instant.getNano() / 1_000L;
    if (seconds < 0 && micros > 0) {
      // The same sum taken from the next second down: seconds * 10^6 alone can overflow where the result does not
      // (the last second before Long.MIN_VALUE microseconds), and then toInstant's instants would not all come back.
      return Math.addExact(Math.multiplyExact(seconds + 1, PER_SECOND), micros - PER_SECOND);
    }
    return Math.addExact(Math.multiplyExact(seconds, PER_SECOND), micros);
  }

  static Instant toInstant(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, PER_SECOND), Math.floorMod(micros, PER_SECOND) * 1_000L);
  }
}
