package org.consumerorgs.inmemory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.consumerorgs.domain.MatchKind;
import org.consumerorgs.spi.SearchCriteria;
import org.jspecify.annotations.Nullable;

/**
 * A search that leaves out a share holding nearly every organization: the few organizations outside it are read one
 * by one, found a word of the share's bit set at a time, instead of reading the indexes and skipping a share's worth
 * of consumers before the first hit.
 */
final class OutsideShareSearch {
  private OutsideShareSearch() {}

  static List<SearchIndex.Hit> search(OrgTable table, OrdinalSet excluded, String text, int limit) {
    List<SearchIndex.Hit> hits = new ArrayList<>();
    for (int o = excluded.nextAbsent(0); o < table.count(); o = excluded.nextAbsent(o + 1)) {
      if (table.isLive(o)) {
        MatchKind kind = match(table.searchKey(o), text);
        if (kind != null) {
          hits.add(new SearchIndex.Hit(o, kind));
        }
      }
    }
    hits.sort(Comparator.comparing(SearchIndex.Hit::kind)
        .thenComparing((a, b) -> table.nameOrder.compare(a.ordinal(), b.ordinal())));
    return hits.size() > limit ? new ArrayList<>(hits.subList(0, limit)) : hits;
  }

  /** How a search key matches the text, by the rules of {@link SearchCriteria}; null if it does not. */
  static @Nullable MatchKind match(String key, String text) {
    if (key.startsWith(text)) {
      return !text.isEmpty() && key.length() == text.length() ? MatchKind.EXACT : MatchKind.PREFIX;
    }
    if (key.contains(" " + text)) {
      return MatchKind.WORD_PREFIX;
    }
    if (text.codePointCount(0, text.length()) >= SearchCriteria.ANYWHERE_MIN_LENGTH && key.contains(text)) {
      return MatchKind.ANYWHERE;
    }
    return null;
  }
}
