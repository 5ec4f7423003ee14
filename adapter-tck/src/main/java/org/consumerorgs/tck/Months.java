package org.consumerorgs.tck;

import java.time.YearMonth;

/** The months around {@link ContractWorld#START} that tests bill for. */
final class Months {
  static final YearMonth JANUARY = YearMonth.of(2026, 1);
  static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
  /** The month of {@link ContractWorld#START}. */
  static final YearMonth MARCH = YearMonth.of(2026, 3);
  static final YearMonth APRIL = YearMonth.of(2026, 4);
  static final YearMonth MAY = YearMonth.of(2026, 5);

  private Months() {}
}
