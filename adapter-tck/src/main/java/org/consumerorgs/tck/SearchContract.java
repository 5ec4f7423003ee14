package org.consumerorgs.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.MatchKind;
import org.consumerorgs.domain.SearchHit;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.error.NotFoundException;
import org.consumerorgs.error.ObjectKind;
import org.consumerorgs.policy.NamingPolicy;
import org.consumerorgs.policy.Policies;
import org.junit.jupiter.api.Test;

/**
 * The dropdown's search: case- and accent-insensitive, literal, best matches first, limited, and able to leave out a
 * share's current consumers.
 */
public interface SearchContract extends StorageFactory {

  private static List<String> names(List<SearchHit> hits) {
    return hits.stream().map(h -> h.organization().name()).toList();
  }

  private static List<MatchKind> kinds(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::match).toList();
  }

  private static List<SearchHit> search(ContractWorld world, SearchRequest request) {
    return world.sdk.organizations().search(world.alice, request);
  }

  @Test
  default void hitsAreRankedExactThenPrefixThenWordPrefixThenAnywhere() {
    ContractWorld world = ContractWorld.create(this);
    for (String name : List.of("Bigcorp", "Acme Corp", "Corporate Data", "Corp", "Unrelated", "Zeta Corp",
        "Corpus Christi", "Alpha Corp", "Megacorp Holdings")) {
      world.organization(name);
    }

    List<SearchHit> hits = search(world, SearchRequest.of("corp"));

    assertEquals(List.of("Corp", "Corporate Data", "Corpus Christi", "Acme Corp", "Alpha Corp", "Zeta Corp",
        "Bigcorp", "Megacorp Holdings"), names(hits));
    assertEquals(List.of(MatchKind.EXACT, MatchKind.PREFIX, MatchKind.PREFIX, MatchKind.WORD_PREFIX,
        MatchKind.WORD_PREFIX, MatchKind.WORD_PREFIX, MatchKind.ANYWHERE, MatchKind.ANYWHERE), kinds(hits));
  }

  @Test
  default void aNameMatchingInSeveralWaysTakesItsBestRank() {
    ContractWorld world = ContractWorld.create(this);
    world.organization("Megacorp Corp");    // anywhere and word prefix: word prefix
    world.organization("Corp Megacorp");    // prefix and anywhere: prefix

    List<SearchHit> hits = search(world, SearchRequest.of("corp"));

    assertEquals(List.of("Corp Megacorp", "Megacorp Corp"), names(hits));
    assertEquals(List.of(MatchKind.PREFIX, MatchKind.WORD_PREFIX), kinds(hits));
  }

  @Test
  default void theLimitKeepsTheBestHitsNotTheFirstByName() {
    ContractWorld world = ContractWorld.create(this);
    for (String name : List.of("Aaa corp", "Abc corp", "Acorp", "Corp Zeta", "Corp")) {
      world.organization(name);
    }

    assertEquals(List.of("Corp"), names(search(world, SearchRequest.of("corp").withLimit(1))));
    assertEquals(List.of("Corp", "Corp Zeta"), names(search(world, SearchRequest.of("corp").withLimit(2))));
    assertEquals(List.of("Corp", "Corp Zeta", "Aaa corp"), names(search(world, SearchRequest.of("corp").withLimit(3))));
    assertEquals(List.of("Corp", "Corp Zeta", "Aaa corp", "Abc corp", "Acorp"),
        names(search(world, SearchRequest.of("corp").withLimit(200))));
  }

  @Test
  default void theLimitIsRespected() {
    ContractWorld world = ContractWorld.create(this);
    for (int i = 0; i < 30; i++) {
      world.organization(String.format("Globex %02d", i));
    }

    assertEquals(SearchRequest.DEFAULT_LIMIT, search(world, SearchRequest.of("globex")).size());
    assertEquals(7, search(world, SearchRequest.of("glo").withLimit(7)).size());
    assertEquals(30, search(world, SearchRequest.of("glo").withLimit(SearchRequest.MAX_LIMIT)).size());
    assertEquals(List.of("Globex 00", "Globex 01", "Globex 02"),
        names(search(world, SearchRequest.of("globex").withLimit(3))));
  }

  @Test
  default void searchIgnoresLetterCase() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization globex = world.organization("GloBex Corp");

    for (String text : List.of("globex corp", "GLOBEX CORP", "gLoBeX cOrP")) {
      assertEquals(List.of(new SearchHit(globex, MatchKind.EXACT)), search(world, SearchRequest.of(text)), text);
    }
    assertEquals(List.of(new SearchHit(globex, MatchKind.WORD_PREFIX)), search(world, SearchRequest.of("CORP")));
  }

  @Test
  default void searchIgnoresAccentsBothWays() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization emile = world.organization("\u00C9mile Z\u00FCrich");
    ConsumerOrganization plain = world.organization("Noel");

    assertEquals(List.of(new SearchHit(emile, MatchKind.EXACT)), search(world, SearchRequest.of("emile zurich")));
    assertEquals(List.of(new SearchHit(emile, MatchKind.PREFIX)), search(world, SearchRequest.of("EMI")));
    assertEquals(List.of(new SearchHit(emile, MatchKind.WORD_PREFIX)), search(world, SearchRequest.of("zu")));
    assertEquals(List.of(new SearchHit(plain, MatchKind.EXACT)), search(world, SearchRequest.of("No\u00EBl")));
    assertEquals(List.of(new SearchHit(emile, MatchKind.PREFIX)), search(world, SearchRequest.of("E\u0301mi")));
  }

  @Test
  default void searchFoldsCompatibilityForms() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization acme = world.organization("Acme Data");
    ConsumerOrganization wide = world.organization("\uFF27\uFF4C\uFF4F\uFF42\uFF45\uFF58"); // full-width Globex

    assertEquals(List.of(new SearchHit(acme, MatchKind.PREFIX)),
        search(world, SearchRequest.of("\uFF21\uFF23\uFF2D\uFF25")));
    assertEquals(List.of(new SearchHit(wide, MatchKind.EXACT)), search(world, SearchRequest.of("globex")));
  }

  @Test
  default void searchTextIsTakenLiterally() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization percent = world.organization("100% Pure");
    world.organization("100 Pure");
    world.organization("1000 Pure");
    ConsumerOrganization underscore = world.organization("a_b Data");
    world.organization("axb Data");
    world.organization("ab Data");
    ConsumerOrganization star = world.organization("Star* Corp");
    world.organization("Starry Corp");
    ConsumerOrganization backslash = world.organization("Back\\slash");
    world.organization("Backslash");
    ConsumerOrganization bracket = world.organization("[ab] Corp");

    // each text once as a prefix and once inside a name (three characters or more)
    assertEquals(List.of(percent), organizations(search(world, SearchRequest.of("100%"))));
    assertEquals(List.of(percent), organizations(search(world, SearchRequest.of("00%"))));
    assertEquals(List.of(underscore), organizations(search(world, SearchRequest.of("a_b"))));
    assertEquals(List.of(underscore), organizations(search(world, SearchRequest.of("_b d"))));
    assertEquals(List.of(star), organizations(search(world, SearchRequest.of("star*"))));
    assertEquals(List.of(star), organizations(search(world, SearchRequest.of("ar*"))));
    assertEquals(List.of(backslash), organizations(search(world, SearchRequest.of("back\\s"))));
    assertEquals(List.of(backslash), organizations(search(world, SearchRequest.of("k\\s"))));
    assertEquals(List.of(bracket), organizations(search(world, SearchRequest.of("[ab]"))));
    assertEquals(List.of(bracket), organizations(search(world, SearchRequest.of("b] c"))));
    assertEquals(List.of(bracket), organizations(search(world, SearchRequest.of("["))));
    assertEquals(List.of(), search(world, SearchRequest.of("%%%")));
    assertEquals(List.of(), search(world, SearchRequest.of("'")));
    assertEquals(List.of(), search(world, SearchRequest.of("'; DROP TABLE x;--")));
  }

  /** One or two characters typed are the start of a name or of a word, not a fragment to find anywhere. */
  @Test
  default void aTextOfOneOrTwoCharactersMatchesOnlyAtTheStartOfANameOrWord() {
    ContractWorld world = ContractWorld.create(this, Policies.defaults().withNaming(NamingPolicy.withLengths(1, 200)));
    Share sales = world.share("sales");
    ConsumerOrganization ab = world.organization("Ab");
    ConsumerOrganization abacus = world.organization("Abacus");
    ConsumerOrganization bigAbc = world.organization("Big Abc");
    ConsumerOrganization crabAb = world.organization("Crab Ab");
    ConsumerOrganization kebab = world.organization("Kebab Shop");
    world.organization("X-ab");
    world.organization("Cab");

    assertEquals(List.of(new SearchHit(ab, MatchKind.EXACT), new SearchHit(abacus, MatchKind.PREFIX),
        new SearchHit(bigAbc, MatchKind.WORD_PREFIX), new SearchHit(crabAb, MatchKind.WORD_PREFIX)),
        search(world, SearchRequest.of("AB")));
    assertEquals(List.of(new SearchHit(bigAbc, MatchKind.PREFIX)), search(world, SearchRequest.of("b")));
    assertEquals(List.of(new SearchHit(kebab, MatchKind.PREFIX)), search(world, SearchRequest.of("k")));
    assertEquals(List.of(new SearchHit(kebab, MatchKind.ANYWHERE)), search(world, SearchRequest.of("bab")));
    assertEquals(List.of(new SearchHit(kebab, MatchKind.ANYWHERE)), search(world, SearchRequest.of("bab")
        .excludingConsumersOf(sales.id())));

    world.link(sales, abacus, crabAb);
    assertEquals(List.of(new SearchHit(ab, MatchKind.EXACT), new SearchHit(bigAbc, MatchKind.WORD_PREFIX)),
        search(world, SearchRequest.of("ab").excludingConsumersOf(sales.id())));
    assertEquals(List.of(new SearchHit(bigAbc, MatchKind.PREFIX)),
        search(world, SearchRequest.of("b").excludingConsumersOf(sales.id())));
  }

  /**
   * Length is counted in code points of the folded text: an emoji is one character however many UTF-16 units it
   * takes, and a letter that folds to two counts two.
   */
  @Test
  default void theLengthThatMatchesAnywhereIsCountedInCodePointsOfTheFoldedText() {
    ContractWorld world = ContractWorld.create(this, Policies.defaults().withNaming(NamingPolicy.withLengths(1, 200)));
    String rocket = "\uD83D\uDE80";
    ConsumerOrganization alone = world.organization(rocket);
    ConsumerOrganization rocketLabs = world.organization(rocket + " Labs");
    ConsumerOrganization twins = world.organization(rocket + rocket + " Twins");
    ConsumerOrganization bigRocket = world.organization("Big " + rocket + " Launch");
    ConsumerOrganization xRocket = world.organization("X" + rocket + " Co");
    ConsumerOrganization boxRockets = world.organization("Box" + rocket + rocket);
    world.organization("Fly" + rocket + " Co");
    ConsumerOrganization strasse = world.organization("Stra\u00DFe AG");

    assertEquals(List.of(new SearchHit(alone, MatchKind.EXACT), new SearchHit(rocketLabs, MatchKind.PREFIX),
        new SearchHit(twins, MatchKind.PREFIX), new SearchHit(bigRocket, MatchKind.WORD_PREFIX)),
        search(world, SearchRequest.of(rocket)));
    // two code points in three and four UTF-16 units: not found inside "Box" + rocket + rocket
    assertEquals(List.of(new SearchHit(xRocket, MatchKind.PREFIX)), search(world, SearchRequest.of("x" + rocket)));
    assertEquals(List.of(new SearchHit(twins, MatchKind.PREFIX)), search(world, SearchRequest.of(rocket + rocket)));
    assertEquals(List.of(new SearchHit(boxRockets, MatchKind.ANYWHERE)),
        search(world, SearchRequest.of("x" + rocket + rocket)));
    assertEquals(List.of(new SearchHit(boxRockets, MatchKind.ANYWHERE)),
        search(world, SearchRequest.of("ox" + rocket)));
    // one character typed, "\u00DF", folds to "ss": two, so "Stra\u00DFe" is not found by it; "a\u00DF" folds to three
    assertEquals(List.of(), search(world, SearchRequest.of("\u00DF")));
    assertEquals(List.of(new SearchHit(strasse, MatchKind.ANYWHERE)), search(world, SearchRequest.of("a\u00DF")));
  }

  /** A name may be longer than a store can index whole; text far into it is found, and ranked, all the same. */
  @Test
  default void textFarIntoALongNameIsFoundAndRanked() {
    ContractWorld world = ContractWorld.create(this, Policies.defaults().withNaming(NamingPolicy.withLengths(3, 1000)));
    String filler = "Lorem ipsum dolor sit amet ".repeat(12);
    ConsumerOrganization early = world.organization("Zebrafish " + filler);
    ConsumerOrganization late = world.organization(filler + "Zebra Crossing");
    ConsumerOrganization twice = world.organization("Megazebra " + filler + "Zebra Ltd");
    ConsumerOrganization inside = world.organization(filler + "Crosszebra");
    world.organization(filler + "Zebr");

    assertEquals(List.of(new SearchHit(early, MatchKind.PREFIX), new SearchHit(late, MatchKind.WORD_PREFIX),
        new SearchHit(twice, MatchKind.WORD_PREFIX), new SearchHit(inside, MatchKind.ANYWHERE)),
        search(world, SearchRequest.of("zebra")));
    assertEquals(List.of(new SearchHit(late, MatchKind.WORD_PREFIX)), search(world, SearchRequest.of("crossing")));
    assertEquals(List.of(new SearchHit(twice, MatchKind.WORD_PREFIX)), search(world, SearchRequest.of("zebra l")));
  }

  @Test
  default void charactersNoNameMayHoldAreIgnoredInTheSearchText() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization globex = world.organization("Globex Corp");

    // text pasted from elsewhere may carry invisible or control characters; white space still separates words
    for (String text : List.of("glo\u200Bbex", "\uFEFFglobex", "glo\u0000bex", "glo\u001Fbex", "globex\tcorp",
        "globex\u00A0\ncorp")) {
      assertEquals(List.of(globex), organizations(search(world, SearchRequest.of(text))),
          text.codePoints().boxed().toList().toString());
    }
  }

  @Test
  default void emptyTextListsOrganizationsByName() {
    ContractWorld world = ContractWorld.create(this);
    for (String name : List.of("Zeta", "alpha", "\u00C9mile", "Beta")) {
      world.organization(name);
    }

    List<SearchHit> hits = search(world, SearchRequest.of(""));

    assertEquals(List.of("alpha", "Beta", "\u00C9mile", "Zeta"), names(hits));
    assertEquals(List.of(MatchKind.PREFIX, MatchKind.PREFIX, MatchKind.PREFIX, MatchKind.PREFIX), kinds(hits));
    assertEquals(List.of("alpha", "Beta"), names(search(world, SearchRequest.of("").withLimit(2))));
    assertEquals(names(hits), names(search(world, SearchRequest.of(" \u00A0 "))));
  }

  @Test
  default void searchFindsOrganizationsAnywhereInALongList() {
    ContractWorld world = ContractWorld.create(this);
    for (int i = 0; i < 120; i++) {
      world.organization(String.format("Filler %03d", i));
    }
    ConsumerOrganization needle = world.organization("Zz Needle Zz");

    assertEquals(List.of(new SearchHit(needle, MatchKind.WORD_PREFIX)), search(world, SearchRequest.of("needle")));
    assertEquals(List.of(new SearchHit(needle, MatchKind.ANYWHERE)), search(world, SearchRequest.of("eedl")));
  }

  @Test
  default void linkedOrganizationsCanBeLeftOut() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    Share other = world.share("other");
    ConsumerOrganization globex = world.organization("Globex");
    ConsumerOrganization globexCorp = world.organization("Globex Corp");
    ConsumerOrganization bigGlobex = world.organization("Big Globex");
    ConsumerOrganization removed = world.organization("Globex Removed");
    world.link(sales, globex, bigGlobex, removed);
    world.link(other, globexCorp);
    world.sdk.shares().removeConsumer(world.alice, sales.id(), removed.id());

    List<SearchHit> hits = search(world, SearchRequest.of("globex").excludingConsumersOf(sales.id()));

    assertEquals(List.of(new SearchHit(globexCorp, MatchKind.PREFIX), new SearchHit(removed, MatchKind.PREFIX)),
        hits);
    assertEquals(4, search(world, SearchRequest.of("globex")).size());
    assertEquals(List.of("Globex Corp", "Globex Removed"),
        names(search(world, SearchRequest.of("").excludingConsumersOf(sales.id()))));
  }

  @Test
  default void leavingOutLinkedOrganizationsStillFillsTheLimit() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    List<ConsumerOrganization> linked = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      linked.add(world.organization(String.format("Globex %02d", i)));
    }
    ConsumerOrganization last = world.organization("Globex 99");
    ConsumerOrganization anywhere = world.organization("MegaGlobex");
    world.link(sales, linked.toArray(ConsumerOrganization[]::new));

    List<SearchHit> hits = search(world, SearchRequest.of("globex").withLimit(2).excludingConsumersOf(sales.id()));

    assertEquals(List.of(new SearchHit(last, MatchKind.PREFIX), new SearchHit(anywhere, MatchKind.ANYWHERE)), hits);
  }

  @Test
  default void leavingOutConsumersOfAnUnknownShareIsNotFound() {
    ContractWorld world = ContractWorld.create(this);
    world.organization("Globex");

    NotFoundException e = assertThrows(NotFoundException.class,
        () -> search(world, SearchRequest.of("glo").excludingConsumersOf(ShareId.of("nope"))));
    assertEquals(ObjectKind.SHARE, e.kind());
  }

  @Test
  default void deletedOrganizationsAreNeverFound() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization gone = world.organization("Globex");
    ConsumerOrganization renamedAway = world.organization("Globex Two");
    ConsumerOrganization kept = world.organization("Globex Kept");
    world.sdk.organizations().delete(world.alice, gone.id());
    world.sdk.organizations().rename(world.alice, renamedAway.id(), 1, "Initech");

    assertEquals(List.of(new SearchHit(kept, MatchKind.PREFIX)), search(world, SearchRequest.of("globex")));
    assertEquals(List.of(kept), organizations(search(world, SearchRequest.of(""))).stream()
        .filter(o -> o.name().startsWith("Globex")).toList());
  }

  @Test
  default void searchSeesOnlyTheActorsProvider() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization ofAlice = world.organization("Globex A");
    world.sdk.organizations().create(world.bob, "Globex B");

    assertEquals(List.of(ofAlice), organizations(search(world, SearchRequest.of("globex"))));
    assertEquals(List.of(), world.sdk.organizations().search(world.carol, SearchRequest.of("globex")));
  }

  @Test
  default void hitsCarryTheWholeCurrentOrganization() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization created = world.organization("Globex");
    ConsumerOrganization renamed = world.sdk.organizations().rename(world.alice, created.id(), 1, "Globex Corp");

    SearchHit hit = search(world, SearchRequest.of("globex corp")).get(0);

    assertEquals(renamed, hit.organization());
    assertEquals(world.sdk.organizations().get(world.alice, created.id()), hit.organization());
  }

  private static List<ConsumerOrganization> organizations(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::organization).toList();
  }
}
