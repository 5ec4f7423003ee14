package org.consumerorgs.spi;

import static java.util.Objects.requireNonNull;

/** An item of a sorted list with its position, from which the next page's cursor is made. */
public record Keyed<T>(T item, Keyset position) {
  public Keyed {
    requireNonNull(item, "item");
    requireNonNull(position, "position");
  }
}
