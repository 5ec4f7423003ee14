package org.consumerorgs.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Which page of a list to read: the first, or the one after an opaque cursor from a previous {@link Page}. Pages are
 * read by key, not by offset, so any depth is as fast as the first page, and rows added or removed meanwhile never
 * make a page repeat or skip the rows that stayed.
 *
 * <p>A size below 1 (what only a bug asks for) is an {@link IllegalArgumentException} here. A size above
 * {@link #MAX_SIZE} (what a user may ask for) is refused by the call that reads the page, with a
 * {@link org.consumerorgs.error.LimitExceededException}: the limit is the services' promise about one call, and
 * domain values use no other package of the SDK.
 */
public record PageRequest(Optional<String> after, int size) {
  /** The size of {@link #first()}. */
  public static final int DEFAULT_SIZE = 50;
  /** The largest page one request may ask for. */
  public static final int MAX_SIZE = 1000;

  /**
   * Checks the fields.
   *
   * @param after the cursor of the previous page; empty for the first page
   * @param size how many items at most, 1 to {@value #MAX_SIZE}
   * @throws IllegalArgumentException if the size is below 1
   */
  public PageRequest {
    requireNonNull(after, "after");
    checkArgument(size >= 1, "page size must be at least 1, got %s", size);
  }

  /** {@return the first page, of {@value #DEFAULT_SIZE} items} */
  public static PageRequest first() {
    return first(DEFAULT_SIZE);
  }

  /**
   * The first page.
   *
   * @param size 1 to {@value #MAX_SIZE} items
   * @return the request
   */
  public static PageRequest first(int size) {
    return new PageRequest(Optional.empty(), size);
  }

  /**
   * The page after the one that gave {@code cursor}.
   *
   * @param cursor {@link Page#nextCursor()} of the previous page, as it was given
   * @param size 1 to {@value #MAX_SIZE} items
   * @return the request
   */
  public static PageRequest after(String cursor, int size) {
    return new PageRequest(Optional.of(requireNonNull(cursor, "cursor")), size);
  }
}
