package org.consumerorgs.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.consumerorgs.policy.NameFolding;
import org.consumerorgs.spi.Keyset;
import org.consumerorgs.spi.KeysetOrder;

/**
 * Sorting by name in Java, in the order the stores use for lists (search key, then id, by code point). Each item's
 * key is folded once, not once per comparison: folding is NFKC work, and a report can sort a hundred thousand names.
 */
public final class ByName {
  private ByName() {}

  public static <T> List<T> sorted(Collection<T> items, Function<T, String> name, Function<T, String> id) {
    List<Keyed<T>> keyed = new ArrayList<>(items.size());
    for (T item : items) {
      keyed.add(new Keyed<>(new Keyset(NameFolding.searchKey(name.apply(item)), id.apply(item)), item));
    }
    keyed.sort(Comparator.comparing(Keyed::key, KeysetOrder.KEYSET_ORDER));
    List<T> sorted = new ArrayList<>(keyed.size());
    keyed.forEach(k -> sorted.add(k.item()));
    return sorted;
  }

  private record Keyed<T>(Keyset key, T item) {}
}
