package org.consumerorgs.domain;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/** One page of a sorted list; {@link #nextCursor()} is present while more items follow. */
public record Page<T>(List<T> items, Optional<String> nextCursor) {
  public Page {
    items = ImmutableList.copyOf(items);
    requireNonNull(nextCursor, "nextCursor");
  }

  public boolean hasNext() {
    return nextCursor.isPresent();
  }

  /** The request for the page after this one, of the same size. */
  public Optional<PageRequest> next(int size) {
    return nextCursor.map(cursor -> PageRequest.after(cursor, size));
  }
}
