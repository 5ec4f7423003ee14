package org.consumerorgs.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.EventType;
import org.consumerorgs.domain.MatchKind;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.domain.SearchHit;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.error.DuplicateNameException;
import org.consumerorgs.error.InvalidNameException;
import org.consumerorgs.error.NameRule;
import org.consumerorgs.policy.NamingPolicy;
import org.consumerorgs.policy.Policies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names arrive normalised, break no rule, and come back from the store exactly as they went in, whatever characters
 * they hold.
 */
public interface NamingContract extends StorageFactory {

  // ---- normalisation ----

  @Test
  default void leadingAndTrailingWhiteSpaceIsRemoved() {
    ContractWorld world = ContractWorld.create(this);
    assertEquals("Globex", world.organization("   Globex  ").name());
  }

  @Test
  default void innerRunsOfWhiteSpaceBecomeOneSpace() {
    ContractWorld world = ContractWorld.create(this);
    assertEquals("Globex Data Corp", world.organization("Globex    Data  Corp").name());
  }

  @Test
  default void anyUnicodeWhiteSpaceCounts() {
    ContractWorld world = ContractWorld.create(this);
    // no-break space, em space, ideographic space, narrow no-break space, figure space
    ConsumerOrganization org = world.organization("\u00A0Globex\u2003\u3000Data\u202FCorp\u2007\u00A0");
    assertEquals("Globex Data Corp", org.name());
    assertEquals("Globex Data Corp", world.sdk.organizations().get(world.alice, org.id()).name());
  }

  @Test
  default void tabsAreWhiteSpace() {
    ContractWorld world = ContractWorld.create(this);
    assertEquals("Globex Data Corp", world.organization("\tGlobex\t\tData \t Corp\t").name());
  }

  @Test
  default void leadingAndTrailingLineBreaksAreTrimmed() {
    ContractWorld world = ContractWorld.create(this);
    assertEquals("Globex", world.organization("\r\n Globex \n\u2028").name());
  }

  @Test
  default void namesAreStoredInNfc() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization org = world.organization("E\u0301cole Normale"); // E + combining acute
    assertEquals("\u00C9cole Normale", org.name());
    assertEquals("\u00C9cole Normale", world.sdk.organizations().get(world.alice, org.id()).name());
  }

  // ---- length ----

  @Test
  default void twoCharactersAreTooShort() {
    ContractWorld world = ContractWorld.create(this);
    InvalidNameException e = assertThrows(InvalidNameException.class, () -> world.organization("ab"));
    assertEquals(NameRule.TOO_SHORT, e.rule());
    assertEquals("ab", e.rejectedName());
    assertTrue(e.getMessage().contains("longer than 2 characters"), e.getMessage());
  }

  @Test
  default void threeCharactersAreEnough() {
    ContractWorld world = ContractWorld.create(this);
    assertEquals("abc", world.organization("abc").name());
  }

  @Test
  default void whiteSpaceAroundANameDoesNotCountTowardItsLength() {
    ContractWorld world = ContractWorld.create(this);
    InvalidNameException e = assertThrows(InvalidNameException.class, () -> world.organization("   ab \u00A0"));
    assertEquals(NameRule.TOO_SHORT, e.rule());
    assertEquals("   ab \u00A0", e.rejectedName());
  }

  @Test
  default void emptyAndBlankNamesAreTooShort() {
    ContractWorld world = ContractWorld.create(this);
    for (String blank : List.of("", " ", "\u00A0\u3000", "\t")) {
      InvalidNameException e = assertThrows(InvalidNameException.class, () -> world.organization(blank));
      assertEquals(NameRule.TOO_SHORT, e.rule(), "for " + blank.codePoints().boxed().toList());
    }
  }

  @Test
  default void anEmojiCountsAsOneCharacter() {
    ContractWorld world = ContractWorld.create(this);
    // "a" and an emoji are three UTF-16 units but two characters
    InvalidNameException e = assertThrows(InvalidNameException.class, () -> world.organization("a\uD83D\uDE00"));
    assertEquals(NameRule.TOO_SHORT, e.rule());

    assertEquals("ab\uD83D\uDE00", world.organization("ab\uD83D\uDE00").name());
  }

  @Test
  default void twoHundredCharactersAreAllowedAndTwoHundredAndOneAreTooLong() {
    ContractWorld world = ContractWorld.create(this);
    String longest = "x".repeat(200);
    assertEquals(longest, world.organization(longest).name());

    InvalidNameException e = assertThrows(InvalidNameException.class, () -> world.organization("y".repeat(201)));
    assertEquals(NameRule.TOO_LONG, e.rule());
    assertTrue(e.getMessage().contains("200"), e.getMessage());
  }

  @Test
  default void theLongestNameOfFourByteCharactersFitsTheStore() {
    ContractWorld world = ContractWorld.create(this);
    String emoji = "\uD83D\uDE80".repeat(200); // 200 characters, 400 UTF-16 units, 800 bytes of UTF-8
    ConsumerOrganization org = world.organization(emoji);

    assertEquals(emoji, world.sdk.organizations().get(world.alice, org.id()).name());
    assertEquals(List.of(emoji), world.organizationNames(world.alice));
    assertThrows(DuplicateNameException.class, () -> world.organization(emoji));
    InvalidNameException e = assertThrows(InvalidNameException.class, () -> world.organization(emoji + "\uD83D\uDE80"));
    assertEquals(NameRule.TOO_LONG, e.rule());
  }

  @Test
  default void namesAtTheHardMaximumFitTheStore() {
    ContractWorld world = ContractWorld.create(this,
        Policies.defaults().withNaming(NamingPolicy.withLengths(3, NamingPolicy.HARD_MAX_LENGTH)));
    String name = "\u00C9\uD83D\uDE80\u4E2D\u0416".repeat(NamingPolicy.HARD_MAX_LENGTH / 4);
    ConsumerOrganization org = world.organization(name);

    assertEquals(name, world.sdk.organizations().get(world.alice, org.id()).name());
    assertThrows(DuplicateNameException.class, () -> world.organization(name.toLowerCase(Locale.ROOT)));
    List<SearchHit> hits = world.sdk.organizations().search(world.alice, SearchRequest.of(name));
    assertEquals(List.of(new SearchHit(org, MatchKind.EXACT)), hits);
  }

  @Test
  default void namesWhoseFoldedFormIsManyTimesLongerFitTheStore() {
    ContractWorld world = ContractWorld.create(this);
    // U+FDFA is one character whose compatibility form is 18: the keys the store indexes are far longer than the name
    String name = "\uFDFA".repeat(NamingPolicy.DEFAULT_MAX_LENGTH);
    ConsumerOrganization org = world.organization(name);

    assertEquals(name, world.sdk.organizations().get(world.alice, org.id()).name());
    assertThrows(DuplicateNameException.class, () -> world.organization(name));
    assertEquals(List.of(org), world.organizations(world.alice));
  }

  @Test
  default void lengthLimitsFollowTheConfiguredPolicy() {
    ContractWorld world = ContractWorld.create(this,
        Policies.defaults().withNaming(NamingPolicy.withLengths(5, 10)));

    InvalidNameException shortName = assertThrows(InvalidNameException.class, () -> world.organization("abcd"));
    assertEquals(NameRule.TOO_SHORT, shortName.rule());
    assertTrue(shortName.getMessage().contains("longer than 4"), shortName.getMessage());
    InvalidNameException longName = assertThrows(InvalidNameException.class,
        () -> world.organization("abcdefghijk"));
    assertEquals(NameRule.TOO_LONG, longName.rule());
    assertTrue(longName.getMessage().contains("10"), longName.getMessage());
    assertEquals(List.of("abcde", "abcdefghij"),
        List.of(world.organization("abcde").name(), world.organization("abcdefghij").name()));
  }

  // ---- characters a name must not hold ----

  @Test
  default void lineBreaksInsideANameAreRefused() {
    ContractWorld world = ContractWorld.create(this);
    // LF, CR, CR LF, vertical tab, form feed, next line, line separator, paragraph separator
    for (String lineBreak : List.of("\n", "\r", "\r\n", "\u000B", "\u000C", "\u0085", "\u2028", "\u2029")) {
      String raw = "Globex" + lineBreak + "Corp";
      InvalidNameException e = assertThrows(InvalidNameException.class, () -> world.organization(raw));
      assertEquals(NameRule.LINE_BREAK, e.rule(), "for " + lineBreak.codePoints().boxed().toList());
      assertEquals(raw, e.rejectedName());
    }
    assertEquals(List.of(), world.organizations(world.alice));
  }

  @Test
  default void controlCharactersAreRefused() {
    ContractWorld world = ContractWorld.create(this);
    // NUL, BEL, ESC, unit separator, DEL, a C1 control
    for (String control : List.of("\u0000", "\u0007", "\u001B", "\u001F", "\u007F", "\u0090")) {
      InvalidNameException e = assertThrows(InvalidNameException.class,
          () -> world.organization("Glo" + control + "bex"));
      assertEquals(NameRule.CONTROL_CHARACTER, e.rule(), "for " + control.codePoints().boxed().toList());
      assertTrue(e.getMessage().contains("control character"), e.getMessage());
    }
    assertEquals(List.of(), world.organizations(world.alice));
  }

  @Test
  default void controlCharactersAreRefusedEvenAtEitherEnd() {
    ContractWorld world = ContractWorld.create(this);
    // the information separators U+001C..U+001F are controls, not white space: refused, not trimmed away
    for (String raw : List.of("\u0000Globex", "Globex\u0007", "\u001CGlobex", "Globex\u001F")) {
      InvalidNameException e = assertThrows(InvalidNameException.class, () -> world.organization(raw));
      assertEquals(NameRule.CONTROL_CHARACTER, e.rule(), "for " + raw.codePoints().boxed().toList());
    }
  }

  @Test
  default void invisibleAndDirectionChangingCharactersAreRefused() {
    ContractWorld world = ContractWorld.create(this);
    // zero-width space, right-to-left override, left-to-right mark, isolate, soft hyphen, word joiner, BOM
    for (String invisible : List.of("\u200B", "\u202E", "\u200E", "\u2066", "\u00AD", "\u2060", "\uFEFF")) {
      InvalidNameException e = assertThrows(InvalidNameException.class,
          () -> world.organization("Glo" + invisible + "bex"));
      assertEquals(NameRule.INVISIBLE_CHARACTER, e.rule(), "for " + invisible.codePoints().boxed().toList());
      InvalidNameException leading = assertThrows(InvalidNameException.class,
          () -> world.organization(invisible + "Globex"));
      assertEquals(NameRule.INVISIBLE_CHARACTER, leading.rule());
    }
    assertEquals(List.of(), world.organizations(world.alice));
  }

  @Test
  default void joinersAreAllowedBetweenVisibleCharactersOnly() {
    ContractWorld world = ContractWorld.create(this);
    String developers = "\uD83D\uDC69\u200D\uD83D\uDCBB Developers"; // woman technologist: an emoji ZWJ sequence
    String persian = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"; // a word with a zero-width non-joiner
    assertEquals(developers, world.organization(developers).name());
    assertEquals(persian, world.organization(persian).name());

    for (String raw : List.of("Globex\u200D", "\u200CGlobex", "Glo \u200D bex")) {
      InvalidNameException e = assertThrows(InvalidNameException.class, () -> world.organization(raw));
      assertEquals(NameRule.INVISIBLE_CHARACTER, e.rule(), "for " + raw.codePoints().boxed().toList());
    }
  }

  @Test
  default void privateUseCharactersAreRefused() {
    ContractWorld world = ContractWorld.create(this);
    for (String raw : List.of("Globex\uE000", "Globex\uDB80\uDC00")) { // U+E000 and U+F0000
      InvalidNameException e = assertThrows(InvalidNameException.class, () -> world.organization(raw));
      assertEquals(NameRule.PRIVATE_USE_CHARACTER, e.rule());
    }
  }

  @Test
  default void loneSurrogatesAreRefused() {
    ContractWorld world = ContractWorld.create(this);
    for (String raw : List.of("Globex\uD800", "\uDC00Globex", "Glo\uDBFFbex")) {
      InvalidNameException e = assertThrows(InvalidNameException.class, () -> world.organization(raw));
      assertEquals(NameRule.MALFORMED_TEXT, e.rule());
    }
  }

  @Test
  default void namesThatShowNothingAreRefused() {
    ContractWorld world = ContractWorld.create(this);
    // Hangul fillers, braille blank, combining marks alone, variation selectors alone, combining grapheme joiners
    for (String raw : List.of("\u3164\u3164\u3164", "\u115F\u1160\u115F", "\uFFA0\uFFA0\uFFA0",
        "\u2800\u2800\u2800", "\u0301\u0301\u0301", "\uFE0F\uFE0F\uFE0F", "\u034F\u034F\u034F",
        " \u3164 \u2800 ")) {
      InvalidNameException e = assertThrows(InvalidNameException.class, () -> world.organization(raw));
      assertEquals(NameRule.NO_VISIBLE_CHARACTER, e.rule(), "for " + raw.codePoints().boxed().toList());
      assertEquals(raw, e.rejectedName());
    }
    assertEquals(List.of(), world.organizations(world.alice));
  }

  @Test
  default void noncharactersReplacementCharactersAndKhmerInherentVowelsAreRefused() {
    ContractWorld world = ContractWorld.create(this);
    Map<String, NameRule> cases = Map.of(
        "\uFFFE", NameRule.NONCHARACTER,
        "\uFFFF", NameRule.NONCHARACTER,
        "\uFDD0", NameRule.NONCHARACTER,
        "\uD83F\uDFFF", NameRule.NONCHARACTER, // U+1FFFF
        "\uDBFF\uDFFE", NameRule.NONCHARACTER, // U+10FFFE
        "\uFFFC", NameRule.REPLACEMENT_CHARACTER,
        "\uFFFD", NameRule.REPLACEMENT_CHARACTER,
        "\u17B4", NameRule.INVISIBLE_CHARACTER,
        "\u17B5", NameRule.INVISIBLE_CHARACTER);
    cases.forEach((character, rule) -> {
      for (String raw : List.of(character.repeat(3), "Glo" + character + "bex", character + " Globex")) {
        InvalidNameException e = assertThrows(InvalidNameException.class, () -> world.organization(raw));
        assertEquals(rule, e.rule(), "for " + raw.codePoints().boxed().toList());
      }
    });
    assertEquals(List.of(), world.organizations(world.alice));
  }

  @Test
  default void defaultIgnorableCharactersDoNotMakeANameUnique() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization globex = world.organization("Globex");
    // combining grapheme joiner, variation selectors, a Hangul filler, a supplementary variation selector
    for (String lookalike : List.of("Glo\u034Fbex", "Glo\uFE00bex", "Globex\uFE0F", "Glo\u3164bex",
        "GLO\uDB40\uDD00BEX")) {
      DuplicateNameException e = assertThrows(DuplicateNameException.class, () -> world.organization(lookalike),
          () -> "for " + lookalike.codePoints().boxed().toList());
      assertEquals(Optional.of(globex.id()), e.existingOrganizationId());
    }
    assertEquals(List.of(globex), world.organizations(world.alice));
  }

  @Test
  default void aDefaultIgnorableInsideANameIsKeptAndDoesNotStopSearch() {
    ContractWorld world = ContractWorld.create(this);
    String name = "Glo\u034Fbex Data";
    ConsumerOrganization org = world.organization(name);

    assertEquals(name, world.sdk.organizations().get(world.alice, org.id()).name());
    assertEquals(List.of(new SearchHit(org, MatchKind.EXACT)),
        world.sdk.organizations().search(world.alice, SearchRequest.of("globex data")));
    assertEquals(List.of(new SearchHit(org, MatchKind.PREFIX)),
        world.sdk.organizations().search(world.alice, SearchRequest.of("Glo\uFE0Fbex")));
    // accents on a visible letter are not "nothing visible"
    assertEquals("Zo\u00EB Acme", world.organization("Zoe\u0308 Acme").name());
  }

  @Test
  default void everyRefusalSaysWhatIsWrongInWords() {
    ContractWorld world = ContractWorld.create(this);
    Map<String, NameRule> cases = Map.of(
        "ab", NameRule.TOO_SHORT,
        "z".repeat(201), NameRule.TOO_LONG,
        "a\nb c", NameRule.LINE_BREAK,
        "a\u0007bc", NameRule.CONTROL_CHARACTER,
        "a\u200Bbc", NameRule.INVISIBLE_CHARACTER,
        "a\uE000bc", NameRule.PRIVATE_USE_CHARACTER,
        "a\uD800bc", NameRule.MALFORMED_TEXT,
        "\u3164\u3164\u3164", NameRule.NO_VISIBLE_CHARACTER,
        "a\uFFFFbc", NameRule.NONCHARACTER,
        "a\uFFFDbc", NameRule.REPLACEMENT_CHARACTER);
    cases.forEach((raw, rule) -> {
      InvalidNameException e = assertThrows(InvalidNameException.class, () -> world.organization(raw));
      assertEquals(rule, e.rule());
      assertEquals(raw, e.rejectedName());
      String message = e.getMessage();
      assertTrue(message.startsWith("The name "), message);
      assertFalse(message.contains("Exception") || message.contains("null"), message);
    });
  }

  @Test
  default void renameFollowsTheSameRules() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization org = world.organization("Globex");

    InvalidNameException e = assertThrows(InvalidNameException.class,
        () -> world.sdk.organizations().rename(world.alice, org.id(), 1, " ab "));
    assertEquals(NameRule.TOO_SHORT, e.rule());
    InvalidNameException f = assertThrows(InvalidNameException.class,
        () -> world.sdk.organizations().rename(world.alice, org.id(), 1, "Glo\u202Ebex"));
    assertEquals(NameRule.INVISIBLE_CHARACTER, f.rule());
    assertEquals(org, world.sdk.organizations().get(world.alice, org.id()));

    assertEquals("Globex Corp",
        world.sdk.organizations().rename(world.alice, org.id(), 1, "\u3000Globex\t Corp ").name());
  }

  // ---- names round-trip exactly through the store ----

  @ParameterizedTest
  @ValueSource(strings = {
      "Caf\u00E9 \uD83D\uDE80 Rocket",
      "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66 Family Office",
      "O'Brien & \"Sons\"",
      "Back\\slash \\\\ Corp\\",
      "100% _Pure_ Data",
      "Robert'); DROP TABLE organizations;--",
      "a%b_c*d?e[f]g^h$i{j}k|l",
      "NULL",
      "\u0634\u0631\u0643\u0629 \u0627\u0644\u0628\u064A\u0627\u0646\u0627\u062A",
      "\u05D7\u05D1\u05E8\u05EA \u05E0\u05EA\u05D5\u05E0\u05D9\u05DD Ltd",
      "\u682A\u5F0F\u4F1A\u793E\u30C7\u30FC\u30BF",
      "q\u0323\u0307 Labs",
      "\u1E9B\u0323 Old Spelling",
      "Z\u00FC\u0308rich \u0130stanbul",
      "\uD835\uDD09\uD835\uDD2F\uD835\uDD1E\uD835\uDD28\uD835\uDD31\uD835\uDD32\uD835\uDD2F Maths",
      "\u2764\uFE0F Hearts",
      "Grapheme\u034FJoiner"
  })
  default void namesRoundTripExactly(String name) {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization org = world.organization(name);

    assertEquals(name, org.name());
    assertEquals(name, world.sdk.organizations().get(world.alice, org.id()).name());
    assertEquals(List.of(name), world.organizationNames(world.alice));
    assertEquals(List.of(new SearchHit(org, MatchKind.EXACT)),
        world.sdk.organizations().search(world.alice, SearchRequest.of(name)));
    RecordedEvent created = world.events(world.alice).get(1);
    assertEquals(EventType.ORGANIZATION_CREATED, created.event().type());
    assertEquals(name, created.event().after().get("name"));
    assertEquals(Optional.of(org.id()),
        assertThrows(DuplicateNameException.class, () -> world.organization(name)).existingOrganizationId());
  }
}
