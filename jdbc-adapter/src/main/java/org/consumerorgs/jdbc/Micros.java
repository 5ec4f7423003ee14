package org.consumerorgs.jdbc;

import java.time.Instant;

/**
 * Times are stored as microseconds since the epoch (UTC) in a BIGINT: exact to the microsecond the SDK keeps, and
 * beyond the reach of every driver's and session's time-zone conversions.
 */
final class Micros {
  private static final long PER_SECOND = 1_000_000L;

  private Micros() {}

  static long of(Instant instant) {
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), PER_SECOND), instant.getNano() / 1_000L);
  }

  static Instant toInstant(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, PER_SECOND), Math.floorMod(micros, PER_SECOND) * 1_000L);
  }
}
