package org.consumerorgs.spi;

import static java.util.Objects.requireNonNull;

/** An item of a sorted list with its position, from which the next page's cursor is made. */
public record Keyed<T>(T item, Keyset position) {
  /**
   * Checks that no field is null.
   *
   * @param item the item
   * @param position its position in the list's keyset order
   */
  public Keyed {
    requireNonNull(item, "item");
    requireNonNull(position, "position");
  }
}
