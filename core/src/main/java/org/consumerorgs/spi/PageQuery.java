package org.consumerorgs.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** Read at most {@code limit} items strictly after {@code after} (from the start when empty), in keyset order. */
public record PageQuery(Optional<Keyset> after, int limit) {
  /**
   * Checks the fields.
   *
   * @param after the position the page starts after; empty for the first page
   * @param limit how many items at most, at least 1
   * @throws IllegalArgumentException if the limit is not positive
   */
  public PageQuery {
    requireNonNull(after, "after");
    checkArgument(limit >= 1, "limit must be positive, got %s", limit);
  }
}
