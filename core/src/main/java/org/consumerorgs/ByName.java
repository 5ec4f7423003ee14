package org.consumerorgs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.consumerorgs.policy.NameFolding;
import org.consumerorgs.spi.Keyed;
import org.consumerorgs.spi.Keyset;
import org.consumerorgs.spi.KeysetOrder;

/**
 * Sorting by name in Java, in the order the stores use for lists (search key, then id, by code point). Each item's
 * key is folded once, not once per comparison: folding is NFKC work, and a report can sort a hundred thousand names.
 */
final class ByName {
  private ByName() {}

  static <T> List<T> sorted(Collection<T> items, Function<T, String> name, Function<T, String> id) {
    List<Keyed<T>> keyed = new ArrayList<>(items.size());
    for (T item : items) {
      keyed.add(new Keyed<>(item, new Keyset(NameFolding.searchKey(name.apply(item)), id.apply(item))));
    }
    return sorted(keyed);
  }

  /**
   * Sorts items whose keys the store gave, so that nothing is folded at all. The sort is stable and makes one pass
   * over items that are in order already, as stores hand them (a few more where a store orders by a prefix of the
   * search key).
   */
  static <T> List<T> sorted(List<Keyed<T>> items) {
    List<Keyed<T>> keyed = new ArrayList<>(items);
    keyed.sort(Comparator.comparing(Keyed::position, KeysetOrder.KEYSET_ORDER));
    List<T> sorted = new ArrayList<>(keyed.size());
    keyed.forEach(k -> sorted.add(k.item()));
    return sorted;
  }
}
