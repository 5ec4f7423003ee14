package org.consumerorgs.policy;

import static org.consumerorgs.testing.Texts.describe;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.consumerorgs.error.InvalidNameException;
import org.consumerorgs.error.NameRule;
import org.consumerorgs.testing.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A name must show something, and must not hold characters that stand for no character at all. The sweeps over
 * every code point take ICU4J's view of the character properties, so that the rules are checked against the
 * standard rather than against the JDK properties the policy itself uses.
 */
class NamesThatShowNothingTest {
  private static final NamingPolicy NAMING = NamingPolicy.defaults();

  static Stream<Arguments> namesThatShowNothing() {
    return Stream.of(
        Arguments.of("\u3164\u3164\u3164", "Hangul fillers"),
        Arguments.of("\u115F\u1160\u115F", "Hangul choseong and jungseong fillers"),
        Arguments.of("\uFFA0\uFFA0\uFFA0", "half-width Hangul fillers"),
        Arguments.of("\u2800\u2800\u2800", "braille blank"),
        Arguments.of("\u0301\u0301\u0301", "combining acute accents alone"),
        Arguments.of("\u20DD\u20DD\u20DD", "enclosing circles alone"),
        Arguments.of("\uFE0F\uFE0F\uFE0F", "emoji variation selectors alone"),
        Arguments.of("\uFE00\uFE01\uFE02", "variation selectors alone"),
        Arguments.of("\uDB40\uDD00\uDB40\uDD01\uDB40\uDD02", "supplementary variation selectors alone"),
        Arguments.of("\u034F\u034F\u034F", "combining grapheme joiners"),
        Arguments.of("\u180B\u180C\u180D", "Mongolian free variation selectors"),
        Arguments.of("\uD834\uDD59\uD834\uDD59\uD834\uDD59", "musical null noteheads"),
        Arguments.of(" \u3164 \u2800 \u0301 ", "fillers, blanks and a mark between spaces"),
        Arguments.of("\u3164", "one filler, also too short"),
        Arguments.of("\u3164\u0301\uFE0F\u034F\u2800", "a mix of all of them"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("namesThatShowNothing")
  void aNameThatShowsNothingIsRefused(String raw, String what) {
    InvalidNameException e = assertRejected(NameRule.NO_VISIBLE_CHARACTER, raw);
    assertTrue(e.getMessage().contains("no visible character"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Caf\u00E9", "Cafe\u0301", "e\u0301\u0300\u0302", "\u2764\uFE0F Fans", "Glo\u034Fbex",
      "Acme\u3164Corp", "\u2800Acme", "\u0915\u094D\u0937", "Han \u1100\u1161\u11A8", "\u115F\u1161\u11A8"})
  void aNameWithOneVisibleCharacterIsAcceptedWithWhateverShowsNothingBesideIt(String raw) {
    // accents and variation selectors on a base, a conjunct with a virama, Hangul jamo with a leading filler
    assertEquals(Texts.characters(raw.strip()), Texts.characters(NAMING.check(raw).value()), () -> describe(raw));
  }

  @Test
  void joinersStillCarryEmojiSequencesWithVariationSelectors() {
    String heartOnFire = "\u2764\uFE0F\u200D\uD83D\uDD25"; // the joiner follows a variation selector
    String rainbowFlag = "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08";
    assertEquals(heartOnFire + " Club", NAMING.check(heartOnFire + " Club").value());
    assertEquals(rainbowFlag, NAMING.check(rainbowFlag).value());
  }

  @Test
  void everyNoncharacterIsRefusedWhereverItStands() {
    List<Integer> noncharacters = IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
        .filter(cp -> UCharacter.hasBinaryProperty(cp, UProperty.NONCHARACTER_CODE_POINT)).boxed().toList();
    // U+FDD0..U+FDEF and the last two code points of each of the 17 planes
    assertEquals(32 + 2 * 17, noncharacters.size());
    for (int cp : noncharacters) {
      String c = Texts.string(cp);
      assertAll(describe(c),
          () -> assertRejected(NameRule.NONCHARACTER, c + c + c),
          () -> assertRejected(NameRule.NONCHARACTER, "Ac" + c + "me"),
          () -> assertRejected(NameRule.NONCHARACTER, "Acme " + c));
    }
    InvalidNameException e = assertRejected(NameRule.NONCHARACTER, "Ac\uFFFEme");
    assertEquals("The name contains a noncharacter (U+FFFE) at character 3; Unicode reserves it for programs, never"
        + " for text.", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {0xFFFC, 0xFFFD})
  void replacementCharactersAreRefusedWhereverTheyStand(int cp) {
    String c = Texts.string(cp);
    assertRejected(NameRule.REPLACEMENT_CHARACTER, c + c + c);
    assertRejected(NameRule.REPLACEMENT_CHARACTER, c + " Replacement");
    InvalidNameException e = assertRejected(NameRule.REPLACEMENT_CHARACTER, "Ac" + c + "me");
    assertTrue(e.getMessage().contains("replacement character (U+" + Integer.toHexString(cp).toUpperCase()),
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {0x17B4, 0x17B5})
  void theKhmerInherentVowelsAreInvisibleCharactersWhereverTheyStand(int cp) {
    String c = Texts.string(cp);
    assertRejected(NameRule.INVISIBLE_CHARACTER, c + c + c);
    assertRejected(NameRule.INVISIBLE_CHARACTER, "\u1780" + c + "\u1781\u1782"); // after Khmer consonants
    assertRejected(NameRule.INVISIBLE_CHARACTER, "Acme" + c);
  }

  @Test
  void threeOfAnyDefaultIgnorableCodePointNeverMakeAName() {
    // format characters are refused one by one, the others (fillers, marks, selectors, reserved) for showing nothing
    List<String> accepted = new ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
        String c = Texts.string(cp);
        NameRule rule = assertThrows(InvalidNameException.class, () -> NAMING.check(c + c + c)).rule();
        NameRule expected = Character.getType(cp) == Character.FORMAT || cp == 0x17B4 || cp == 0x17B5
            ? NameRule.INVISIBLE_CHARACTER : NameRule.NO_VISIBLE_CHARACTER;
        if (rule != expected) {
          accepted.add(String.format("U+%04X: %s", cp, rule));
        }
      }
    }
    assertEquals(List.of(), accepted);
  }

  @Test
  void threeOfAnyNonSpacingOrEnclosingMarkNeverMakeAName() {
    List<String> wrong = new ArrayList<>();
    int marks = 0;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      int type = UCharacter.getType(cp);
      // a mark newer than the JDK is a character the JDK cannot know; it is given the benefit (see NameFolding)
      if ((type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.ENCLOSING_MARK)
          && Character.getType(cp) != Character.UNASSIGNED) {
        marks++;
        String c = Texts.string(cp);
        NameRule rule = assertThrows(InvalidNameException.class, () -> NAMING.check(c + c + c)).rule();
        NameRule expected = cp == 0x17B4 || cp == 0x17B5 ? NameRule.INVISIBLE_CHARACTER
            : NameRule.NO_VISIBLE_CHARACTER;
        if (rule != expected) {
          wrong.add(String.format("U+%04X: %s", cp, rule));
        }
      }
    }
    assertTrue(marks > 1_500, "only " + marks + " marks");
    assertEquals(List.of(), wrong);
  }

  @Test
  void aMarkOnAVisibleBaseIsAnAccentAndAllowed() {
    List<String> refused = new ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      int type = Character.getType(cp);
      if ((type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) && cp != 0x17B4 && cp != 0x17B5) {
        String raw = "Acme" + Texts.string(cp);
        try {
          NAMING.check(raw);
        } catch (InvalidNameException e) {
          refused.add(describe(raw) + ": " + e.rule());
        }
      }
    }
    assertEquals(List.of(), refused);
  }

  private static InvalidNameException assertRejected(NameRule rule, String raw) {
    InvalidNameException e = assertThrows(InvalidNameException.class, () -> NAMING.check(raw),
        () -> describe(raw) + " should break " + rule);
    assertEquals(rule, e.rule(), () -> describe(raw) + ": " + e.getMessage());
    assertEquals(raw, e.rejectedName());
    return e;
  }
}
