package org.consumerorgs.policy;

import static org.consumerorgs.testing.Texts.describe;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.consumerorgs.domain.NormalizedName;
import org.consumerorgs.error.InvalidNameException;
import org.consumerorgs.error.NameRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamingPolicyTest {
  private static final NamingPolicy NAMING = NamingPolicy.defaults();

  @Test
  void defaultNamesAreLongerThanTwoAndAtMost200Characters() {
    assertEquals(3, NAMING.minLength());
    assertEquals(200, NAMING.maxLength());
  }

  static Stream<Arguments> whiteSpaceVariants() {
    return Stream.of(
        Arguments.of("Acme Corp", "Acme Corp"),
        Arguments.of("   Acme    Corp   ", "Acme Corp"),
        Arguments.of("\u00A0Acme\u00A0\u00A0Corp\u00A0", "Acme Corp"),
        Arguments.of("\u2003Acme\u2003Corp\u2003", "Acme Corp"),
        Arguments.of("\u3000Acme\u3000Corp\u3000", "Acme Corp"),
        Arguments.of("\tAcme Corp\t", "Acme Corp"),
        Arguments.of("Acme \u00A0\u2003\u3000\u202F\u205F\u1680 Corp", "Acme Corp"),
        Arguments.of("Acme\u2000\u2001\u2002\u2004\u2005\u2006\u2007\u2008\u2009\u200ACorp", "Acme Corp"));
  }

  @ParameterizedTest
  @MethodSource("whiteSpaceVariants")
  void anyUnicodeWhiteSpaceIsTrimmedAndCollapsedToOneAsciiSpace(String raw, String expected) {
    assertEquals(expected, NAMING.check(raw).value(), () -> describe(raw));
  }

  @Test
  void anInnerTabIsWhiteSpaceAndBecomesOneSpace() {
    // A name pasted from a spreadsheet cell: the tab is white space.
    assertEquals("Acme Corp", NAMING.check("Acme\tCorp").value());
    assertEquals("Acme Corp", NAMING.check("Acme \t Corp").value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\nAcme\n", "\r\nAcme\r\n", "\u2028Acme\u2029", "\u0085Acme\u0085", "\u000BAcme\u000C",
      " \n\t Acme \r\n "})
  void leadingAndTrailingLineBreaksAreTrimmed(String raw) {
    assertEquals("Acme", NAMING.check(raw).value(), () -> describe(raw));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Acme\nCorp", "Acme\rCorp", "Acme\r\nCorp", "Acme\u2028Corp", "Acme\u2029Corp",
      "Acme\u0085Corp", "Acme\u000BCorp", "Acme\u000CCorp", "Acme \n Corp"})
  void aLineBreakInsideIsRefused(String raw) {
    assertRejected(NameRule.LINE_BREAK, raw);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ac\u0000me", "Ac\u0007me", "Ac\u0008me", "Ac\u001Bme", "Ac\u007Fme", "Ac\u0080me",
      "Ac\u009Fme", "Ac\u001Cme", "\u0000Acme", "Acme\u007F", "Acme\u0007"})
  void controlCharactersAreRefused(String raw) {
    assertRejected(NameRule.CONTROL_CHARACTER, raw);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u001CAcme", "Acme\u001D", "Acme\u001E", "\u001FAcme\u001F"})
  void informationSeparatorsAreControlCharactersEvenAtTheEnds(String raw) {
    // U+001C..U+001F are control characters, not Unicode white space (Java's isWhitespace says otherwise).
    assertRejected(NameRule.CONTROL_CHARACTER, raw);
  }

  @ParameterizedTest
  @ValueSource(ints = {0x200B, 0x202E, 0x202D, 0x2066, 0x2067, 0x2069, 0x00AD, 0xFEFF, 0x200E, 0x200F, 0x2060,
      0x061C, 0x180E, 0xE0041})
  void invisibleAndDirectionChangingCharactersAreRefusedAnywhere(int codePoint) {
    String c = new String(Character.toChars(codePoint));
    assertAll(
        () -> assertRejected(NameRule.INVISIBLE_CHARACTER, "Ac" + c + "me"),
        () -> assertRejected(NameRule.INVISIBLE_CHARACTER, c + "Acme"),
        () -> assertRejected(NameRule.INVISIBLE_CHARACTER, "Acme" + c),
        () -> assertRejected(NameRule.INVISIBLE_CHARACTER, " " + c + " Acme"));
  }

  @Test
  void aZeroWidthJoinerInsideAnEmojiSequenceIsAccepted() {
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; // 👨‍👩‍👧
    assertEquals(family, NAMING.check(family).value());
    assertEquals("Team " + family, NAMING.check("  Team  " + family + " ").value());
  }

  @Test
  void aZeroWidthNonJoinerBetweenPersianLettersIsAccepted() {
    String persian = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"; // می‌خواهم
    assertEquals(persian, NAMING.check(persian).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u200DAcme", "Acme\u200D", "Acme \u200DCorp", "Acme\u200D Corp", "\u200CAcme",
      "Acme\u200C", "Acme \u200C Corp", "Ac\u200D\u200Dme", "  \u200DAcme  ", "Acme\u200D\u00A0Corp"})
  void aJoinerAtAnEndOrNextToWhiteSpaceIsRefused(String raw) {
    assertRejected(NameRule.INVISIBLE_CHARACTER, raw);
  }

  @ParameterizedTest
  @ValueSource(ints = {0xE000, 0xF8FF, 0xF0000, 0xFFFFD, 0x100000, 0x10FFFD})
  void privateUseCharactersAreRefused(int codePoint) {
    String c = new String(Character.toChars(codePoint));
    assertRejected(NameRule.PRIVATE_USE_CHARACTER, "Ac" + c + "me");
    assertRejected(NameRule.PRIVATE_USE_CHARACTER, "Acme" + c);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ab\uD800c", "abc\uDC00", "\uDBFFabc", "ab\uDC00\uD800c"})
  void aLoneSurrogateIsMalformedText(String raw) {
    assertRejected(NameRule.MALFORMED_TEXT, raw);
  }

  @Test
  void lengthIsCountedInCodePointsSoAnEmojiIsOneCharacter() {
    assertEquals("ab\uD83D\uDE00", NAMING.check("ab\uD83D\uDE00").value()); // ab😀: 3 characters, 4 UTF-16 units
    InvalidNameException tooShort = assertRejected(NameRule.TOO_SHORT, "a\uD83D\uDE00"); // a😀: 2 characters
    assertTrue(tooShort.getMessage().contains("has 2"), tooShort.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "ab", " ab ", "\u00A0a\u3000\u00A0", "\n\n", "\u3000ab\u2003"})
  void aNameOfTwoCharactersOrFewerIsTooShort(String raw) {
    assertRejected(NameRule.TOO_SHORT, raw);
  }

  @Test
  void threeCharactersAreEnough() {
    assertEquals("abc", NAMING.check("abc").value());
    assertEquals("a b", NAMING.check(" a \u2003 b ").value());
  }

  @Test
  void theDefaultMaximumIs200CodePoints() {
    String emoji = "\uD83D\uDE00";
    assertEquals(200, NAMING.check("a".repeat(200)).value().length());
    assertRejected(NameRule.TOO_LONG, "a".repeat(201));
    assertEquals(400, NAMING.check(emoji.repeat(200)).value().length(), "200 emoji are 200 characters");
    assertRejected(NameRule.TOO_LONG, emoji.repeat(201));
    assertEquals(200, NAMING.check("  " + "a".repeat(200) + "\u3000").value().length(),
        "trimmed white space does not count");
  }

  @Test
  void lengthsAreConfigurableAndCountedInCodePoints() {
    NamingPolicy policy = NamingPolicy.withLengths(2, 5);
    String emoji = "\uD83D\uDE00";
    assertEquals(2, policy.minLength());
    assertEquals(5, policy.maxLength());
    assertEquals("a" + emoji, policy.check("a" + emoji).value());
    assertEquals(emoji.repeat(5), policy.check(emoji.repeat(5)).value());
    assertRejected(policy, NameRule.TOO_LONG, emoji.repeat(6));
    assertRejected(policy, NameRule.TOO_SHORT, "a");
    // five letters written with combining accents are five characters once composed
    assertEquals("\u00E9".repeat(5), policy.check("e\u0301".repeat(5)).value());
    InvalidNameException tooLong = assertRejected(policy, NameRule.TOO_LONG, "abcdef");
    assertTrue(tooLong.getMessage().contains("at most 5 characters"), tooLong.getMessage());
  }

  @Test
  void impossibleLengthsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> NamingPolicy.withLengths(0, 10));
    assertThrows(IllegalArgumentException.class, () -> NamingPolicy.withLengths(5, 4));
    assertThrows(IllegalArgumentException.class,
        () -> NamingPolicy.withLengths(1, NamingPolicy.HARD_MAX_LENGTH + 1));
    assertEquals(NamingPolicy.HARD_MAX_LENGTH, NamingPolicy.withLengths(1, NamingPolicy.HARD_MAX_LENGTH).maxLength());
    assertEquals(1, NamingPolicy.withLengths(1, 1).check("x").value().length());
  }

  @Test
  void theValueIsInNfc() {
    assertEquals("Caf\u00E9", NAMING.check("Cafe\u0301").value());
    assertEquals("\u00C5ngstr\u00F6m", NAMING.check("A\u030Angstro\u0308m").value());
    assertEquals("\u00E9", NamingPolicy.withLengths(1, 5).check("e\u0301").value());
  }

  @Test
  void theNormalizedNameCarriesItsUniquenessAndSearchKeys() {
    NormalizedName fullWidth = NAMING.check("  \uFF21\uFF23\uFF2D\uFF25\u3000Caf\u00E9 ");
    NormalizedName plain = NAMING.check("acme caf\u00E9");
    assertEquals("\uFF21\uFF23\uFF2D\uFF25 Caf\u00E9", fullWidth.value());
    assertEquals(plain.uniquenessKey(), fullWidth.uniquenessKey());
    assertEquals("acme caf\u00E9", fullWidth.uniquenessKey());
    assertEquals("acme cafe", fullWidth.searchKey());
    assertNotEquals(NAMING.check("Acme Cafe").uniquenessKey(), fullWidth.uniquenessKey(),
        "an accent makes another name");
  }

  static Stream<Arguments> everyRule() {
    return Stream.of(
        Arguments.of("ab", NameRule.TOO_SHORT, "longer than 2 characters"),
        Arguments.of("   ", NameRule.TOO_SHORT, "longer than 2 characters"),
        Arguments.of("x".repeat(201), NameRule.TOO_LONG, "at most 200 characters"),
        Arguments.of("Acme\nCorp", NameRule.LINE_BREAK, "single line"),
        Arguments.of("Ac\u0007me", NameRule.CONTROL_CHARACTER, "control character"),
        Arguments.of("Ac\u202Eme", NameRule.INVISIBLE_CHARACTER, "invisible or direction-changing character"),
        Arguments.of("Ac\u200Bme", NameRule.INVISIBLE_CHARACTER, "invisible or direction-changing character"),
        Arguments.of("Ac\uE000me", NameRule.PRIVATE_USE_CHARACTER, "private-use character"),
        Arguments.of("Ac\uD800me", NameRule.MALFORMED_TEXT, "broken character"),
        Arguments.of("\u3164\u3164\u3164", NameRule.NO_VISIBLE_CHARACTER, "no visible character"),
        Arguments.of("\u0301\u0301\u0301", NameRule.NO_VISIBLE_CHARACTER, "no visible character"),
        Arguments.of("Ac\uFFFFme", NameRule.NONCHARACTER, "noncharacter"),
        Arguments.of("Ac\uFFFDme", NameRule.REPLACEMENT_CHARACTER, "replacement character"),
        Arguments.of("Ac\u17B4me", NameRule.INVISIBLE_CHARACTER, "invisible or direction-changing character"));
  }

  @ParameterizedTest
  @MethodSource("everyRule")
  void everyRejectionSaysInWordsWhichRuleFailed(String raw, NameRule rule, String subject) {
    InvalidNameException e = assertRejected(rule, raw);
    String message = e.getMessage();
    assertAll(
        () -> assertFalse(message.isBlank(), "message is empty"),
        () -> assertTrue(message.startsWith("The name "), message),
        () -> assertTrue(message.endsWith("."), message),
        () -> assertTrue(message.contains(subject), () -> message + " does not mention " + subject),
        () -> assertTrue(message.codePoints().allMatch(NamingPolicyTest::isShowable),
            () -> "message has a character a user cannot see: " + describe(message)),
        () -> assertEquals(raw, e.rejectedName(), "the rejected name is the one given, before normalisation"));
  }

  @Test
  void everyRuleHasACaseAbove() {
    assertEquals(EnumSet.allOf(NameRule.class),
        everyRule().map(arguments -> (NameRule) arguments.get()[1]).collect(Collectors.toCollection(
            () -> EnumSet.noneOf(NameRule.class))));
  }

  @Test
  void aNullNameIsAProgrammingError() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> NAMING.check(null));
    assertTrue(e.getMessage().contains("name"), e.getMessage());
  }

  private static boolean isShowable(int cp) {
    int type = Character.getType(cp);
    return type != Character.CONTROL && type != Character.FORMAT && type != Character.PRIVATE_USE
        && type != Character.SURROGATE && type != Character.UNASSIGNED;
  }

  private static InvalidNameException assertRejected(NameRule rule, String raw) {
    return assertRejected(NAMING, rule, raw);
  }

  private static InvalidNameException assertRejected(NamingPolicy policy, NameRule rule, String raw) {
    InvalidNameException e = assertThrows(InvalidNameException.class, () -> policy.check(raw),
        () -> describe(raw) + " should break " + rule);
    assertEquals(rule, e.rule(), () -> describe(raw) + ": " + e.getMessage());
    return e;
  }
}
