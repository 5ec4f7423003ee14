package org.consumerorgs.inmemory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Function;
import org.consumerorgs.spi.Keyed;
import org.consumerorgs.spi.Keyset;
import org.consumerorgs.spi.PageQuery;

/** Reads a keyset page from an index sorted by name: the entries strictly after the cursor, up to the limit. */
final class NameOrderedIndex {
  private NameOrderedIndex() {}

  static <I, T> List<Keyed<T>> page(NavigableMap<Keyset, I> index, PageQuery query, Function<I, T> item) {
    Map<Keyset, I> tail = query.after().isPresent() ? index.tailMap(query.after().get(), false) : index;
    List<Keyed<T>> page = new ArrayList<>(Math.min(query.limit(), 64));
    for (Map.Entry<Keyset, I> entry : tail.entrySet()) {
      if (page.size() == query.limit()) {
        break;
      }
      page.add(new Keyed<>(item.apply(entry.getValue()), entry.getKey()));
    }
    return page;
  }
}
