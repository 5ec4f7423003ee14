package org.consumerorgs.domain;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;

/**
 * What deleting an organization does to one month's Monthly Active Consumers: whether it would count if kept
 * (assuming its current links stay open), and whether it still counts once deleted.
 */
public record MacEffect(YearMonth month, boolean countsIfKept, boolean countsAfterDeletion) {
  /**
   * Checks that no field is null.
   *
   * @param month the month
   * @param countsIfKept whether the organization counts in the month if it is kept
   * @param countsAfterDeletion whether it still counts once deleted now
   */
  public MacEffect {
    requireNonNull(month, "month");
  }

  /**
   * The change to the month's count: -1 when the deletion removes it, otherwise 0.
   *
   * @return -1 or 0
   */
  public int change() {
    return (countsAfterDeletion ? 1 : 0) - (countsIfKept ? 1 : 0);
  }
}
