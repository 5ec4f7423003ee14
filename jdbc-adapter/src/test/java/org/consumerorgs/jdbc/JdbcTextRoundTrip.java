package org.consumerorgs.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.EventType;
import org.consumerorgs.domain.MatchKind;
import org.consumerorgs.domain.Page;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.domain.SearchHit;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.policy.NameFolding;
import org.consumerorgs.policy.NamingPolicy;
import org.consumerorgs.spi.Keyset;
import org.consumerorgs.spi.KeysetOrder;
import org.junit.jupiter.api.Test;

/**
 * Names go through the SDK into the database and come back exactly, whatever they hold: 4-byte characters, quotes,
 * backslashes, SQL, LIKE wildcards, right-to-left and CJK text, combining marks. Search takes text literally, and
 * lists are in code-point order of the folded names, whatever the database's idea of collation.
 *
 * <p>Each test has tables of its own (a new table prefix), so the names of one never meet another's.
 */
abstract class JdbcTextRoundTrip {
  private static final AtomicInteger PREFIXES = new AtomicInteger();

  /**
   * Every name a person may type that has bitten a database or driver somewhere. The naming policy refuses control
   * characters, line breaks, invisible and direction-changing format characters, private-use characters and lone
   * surrogates, noncharacters and replacement characters; what it does allow of that kind is here: tabs and other
   * white space (collapsed to one space), zero width (non-)joiners between visible characters, variation selectors,
   * and default-ignorable characters inside a name (kept in the name, left out of its keys).
   */
  static final List<String> AWKWARD_NAMES = List.of(
      "Smile \uD83D\uDE00 Corp",                                                   // 4-byte emoji
      "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66 Family",  // ZWJ sequence
      "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08 Pride",                                // variation selector and ZWJ
      "\uD83C\uDDEF\uD83C\uDDF5 Flag",                                             // regional indicators
      "\uD83D\uDC4D\uD83C\uDFFD Approved",                                         // skin-tone modifier
      "O'Brien & Sons",
      "\"Quoted\" Holdings",
      "It's \"both\" Ltd",
      "Back\\slash Co",
      "Trailing backslash\\",
      "\\\\server\\share\\",
      "\\' escaped quote",
      "100% Data",
      "a_b",
      "x!y",
      "!%_ all three",
      "'; DROP TABLE x; --",
      "Robert'); DROP TABLE organization;--",
      "$$ dollar $$ quoted",
      "Tab\tinside",
      "No\u00A0break\u2003em space",
      "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645",                         // Persian, ZWNJ between letters
      "Grapheme\u034Fjoiner inside",                                              // default-ignorable mark
      "Hangul\u3164filler inside",                                                // default-ignorable letter
      "\u682A\u5F0F\u4F1A\u793E\u30C6\u30B9\u30C8",                               // Japanese
      "\u5317\u4EAC\u6570\u636E\u6709\u9650\u516C\u53F8",                         // Chinese
      "\uD842\uDFB7\u91CE\u5BB6",                                                  // U+20BB7, CJK extension B
      "\uD55C\uAD6D \uB370\uC774\uD130",                                           // Korean
      "Cafe\u0301 Ole\u0301",                                                      // composes to NFC
      "q\u0307\u0323 Labs",                                                        // no precomposed form
      "Z\u0351\u0358\u0364a\u0335l\u0336g\u0337o",                                 // stacked marks
      "\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD",                         // Hebrew
      "\u0634\u0631\u0643\u0629 \u0627\u0644\u0628\u064A\u0627\u0646\u0627\u062A", // Arabic
      "Acme \u05E9\u05DC\u05D5\u05DD 123",                                         // mixed direction
      "\u0645\u0631\u062D\u0628\u0627 \uD83D\uDE00 ABC");

  /**
   * Names whose folded keys differ only where a case- or accent-insensitive collation would call them equal or order
   * them otherwise: letters that do not decompose (ø, æ), emoji (utf8mb4_general_ci gives every 4-byte character one
   * weight), CJK compatibility ideographs that are their own folded form (after emoji in UTF-16 order, before them in
   * code-point order), and names that fold to the same key, which sort among themselves by id.
   */
  static final List<String> COLLATION_SENSITIVE_NAMES = List.of(
      "\u00D8resund Data", "Oxford Data", "Oslo Data", "Zeta Data", "\u00C6ther Co", "Aether Co", "Afton Co",
      "\uD83D\uDE00 Smile", "\uD83D\uDE03 Smile", "\uD83D\uDE01 Smile", "Big \uD83D\uDE00 Grin",
      "\uFA0E Mark", "\uFA0F Mark",
      "Resume", "R\u00E9sum\u00E9", "Re\u0301sume", "\u0130stanbul", "Istanbul", "\u0131stanbul",
      "\u03A9mega", "\u0428\u043A\u043E\u043B\u0430", "\u00DEorn", "Thorn");

  private final Dialect dialect;

  JdbcTextRoundTrip(Dialect dialect) {
    this.dialect = dialect;
  }

  /** What the SDK stores for a typed name: the naming policy's normal form. */
  static String stored(String typed) {
    return NamingPolicy.defaults().check(typed).value();
  }

  /** One registered provider on new tables in this dialect's test database. */
  World world() {
    return world(TestDatabase.of(dialect).first());
  }

  World world(DataSource dataSource) {
    String prefix = "txt" + PREFIXES.incrementAndGet() + "_";
    JdbcSchema.install(dataSource, prefix);
    JdbcStorage storage = JdbcStorage.builder(dataSource).dialect(dialect).tablePrefix(prefix).build();
    ConsumerOrgs sdk = ConsumerOrgs.builder(storage).build();
    Actor alice = Actor.ofProvider(ProviderId.of("text-provider"), "alice@text-provider");
    sdk.providers().register(alice, "Text \"Provider\" \\ \uD83D\uDE00");
    return new World(sdk, alice, prefix, dataSource);
  }

  @Test
  void awkwardNamesAreStoredReadListedSearchedAndRenamedExactly() {
    World world = world();
    Map<String, ConsumerOrganization> created = world.createAll(AWKWARD_NAMES);

    for (Map.Entry<String, ConsumerOrganization> entry : created.entrySet()) {
      ConsumerOrganization org = entry.getValue();
      assertEquals(stored(entry.getKey()), org.name(), "created as the policy's normal form");
      assertEquals(org, world.get(org.id()), () -> "read back: " + org.name());
      assertEquals(new SearchHit(org, MatchKind.EXACT), world.exactHit(org.name()), () -> "searched: " + org.name());
    }
    world.assertListedInCodePointOrder(created.values());

    Map<ConsumerOrganization, ConsumerOrganization> renamed = new LinkedHashMap<>();
    for (Map.Entry<String, ConsumerOrganization> entry : created.entrySet()) {
      ConsumerOrganization before = entry.getValue();
      ConsumerOrganization after = world.sdk.organizations().rename(world.actor, before.id(), before.version(),
          "Renamed " + entry.getKey());
      assertEquals(stored("Renamed " + entry.getKey()), after.name());
      assertEquals(after, world.get(before.id()), () -> "read back renamed: " + after.name());
      assertEquals(new SearchHit(after, MatchKind.EXACT), world.exactHit(after.name()));
      assertTrue(world.search(before.name()).stream().noneMatch(h -> h.match() == MatchKind.EXACT),
          () -> "the old name " + before.name() + " no longer matches exactly");
      renamed.put(before, after);
    }
    world.assertListedInCodePointOrder(renamed.values());
    world.assertEventLogNames(renamed);
  }

  @Test
  void searchTakesWildcardsEscapesAndQuotesLiterally() {
    World world = world();
    Map<String, ConsumerOrganization> orgs = world.createAll(List.of(
        "100% Data", "100X Data", "a_b", "axb", "x!y", "xay", "back\\slash", "backXslash", "O'Brien", "OXBrien"));
    ConsumerOrganization percent = orgs.get("100% Data");
    ConsumerOrganization underscore = orgs.get("a_b");
    ConsumerOrganization bang = orgs.get("x!y");
    ConsumerOrganization backslash = orgs.get("back\\slash");
    ConsumerOrganization quote = orgs.get("O'Brien");

    assertEquals(List.of(new SearchHit(percent, MatchKind.PREFIX)), world.search("100%"));
    assertEquals(List.of(new SearchHit(percent, MatchKind.ANYWHERE)), world.search("0% d"));
    assertEquals(List.of(new SearchHit(percent, MatchKind.ANYWHERE)), world.search("% data"));
    assertEquals(List.of(new SearchHit(orgs.get("100X Data"), MatchKind.PREFIX)), world.search("100x"));
    assertEquals(List.of(new SearchHit(underscore, MatchKind.EXACT)), world.search("a_b"));
    assertEquals(List.of(new SearchHit(underscore, MatchKind.PREFIX)), world.search("a_"));
    assertEquals(List.of(new SearchHit(bang, MatchKind.PREFIX)), world.search("x!"));
    assertEquals(List.of(new SearchHit(bang, MatchKind.EXACT)), world.search("X!Y"));
    assertEquals(List.of(new SearchHit(backslash, MatchKind.ANYWHERE)), world.search("k\\sl"));
    assertEquals(List.of(new SearchHit(backslash, MatchKind.ANYWHERE)), world.search("k\\s"));
    assertEquals(List.of(new SearchHit(backslash, MatchKind.PREFIX)), world.search("back\\"));
    assertEquals(List.of(new SearchHit(quote, MatchKind.ANYWHERE)), world.search("'br"));
    assertEquals(List.of(new SearchHit(quote, MatchKind.PREFIX)), world.search("o'b"));
    // Three characters or more (SearchCriteria.ANYWHERE_MIN_LENGTH), so that each would match inside some name if a
    // wildcard or the escape character leaked into the pattern.
    for (String nothing : List.of("%%%", "!!!", "!%!", "!_!", "___", "\\%\\", "\\_\\", "\\\\\\", "'''",
        "' OR '1'='1", "a%b", "x%y", "1_0")) {
      assertEquals(List.of(), world.search(nothing), nothing);
    }
  }

  @Test
  void namesDifferingOnlyWhereCollationsDisagreeListInCodePointOrderOfTheirFoldedKeys() {
    assertCodePointOrderAndExactSearch(world());
  }

  /** Lists the collation-sensitive names page by page and searches each; shared with databases set up otherwise. */
  static void assertCodePointOrderAndExactSearch(World world) {
    Map<String, ConsumerOrganization> orgs = world.createAll(COLLATION_SENSITIVE_NAMES);
    world.assertListedInCodePointOrder(orgs.values());
    // Search compares folded keys as code points too: a collation that equates ø with o, or one emoji with another,
    // would find these.
    assertEquals(List.of(), world.search("oresund"));
    assertEquals(List.of(), world.search("aether co").stream()
        .filter(h -> !h.organization().name().equals("Aether Co")).toList());
    assertEquals(List.of(new SearchHit(orgs.get("\uD83D\uDE03 Smile"), MatchKind.EXACT)),
        world.search("\uD83D\uDE03 smile"));
    assertEquals(List.of(new SearchHit(orgs.get("\uD83D\uDE01 Smile"), MatchKind.PREFIX)),
        world.search("\uD83D\uDE01"));
    assertEquals(List.of(new SearchHit(orgs.get("\uD83D\uDE03 Smile"), MatchKind.PREFIX)),
        world.search("\uD83D\uDE03"));
    assertEquals(List.of(), world.search("\uD842\uDFB7"));
    assertEquals(List.of(new SearchHit(orgs.get("\uFA0E Mark"), MatchKind.EXACT)), world.search("\uFA0E mark"));
  }

  /** A provider on tables of its own. */
  record World(ConsumerOrgs sdk, Actor actor, String prefix, DataSource dataSource) {
    /** Creates the names in order; keyed by the name as typed. */
    Map<String, ConsumerOrganization> createAll(List<String> typed) {
      Map<String, ConsumerOrganization> created = new LinkedHashMap<>();
      for (String name : typed) {
        created.put(name, sdk.organizations().create(actor, name));
      }
      return created;
    }

    ConsumerOrganization get(ConsumerOrganizationId id) {
      return sdk.organizations().get(actor, id);
    }

    List<SearchHit> search(String text) {
      return sdk.organizations().search(actor, SearchRequest.of(text).withLimit(SearchRequest.MAX_LIMIT));
    }

    /** The one exact hit for a name; fails if the search has another, or ranks any hit above it. */
    SearchHit exactHit(String name) {
      List<SearchHit> hits = search(name);
      assertFalse(hits.isEmpty(), () -> "no hit for " + name);
      assertEquals(1, hits.stream().filter(h -> h.match() == MatchKind.EXACT).count(), () -> name + ": " + hits);
      return hits.get(0);
    }

    /**
     * The list, read in one page and in pages of three (the cursor carries 4-byte sort keys), is exactly these
     * organizations, ordered as {@link KeysetOrder} orders their folded keys and ids.
     */
    void assertListedInCodePointOrder(java.util.Collection<ConsumerOrganization> expected) {
      Comparator<ConsumerOrganization> byKeyset = Comparator.comparing(
          org -> new Keyset(NameFolding.searchKey(org.name()), org.id().value()), KeysetOrder.KEYSET_ORDER);
      List<ConsumerOrganization> sorted = expected.stream().sorted(byKeyset).toList();

      assertEquals(names(sorted), names(sdk.organizations().list(actor, PageRequest.first(1000)).items()));
      List<ConsumerOrganization> paged = new ArrayList<>();
      Optional<PageRequest> request = Optional.of(PageRequest.first(3));
      while (request.isPresent()) {
        Page<ConsumerOrganization> page = sdk.organizations().list(actor, request.get());
        paged.addAll(page.items());
        request = page.next(3);
      }
      assertEquals(sorted, paged);
    }

    /** Each creation and rename is in the log with the names exactly as stored. */
    void assertEventLogNames(Map<ConsumerOrganization, ConsumerOrganization> renamed) {
      List<RecordedEvent> events = sdk.events().read(actor, 0, 1000);
      for (Map.Entry<ConsumerOrganization, ConsumerOrganization> entry : renamed.entrySet()) {
        ConsumerOrganization before = entry.getKey();
        ConsumerOrganization after = entry.getValue();
        List<RecordedEvent> own = events.stream()
            .filter(e -> e.event().organizationId().equals(Optional.of(before.id()))).toList();
        assertEquals(List.of(EventType.ORGANIZATION_CREATED, EventType.ORGANIZATION_RENAMED),
            own.stream().map(e -> e.event().type()).toList(), before.name());
        assertEquals(Map.of("name", before.name(), "version", "1"), own.get(0).event().after());
        assertEquals(Map.of("name", before.name(), "version", "1"), own.get(1).event().before());
        assertEquals(Map.of("name", after.name(), "version", "2"), own.get(1).event().after());
      }
    }

    private static List<String> names(List<ConsumerOrganization> orgs) {
      return orgs.stream().map(ConsumerOrganization::name).toList();
    }
  }
}
