package org.consumerorgs.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Times go to the database as microseconds since the epoch and must come back as the same instant, before 1970 as
 * after it: the SDK keeps microseconds, so an instant it hands over is already truncated to them.
 */
class MicrosTest {
  /** The seconds whose every microsecond fits a long: about 292,000 years either side of 1970. */
  private static final long MIN_SECOND = Math.floorDiv(Long.MIN_VALUE, 1_000_000L) + 1;
  private static final long MAX_SECOND = Math.floorDiv(Long.MAX_VALUE, 1_000_000L) - 1;

  @Property
  void anInstantTruncatedToMicrosecondsComesBackUnchanged(@ForAll("instants") Instant instant) {
    Instant truncated = instant.truncatedTo(ChronoUnit.MICROS);
    assertEquals(truncated, Micros.toInstant(Micros.of(truncated)));
  }

  @Property
  void finerPartsOfAnInstantAreDroppedAsTruncationDrops(@ForAll("instants") Instant instant) {
    // Truncation, never rounding: before 1970 as after it, the instant goes back to the microsecond at or before it.
    assertEquals(instant.truncatedTo(ChronoUnit.MICROS), Micros.toInstant(Micros.of(instant)));
  }

  @Property
  void everyLongIsTheMicrosecondsOfTheInstantItDecodesTo(@ForAll long micros) {
    assertEquals(micros, Micros.of(Micros.toInstant(micros)));
  }

  @Property
  void microsecondsOrderAsTheirInstantsDo(@ForAll("instants") Instant a, @ForAll("instants") Instant b) {
    Instant x = a.truncatedTo(ChronoUnit.MICROS);
    Instant y = b.truncatedTo(ChronoUnit.MICROS);
    assertEquals(Integer.signum(x.compareTo(y)), Long.signum(Long.compare(Micros.of(x), Micros.of(y))));
  }

  @Example
  void instantsAroundTheEpochHaveTheMicrosecondsTheyShould() {
    assertEquals(0L, Micros.of(Instant.EPOCH));
    assertEquals(-1L, Micros.of(Instant.parse("1969-12-31T23:59:59.999999Z")));
    assertEquals(-1_000_000L, Micros.of(Instant.parse("1969-12-31T23:59:59Z")));
    assertEquals(-999_999L, Micros.of(Instant.parse("1969-12-31T23:59:59.000001Z")));
    assertEquals(Instant.parse("1900-01-01T00:00:00.000001Z"),
        Micros.toInstant(Micros.of(Instant.parse("1900-01-01T00:00:00.000001999Z"))));
    assertEquals(Instant.parse("1969-12-31T23:59:59.999999Z"), Micros.toInstant(-1L));
  }

  @Example
  void instantsBeyondALongOfMicrosecondsAreRefusedNotWrapped() {
    assertThrows(ArithmeticException.class, () -> Micros.of(Instant.MAX));
    assertThrows(ArithmeticException.class, () -> Micros.of(Instant.MIN));
  }

  @Provide
  Arbitrary<Instant> instants() {
    Arbitrary<Long> seconds = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.longs().between(MIN_SECOND, MAX_SECOND)),
        Tuple.of(3, Arbitraries.longs().between(-4_000_000_000L, 4_000_000_000L)), // 1843 to 2096
        Tuple.of(2, Arbitraries.longs().between(-2, 1)),
        Tuple.of(1, Arbitraries.of(MIN_SECOND, MAX_SECOND)));
    Arbitrary<Integer> nanos = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(0, 999_999_999)),
        Tuple.of(1, Arbitraries.integers().between(0, 999_999).map(micros -> micros * 1000)),
        Tuple.of(1, Arbitraries.of(0, 1, 999, 1000, 999_999_000, 999_999_999)));
    return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
  }
}
