package org.consumerorgs.inmemory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consumerorgs.domain.MatchKind;
import org.consumerorgs.spi.SearchCriteria;
import org.jspecify.annotations.Nullable;

/**
 * The live organizations of one provider, indexed for listing and search. Every list holds ordinals in name order, so
 * reading any of them front to back yields hits in the order a search returns them, and a search stops as soon as it
 * has enough:
 *
 * <ul>
 *   <li>{@link #byName}: every live organization; exact and prefix hits are one range of it.
 *   <li>word starts: for each word after the first, its first one, two and three chars; a word-prefix search of one
 *       to three chars reads one list.
 *   <li>trigrams: every three consecutive chars of the search key; an anywhere search reads the shortest list among
 *       the text's trigrams and checks each name, as does a word-prefix search of four chars or more.
 * </ul>
 *
 * <p>Chars, not code points, make the grams: a key that contains the text contains its char trigrams all the same,
 * and every candidate is checked against the text itself, after a 64-bit signature of its trigrams and the excluded
 * share's bit set have turned most of the wrong ones away without reading their names.
 */
final class SearchIndex {
  private static final long WORD_START = 1L << 48;
  private static final long TRIGRAM = 4L << 48;
  /** Between names added at either end of the name order: 2^31 such names fit before a relabelling. */
  private static final long GAP = 1L << 32;
  private static final long MIN_GAP = 1L << 20;

  private final OrgTable table;
  private final SortedOrdinals byName = new SortedOrdinals();
  private final Map<Long, SortedOrdinals> grams = new HashMap<>();

  SearchIndex(OrgTable table) {
    this.table = table;
  }

  SortedOrdinals byName() {
    return byName;
  }

  void add(int ordinal) {
    byName.add(ordinal, table.nameOrder);
    label(ordinal);
    for (long gram : grams(table.searchKey(ordinal))) {
      grams.computeIfAbsent(gram, g -> new SortedOrdinals()).add(ordinal, table.labelOrder);
    }
  }

  void remove(int ordinal) {
    for (long gram : grams(table.searchKey(ordinal))) {
      SortedOrdinals list = grams.get(gram);
      if (list != null && list.remove(ordinal, table.labelOrder) && list.isEmpty()) {
        grams.remove(gram);
      }
    }
    byName.remove(ordinal, table.nameOrder);
  }

  /**
   * Gives a newly listed ordinal a label between its neighbours' (an order-maintenance labelling): the gram lists
   * then sort by comparing two longs instead of two names. Where the neighbours leave no room, a window of names
   * around it, doubled until it has room, is labelled afresh at even spacing; that keeps their order, so no list
   * needs sorting again, and it is rare: a new name halves a gap of at least 2^20.
   */
  private void label(int ordinal) {
    long neighbours = byName.neighbours(ordinal, table.nameOrder);
    int before = (int) (neighbours >>> 32) - 1;
    int after = (int) neighbours - 1;
    long low = before < 0 ? 0 : table.label(before);
    long high = after < 0 ? Long.MAX_VALUE : table.label(after);
    if (after < 0 && high - low > 2 * GAP) {
      table.setLabel(ordinal, low + GAP);
    } else if (before < 0 && high - low > 2 * GAP) {
      table.setLabel(ordinal, high - GAP);
    } else if (high - low >= 2) {
      table.setLabel(ordinal, low + (high - low) / 2);
    } else {
      relabelAround(byName.rankOf(ordinal, table.nameOrder));
    }
  }

  private void relabelAround(int rank) {
    int n = byName.size();
    for (int reach = 16; ; reach *= 2) {
      int from = Math.max(0, rank - reach);
      int to = Math.min(n - 1, rank + reach);
      long low = from == 0 ? 0 : table.label(byName.atRank(from - 1).next());
      long high = to == n - 1 ? Long.MAX_VALUE : table.label(byName.atRank(to + 1).next());
      int count = to - from + 1;
      long step = (high - low) / (count + 1);
      if (step >= MIN_GAP || (from == 0 && to == n - 1)) {
        SortedOrdinals.Cursor cursor = byName.atRank(from);
        for (int i = 1; i <= count; i++) {
          table.setLabel(cursor.next(), low + i * step);
        }
        return;
      }
    }
  }

  /** The grams of a search key, each once. */
  static long[] grams(String key) {
    int n = key.length();
    long[] found = new long[Math.max(0, n - 2) + 3 * countWordStarts(key)];
    int k = 0;
    for (int i = 0; i + 3 <= n; i++) {
      found[k++] = trigram(key, i);
    }
    for (int i = 1; i < n; i++) {
      if (key.charAt(i - 1) == ' ' && key.charAt(i) != ' ') {
        for (int length = 1; length <= 3 && i + length <= n; length++) {
          found[k++] = wordStart(key, i, length);
        }
      }
    }
    Arrays.sort(found, 0, k);
    int distinct = 0;
    for (int i = 0; i < k; i++) {
      if (distinct == 0 || found[distinct - 1] != found[i]) {
        found[distinct++] = found[i];
      }
    }
    return distinct == found.length ? found : Arrays.copyOf(found, distinct);
  }

  private static int countWordStarts(String key) {
    int words = 0;
    for (int i = 1; i < key.length(); i++) {
      if (key.charAt(i - 1) == ' ' && key.charAt(i) != ' ') {
        words++;
      }
    }
    return words;
  }

  private static long wordStart(String text, int from, int length) {
    return mix((WORD_START * length) | chars(text, from, length));
  }

  private static long trigram(String text, int from) {
    return mix(TRIGRAM | chars(text, from, 3));
  }

  /**
   * Spreads a gram over the 64 bits (an invertible step, so grams stay distinct): {@link Long#hashCode} of three
   * packed ASCII chars takes few values, and a {@link HashMap} of them would fall back on trees.
   */
  private static long mix(long gram) {
    long mixed = gram * 0x9E3779B97F4A7C15L;
    return mixed ^ (mixed >>> 29);
  }

  private static long chars(String text, int from, int length) {
    long packed = 0;
    for (int i = 0; i < length; i++) {
      packed = (packed << 16) | text.charAt(from + i);
    }
    return packed;
  }

  /** Up to {@code limit} hits for {@code text} in rank order, leaving out {@code excluded} (nullable). */
  List<Hit> search(String text, int limit, @Nullable OrdinalSet excluded) {
    List<Hit> hits = new ArrayList<>(Math.min(limit, 64));
    addNameStarts(text, limit, excluded, hits);
    if (hits.size() == limit || text.isEmpty()) {
      return hits;
    }
    addWordStartsAndAnywhere(text, limit, excluded, hits);
    return hits;
  }

  /** The exact and prefix tiers: names equal to the text, then names that start with it, in name order. */
  private void addNameStarts(String text, int limit, OrdinalSet excluded, List<Hit> hits) {
    // exact and prefix: the range of names that start with the text, equal ones first. With a share to leave out,
    // the range's end is found first, so that its consumers are skipped on a bit each without reading their names;
    // without one, each hit's name is read anyway, and a binary search would cost more (each step reads a name).
    SortedOrdinals.Cursor cursor = byName.from(o -> CodePoints.compare(table.searchKey(o), text));
    SortedOrdinals.Cursor end = excluded == null ? null : byName.from(o -> {
      String key = table.searchKey(o);
      return key.startsWith(text) ? -1 : CodePoints.compare(key, text);
    });
    boolean exact = !text.isEmpty();
    while (hits.size() < limit && (end == null ? cursor.hasNext() : cursor.before(end))) {
      int o = cursor.next();
      if (excluded != null && excluded.contains(o)) {
        continue;
      }
      String key = table.searchKey(o);
      if (end == null && !key.startsWith(text)) {
        break;
      }
      exact = exact && key.length() == text.length();
      hits.add(new Hit(o, exact ? MatchKind.EXACT : MatchKind.PREFIX));
    }
  }

  /**
   * The word-prefix tier, then (for a text long enough) the anywhere tier, each read from the shortest trigram list
   * that every match must be on, until {@code hits} holds {@code limit}.
   */
  private void addWordStartsAndAnywhere(String text, int limit, OrdinalSet excluded, List<Hit> hits) {
    String wordStart = " " + text;
    long signature = signature(text);
    SortedOrdinals words = text.length() <= 3
        ? grams.get(wordStart(text, 0, text.length()))
        : shortest(text, 1, grams.get(wordStart(text, 0, 3)));
    boolean anywhere = text.codePointCount(0, text.length()) >= SearchCriteria.ANYWHERE_MIN_LENGTH;
    SortedOrdinals inside = anywhere ? shortest(text, 0, null) : null;
    // When one trigram list serves both tiers, one pass collects both: a text whose hits are few reads it once.
    boolean together = words != null && words == inside;
    int rest = limit - hits.size();
    List<Hit> wordHits = new ArrayList<>();
    List<Hit> insideHits = new ArrayList<>();
    if (words != null) {
      for (SortedOrdinals.Cursor c = words.first(); c.hasNext() && wordHits.size() < rest; ) {
        int o = c.next();
        if (mayHold(o, signature, excluded)) {
          String key = table.searchKey(o);
          if (key.startsWith(text)) {
            continue;
          }
          if (key.contains(wordStart)) {
            wordHits.add(new Hit(o, MatchKind.WORD_PREFIX));
          } else if (together && insideHits.size() < rest && key.contains(text)) {
            insideHits.add(new Hit(o, MatchKind.ANYWHERE));
          }
        }
      }
    }
    hits.addAll(wordHits);
    if (hits.size() == limit || !anywhere) {
      return;
    }
    if (!together && inside != null) {
      for (SortedOrdinals.Cursor c = inside.first(); c.hasNext() && insideHits.size() < limit - hits.size(); ) {
        int o = c.next();
        if (mayHold(o, signature, excluded)) {
          String key = table.searchKey(o);
          if (key.contains(text) && !key.startsWith(text) && !key.contains(wordStart)) {
            insideHits.add(new Hit(o, MatchKind.ANYWHERE));
          }
        }
      }
    }
    hits.addAll(insideHits.subList(0, Math.min(insideHits.size(), limit - hits.size())));
  }

  /**
   * Whether the organization is not left out and its name may hold every trigram of the text, by its signature: one
   * read of a long where reading the name costs three (slot, string, bytes), and most candidates of a long list fail
   * here.
   */
  private boolean mayHold(int ordinal, long signature, @Nullable OrdinalSet excluded) {
    return (table.signature(ordinal) & signature) == signature && (excluded == null || !excluded.contains(ordinal));
  }

  /**
   * A 64-bit summary of the trigrams of {@code text}: one bit per trigram, chosen by its hash. A name that contains
   * a text has every bit of the text's signature.
   */
  static long signature(String text) {
    long bits = 0;
    for (int i = 0; i + 3 <= text.length(); i++) {
      bits |= 1L << (trigram(text, i) >>> 58);
    }
    return bits;
  }

  /**
   * The shortest of {@code seed} and the trigram lists of {@code text} from {@code from} on; null if any of them is
   * missing, since then no name holds them all.
   */
  private @Nullable SortedOrdinals shortest(String text, int from, @Nullable SortedOrdinals seed) {
    if (from > 0 && seed == null) {
      return null;
    }
    SortedOrdinals best = seed;
    for (int i = from; i + 3 <= text.length(); i++) {
      SortedOrdinals list = grams.get(trigram(text, i));
      if (list == null) {
        return null;
      }
      if (best == null || list.size() < best.size()) {
        best = list;
      }
    }
    return best;
  }

  /** An organization found, by ordinal, and how it matched. */
  record Hit(int ordinal, MatchKind kind) {}
}
