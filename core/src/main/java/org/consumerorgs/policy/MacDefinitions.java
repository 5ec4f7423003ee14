package org.consumerorgs.policy;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.consumerorgs.domain.TimeWindow;

/** The built-in definitions of an active consumer. */
enum MacDefinitions implements MacDefinition {
  ANY_TIME_IN_MONTH("linked to at least one share at any moment of the month") {
    @Override
    public TimeWindow window(YearMonth month, ZoneId zone) {
      return new TimeWindow(startOf(month, zone), startOf(month.plusMonths(1), zone));
    }
  },
  AT_MONTH_END("linked to at least one share at the month's end") {
    @Override
    public TimeWindow window(YearMonth month, ZoneId zone) {
      // Timestamps are kept to the microsecond in every adapter, so the month's last moment is its last microsecond.
      Instant end = startOf(month.plusMonths(1), zone);
      return new TimeWindow(end.minus(1, ChronoUnit.MICROS), end);
    }
  };

  private final String description;

  MacDefinitions(String description) {
    this.description = description;
  }

  @Override
  public String description() {
    return description;
  }

  private static Instant startOf(YearMonth month, ZoneId zone) {
    return month.atDay(1).atStartOfDay(zone).toInstant();
  }
}
