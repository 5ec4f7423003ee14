package org.consumerorgs.domain;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/** One page of a sorted list; {@link #nextCursor()} is present while more items follow. */
public record Page<T>(List<T> items, Optional<String> nextCursor) {
  /**
   * Copies the items, so that the page stays immutable.
   *
   * @param items the items of this page, in list order
   * @param nextCursor the cursor of the next page; empty on the last page
   */
  public Page {
    items = ImmutableList.copyOf(items);
    requireNonNull(nextCursor, "nextCursor");
  }

  /** {@return whether more items follow this page} */
  public boolean hasNext() {
    return nextCursor.isPresent();
  }

  /**
   * The request for the page after this one, of the same size.
   *
   * @param size how many items the next page may hold
   * @return the request, or empty on the last page
   */
  public Optional<PageRequest> next(int size) {
    return nextCursor.map(cursor -> PageRequest.after(cursor, size));
  }
}
