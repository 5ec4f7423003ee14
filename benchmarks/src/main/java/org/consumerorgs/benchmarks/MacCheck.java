package org.consumerorgs.benchmarks;

import org.consumerorgs.ConsumerOrgs;

/** The report must count what the history says: otherwise the benchmark would time a wrong answer. */
final class MacCheck {
  private MacCheck() {}

  static void requireExpectedCount(ConsumerOrgs sdk, MacHistory history, String where) {
    int expected = history.activeInMonth();
    int counted = sdk.monthlyActiveConsumers().report(MacHistory.ACTOR, MacHistory.MONTH).count();
    if (counted != expected) {
      throw new IllegalStateException(where + ": the report counts " + counted + " active consumers in "
          + MacHistory.MONTH + ", the history " + expected);
    }
    Log.info("%s: %,d of %,d organizations active in %s (%,d link intervals)", where, counted, history.names.size(),
        MacHistory.MONTH, history.intervals());
  }
}
