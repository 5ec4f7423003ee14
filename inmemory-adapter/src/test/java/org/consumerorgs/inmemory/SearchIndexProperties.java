package org.consumerorgs.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.MatchKind;
import org.consumerorgs.domain.NormalizedName;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.spi.KeysetOrder;

/**
 * The organization table and its search indexes answer exactly as a scan over a plain list would, whatever sequence
 * of inserts, renames, deletions and rolled-back transactions led there.
 */
class SearchIndexProperties {
  private static final ProviderId PROVIDER = ProviderId.of("p");
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  /** Few, short, overlapping words, so that names share prefixes, words and trigrams; some straddle UTF-16 traps. */
  private static final List<String> WORDS = List.of("a", "ab", "ba", "abc", "cab", "Ab", "\u00e9b", "b\u00e9",
      "\uD83D\uDE00a", "\uE000", "bab", "abab");

  /** One step: what to do, with which name, to which organization, and whether a transaction around it rolls back. */
  record Step(int action, String name, int pick, boolean rolledBack) {}

  @Provide
  Arbitrary<Step> step() {
    Arbitrary<String> name = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(3).map(w -> String.join(" ", w));
    return Combinators.combine(Arbitraries.integers().between(0, 9), name, Arbitraries.integers().between(0, 1000),
        Arbitraries.integers().between(0, 4).map(r -> r == 0)).as(Step::new);
  }

  @Property(tries = 150)
  void theIndexesAnswerAsAScanWould(@ForAll @Size(max = 60) List<@net.jqwik.api.From("step") Step> steps,
      @ForAll long seed) {
    Random random = new Random(seed);
    OrgTable table = new OrgTable(PROVIDER);
    Map<Integer, Org> model = new HashMap<>();
    int nextId = 0;
    for (Step step : steps) {
      UndoLog undo = new UndoLog();
      Map<Integer, Org> before = copy(model);
      int count = table.count();
      nextId = apply(table, model, undo, step, random, nextId);
      if (step.rolledBack()) {
        undo.undo();
        model = before;
        assertEquals(count, table.count());
      }
      check(table, model, random);
    }
  }

  /**
   * Names that each fall just after the last one and before the same neighbour halve one gap between labels until it
   * is used up, and the names around it are labelled afresh, again and again: the lists must stay in name order.
   */
  @Example
  void namesCrowdingIntoOneGapAreRelabelledInOrder() {
    OrgTable table = new OrgTable(PROVIDER);
    Map<Integer, Org> model = new HashMap<>();
    UndoLog undo = new UndoLog();
    List<String> names = new ArrayList<>(List.of("ab", "ac"));
    for (int i = 1; i <= 300; i++) {
      names.add("ab " + "b".repeat(i));
      names.add("a" + "b".repeat(i));
    }
    for (String value : names) {
      NormalizedName name = name(value);
      String id = "id-" + model.size();
      int ordinal = table.insert(new ConsumerOrganization(ConsumerOrganizationId.of(id), PROVIDER, value, 1, NOW,
          NOW), name, undo);
      model.put(ordinal, new Org(id, name.uniquenessKey(), name.searchKey(), true));
    }
    check(table, model, new Random(1));
    for (String text : List.of("ab", "b", "bb", "bbb", "b b", "abb")) {
      assertEquals(scan(model, text, 200, Set.of()), ordinals(table.index().search(text, 200, null)), text);
    }
  }

  /**
   * A trigram list shorter than the word-start list serves the word-prefix and anywhere tiers in one pass; a name
   * holding every trigram of the text but not the text is in neither.
   */
  @Example
  void oneListServesBothTiersWithoutFalseHits() {
    OrgTable table = new OrgTable(PROVIDER);
    Map<Integer, Org> model = new HashMap<>();
    UndoLog undo = new UndoLog();
    for (String value : List.of("c aba", "c abac", "c abad", "c abae", "c bab aba", "c ababa", "cabab")) {
      NormalizedName name = name(value);
      String id = "id-" + model.size();
      int ordinal = table.insert(new ConsumerOrganization(ConsumerOrganizationId.of(id), PROVIDER, value, 1, NOW,
          NOW), name, undo);
      model.put(ordinal, new Org(id, name.uniquenessKey(), name.searchKey(), true));
    }
    assertEquals(List.of("5 WORD_PREFIX", "6 ANYWHERE"), ordinals(table.index().search("abab", 20, null)));
    assertEquals(scan(model, "abab", 20, Set.of()), ordinals(table.index().search("abab", 20, null)));
  }

  private static int apply(OrgTable table, Map<Integer, Org> model, UndoLog undo, Step step, Random random,
      int nextId) {
    List<Integer> live = model.entrySet().stream().filter(e -> e.getValue().live).map(Map.Entry::getKey).sorted()
        .toList();
    NormalizedName name = name(step.name());
    boolean keyTaken = model.values().stream().anyMatch(o -> o.live && o.uniquenessKey.equals(name.uniquenessKey()));
    if (step.action() < 5 || live.isEmpty()) {
      if (keyTaken) {
        return nextId;
      }
      String id = random.nextBoolean() ? UUID.randomUUID().toString() : "id-" + random.nextInt(10) + "-" + nextId;
      ConsumerOrganization org = new ConsumerOrganization(ConsumerOrganizationId.of(id), PROVIDER, name.value(), 1,
          NOW, NOW);
      int ordinal = table.insert(org, name, undo);
      model.put(ordinal, new Org(id, name.uniquenessKey(), name.searchKey(), true));
      assertEquals(ordinal, table.ordinalOf(org.id()));
      return nextId + 1;
    }
    int ordinal = live.get(step.pick() % live.size());
    Org org = model.get(ordinal);
    if (step.action() < 8) {
      if (!keyTaken || org.uniquenessKey.equals(name.uniquenessKey())) {
        table.rename(ordinal, name, NOW, undo);
        model.put(ordinal, new Org(org.id, name.uniquenessKey(), name.searchKey(), true));
      }
    } else {
      table.markDeleted(ordinal, NOW, undo);
      model.put(ordinal, new Org(org.id, org.uniquenessKey, org.searchKey, false));
    }
    return nextId;
  }

  private static void check(OrgTable table, Map<Integer, Org> model, Random random) {
    List<Integer> live = model.entrySet().stream().filter(e -> e.getValue().live)
        .sorted(Map.Entry.comparingByValue(BY_NAME)).map(Map.Entry::getKey).toList();
    List<Integer> listed = new ArrayList<>();
    for (SortedOrdinals.Cursor c = table.index().byName().first(); c.hasNext(); ) {
      listed.add(c.next());
    }
    assertEquals(live, listed, "name order");
    assertEquals(live.size(), table.liveCount());
    for (Map.Entry<Integer, Org> entry : model.entrySet()) {
      Org org = entry.getValue();
      assertEquals(entry.getKey(), table.ordinalOf(ConsumerOrganizationId.of(org.id)));
      assertEquals(org.searchKey, table.searchKey(entry.getKey()));
      int holder = live.stream().filter(o -> model.get(o).uniquenessKey.equals(org.uniquenessKey)).findFirst()
          .orElse(-1);
      assertEquals(holder, table.liveOrdinalOfKey(org.uniquenessKey));
    }

    OrdinalSet excluded = new OrdinalSet();
    Set<Integer> excludedModel = new HashSet<>();
    for (int o : model.keySet()) {
      if (random.nextInt(3) == 0) {
        excluded.add(o);
        excludedModel.add(o);
      }
    }
    for (String text : texts(model, random)) {
      for (int limit : new int[] {1, 3, 200}) {
        assertEquals(scan(model, text, limit, Set.of()), ordinals(table.index().search(text, limit, null)),
            () -> "search \"" + text + "\" limit " + limit);
        List<String> expected = scan(model, text, limit, excludedModel);
        assertEquals(expected, ordinals(table.index().search(text, limit, excluded)),
            () -> "search \"" + text + "\" limit " + limit + " excluding " + excludedModel);
        assertEquals(expected, ordinals(OutsideShareSearch.search(table, excluded, text, limit)),
            () -> "search outside \"" + text + "\" limit " + limit + " excluding " + excludedModel);
      }
    }
  }

  /** The empty text, fragments of live keys of every length, and text that matches nothing. */
  private static Set<String> texts(Map<Integer, Org> model, Random random) {
    Set<String> texts = new LinkedHashSet<>(List.of("", "a", "b", "ab", "ba", "abc", "b a", "zz", "\uE000",
        "\uD83D\uDE00", "a\uD83D\uDE00"));
    List<String> keys = model.values().stream().map(o -> o.searchKey).toList();
    for (int i = 0; i < 6 && !keys.isEmpty(); i++) {
      String key = keys.get(random.nextInt(keys.size()));
      int from = random.nextInt(key.length());
      int to = from + random.nextInt(key.length() - from) + 1;
      String text = key.substring(from, to).strip();
      if (!Character.isLowSurrogate(text.isEmpty() ? 'x' : text.charAt(0))
          && !Character.isHighSurrogate(text.isEmpty() ? 'x' : text.charAt(text.length() - 1))) {
        texts.add(text);
      }
    }
    // text made of the names' letters, most of it in no name though all its trigrams are in some
    for (int i = 0; i < 6; i++) {
      StringBuilder text = new StringBuilder("ab".substring(random.nextInt(2)));
      for (int n = 3 + random.nextInt(4); text.length() < n; ) {
        text.append("ab ab".charAt(random.nextInt(5)));
      }
      texts.add(text.toString().strip());
    }
    return texts;
  }

  /** The search as SearchCriteria words it, over every live organization. */
  private static List<String> scan(Map<Integer, Org> model, String text, int limit, Set<Integer> excluded) {
    record Found(int ordinal, MatchKind kind, Org org) {}
    List<Found> found = new ArrayList<>();
    for (Map.Entry<Integer, Org> entry : model.entrySet()) {
      Org org = entry.getValue();
      if (!org.live || excluded.contains(entry.getKey())) {
        continue;
      }
      String key = org.searchKey;
      MatchKind kind = null;
      if (!text.isEmpty() && key.equals(text)) {
        kind = MatchKind.EXACT;
      } else if (key.startsWith(text)) {
        kind = MatchKind.PREFIX;
      } else if (key.contains(" " + text)) {
        kind = MatchKind.WORD_PREFIX;
      } else if (key.contains(text) && text.codePoints().count() >= 3) {
        kind = MatchKind.ANYWHERE;
      }
      if (kind != null) {
        found.add(new Found(entry.getKey(), kind, org));
      }
    }
    return found.stream().sorted(Comparator.comparing(Found::kind).thenComparing(Found::org, BY_NAME))
        .limit(limit).map(f -> f.ordinal() + " " + f.kind()).toList();
  }

  private static List<String> ordinals(List<SearchIndex.Hit> hits) {
    return hits.stream().map(h -> h.ordinal() + " " + h.kind()).collect(Collectors.toList());
  }

  /** Names fold as the real policy does in the ways that matter here: case and accents drop from the search key. */
  private static NormalizedName name(String value) {
    String uniquenessKey = value.toLowerCase(java.util.Locale.ROOT);
    return new NormalizedName(value, uniquenessKey, uniquenessKey.replace('\u00e9', 'e'));
  }

  private static final Comparator<Org> BY_NAME = Comparator.<Org, String>comparing(o -> o.searchKey,
      KeysetOrder.CODE_POINT_ORDER).thenComparing(o -> o.id, KeysetOrder.CODE_POINT_ORDER);

  private static Map<Integer, Org> copy(Map<Integer, Org> model) {
    return new HashMap<>(model);
  }

  private record Org(String id, String uniquenessKey, String searchKey, boolean live) {}
}
