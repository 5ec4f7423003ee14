package org.consumerorgs.policy;

import static org.consumerorgs.testing.Texts.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.consumerorgs.domain.NormalizedName;
import org.consumerorgs.error.InvalidNameException;
import org.consumerorgs.error.NameRule;
import org.consumerorgs.testing.Texts;

class NamingPolicyProperties {
  private static final NamingPolicy NAMING = NamingPolicy.defaults();

  /** Every format character (Cf) of the JDK's Unicode version except the two joiners, which may be allowed. */
  private static final List<Integer> FORMAT_CHARACTERS = IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
      .filter(cp -> Character.getType(cp) == Character.FORMAT && cp != 0x200C && cp != 0x200D)
      .boxed().toList();

  @Property
  void normalisingTwiceChangesNothing(@ForAll("anyName") String raw) {
    Optional<NormalizedName> once = tryCheck(raw);
    Statistics.label("valid").collect(once.isPresent());
    Statistics.label("valid").coverage(c -> c.check(true).percentage(p -> p > 30));
    once.ifPresent(name -> {
      NormalizedName twice = NAMING.check(name.value());
      assertEquals(name.value(), twice.value(), () -> describe(raw));
      assertEquals(name.uniquenessKey(), twice.uniquenessKey(), () -> describe(raw));
      assertEquals(name.searchKey(), twice.searchKey(), () -> describe(raw));
    });
  }

  @Property
  void aValidNameHasOnlySingleAsciiSpacesInsideAndNoneAtTheEnds(@ForAll("anyName") String raw) {
    tryCheck(raw).ifPresent(name -> {
      String value = name.value();
      assertFalse(value.startsWith(" ") || value.endsWith(" "), () -> describe(value));
      assertFalse(value.contains("  "), () -> describe(value));
      assertTrue(value.codePoints().noneMatch(cp -> cp != ' ' && (Character.isWhitespace(cp)
          || Character.isSpaceChar(cp) || cp == 0x85)), () -> "other white space left in " + describe(value));
    });
  }

  @Property
  void aValidNameIsBetweenTheLimitsCountedInCodePoints(@ForAll("anyName") String raw) {
    tryCheck(raw).ifPresent(name -> {
      int length = name.value().codePointCount(0, name.value().length());
      assertTrue(length >= 3 && length <= 200, () -> length + " code points: " + describe(name.value()));
    });
  }

  @Property
  void anyWhiteSpaceAroundAndBetweenWordsGivesTheSameName(@ForAll("spacedNames") Spaced spaced) {
    assertEquals(NAMING.check(spaced.canonical()).value(), NAMING.check(spaced.raw()).value(),
        () -> describe(spaced.raw()));
  }

  @Property
  void aForbiddenCharacterIsRefusedWhereverItIsInserted(@ForAll("namesWithoutJoiners") String name,
      @ForAll("forbiddenCharacters") int forbidden, @ForAll @IntRange(min = 0, max = 1000) int position) {
    String raw = Texts.insertAtCodePoint(name, position, Texts.string(forbidden));
    InvalidNameException e = assertThrows(InvalidNameException.class, () -> NAMING.check(raw),
        () -> describe(raw) + " was accepted");
    assertEquals(expectedRule(forbidden), e.rule(), () -> describe(raw) + ": " + e.getMessage());
  }

  @Property
  void aNameOfCharactersThatShowNothingIsRefusedWhateverTheirNumber(@ForAll("showNothing") List<Integer> blanks) {
    String raw = Texts.fromCodePoints(blanks);
    InvalidNameException e = assertThrows(InvalidNameException.class, () -> NAMING.check(raw),
        () -> describe(raw) + " was accepted");
    assertEquals(NameRule.NO_VISIBLE_CHARACTER, e.rule(), () -> describe(raw) + ": " + e.getMessage());
  }

  @Property
  void oneVisibleCharacterAmongThemMakesAName(@ForAll("showNothing") List<Integer> blanks,
      @ForAll("visibleCharacters") List<String> visible, @ForAll @IntRange(min = 0, max = 1000) int position) {
    String letters = String.join("", visible);
    Assume.that(Texts.characters(letters) >= 1);
    String raw = Texts.insertAtCodePoint(Texts.fromCodePoints(blanks), position, letters);
    Assume.that(Texts.characters(Whitespace.collapse(raw)) >= 3 && Texts.characters(raw) <= 200);
    assertTrue(tryCheck(raw).isPresent(), () -> describe(raw) + " was refused");
  }

  @Property
  void aLoneSurrogateIsRefusedWhereverItIsInserted(@ForAll("plainNames") String name,
      @ForAll @IntRange(min = 0xD800, max = 0xDFFF) int surrogate, @ForAll @IntRange(min = 0, max = 1000) int position) {
    String raw = Texts.insertAtCodePoint(name, position, String.valueOf((char) surrogate));
    InvalidNameException e = assertThrows(InvalidNameException.class, () -> NAMING.check(raw),
        () -> describe(raw) + " was accepted");
    assertEquals(NameRule.MALFORMED_TEXT, e.rule(), () -> describe(raw) + ": " + e.getMessage());
  }

  @Property
  void aLineBreakInsideIsRefusedAndAtTheEndsIsTrimmed(@ForAll("namesWithoutJoiners") String name,
      @ForAll("lineBreaks") int lineBreak, @ForAll @IntRange(min = 0, max = 1000) int position) {
    int length = name.codePointCount(0, name.length());
    int at = position % (length + 1);
    String raw = Texts.insertAtCodePoint(name, at, Texts.string(lineBreak));
    if (at == 0 || at == length) {
      assertEquals(NAMING.check(name).value(), NAMING.check(raw).value(), () -> describe(raw));
    } else {
      InvalidNameException e = assertThrows(InvalidNameException.class, () -> NAMING.check(raw),
          () -> describe(raw) + " was accepted");
      assertEquals(NameRule.LINE_BREAK, e.rule(), () -> describe(raw));
    }
  }

  @Property
  void emojiCountAsOneCharacterEach(@ForAll @IntRange(min = 1, max = 210) int count,
      @ForAll @IntRange(min = 0x1F600, max = 0x1F64F) int emoji) {
    String raw = Texts.string(emoji).repeat(count);
    if (count >= 3 && count <= 200) {
      assertEquals(raw, NAMING.check(raw).value());
    } else {
      NameRule expected = count < 3 ? NameRule.TOO_SHORT : NameRule.TOO_LONG;
      assertEquals(expected, assertThrows(InvalidNameException.class, () -> NAMING.check(raw)).rule());
    }
  }

  @Property
  void configuredLengthsAreCountedInCodePoints(@ForAll @IntRange(min = 1, max = 10) int min,
      @ForAll @IntRange(min = 0, max = 40) int extra, @ForAll("visibleCharacters") List<String> characters) {
    NamingPolicy policy = NamingPolicy.withLengths(min, min + extra);
    String raw = String.join("", characters);
    int length = characters.size();
    Optional<NormalizedName> checked = tryCheck(policy, raw);
    if (length < min) {
      assertTrue(checked.isEmpty(), () -> describe(raw) + " is shorter than " + min);
    } else if (length > min + extra) {
      assertTrue(checked.isEmpty(), () -> describe(raw) + " is longer than " + (min + extra));
    } else {
      assertTrue(checked.isPresent(), () -> describe(raw) + " has " + length + " characters");
    }
  }

  @Property
  void everyRejectionHasAMessageAHostCanShow(@ForAll("anyName") String raw) {
    try {
      NAMING.check(raw);
    } catch (InvalidNameException e) {
      String message = e.getMessage();
      assertTrue(message != null && message.startsWith("The name ") && message.endsWith("."),
          () -> describe(raw) + ": " + message);
      assertTrue(message.codePoints().allMatch(cp -> Character.getType(cp) != Character.CONTROL
          && Character.getType(cp) != Character.SURROGATE && Character.getType(cp) != Character.PRIVATE_USE),
          () -> "unreadable message " + describe(message));
      assertEquals(raw, e.rejectedName());
    }
  }

  private static NameRule expectedRule(int cp) {
    if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
      return NameRule.NONCHARACTER;
    }
    if (cp == 0xFFFC || cp == 0xFFFD) {
      return NameRule.REPLACEMENT_CHARACTER;
    }
    return switch (Character.getType(cp)) {
      case Character.CONTROL -> NameRule.CONTROL_CHARACTER;
      case Character.FORMAT -> NameRule.INVISIBLE_CHARACTER;
      case Character.PRIVATE_USE -> NameRule.PRIVATE_USE_CHARACTER;
      default -> throw new AssertionError("not a forbidden character: " + cp);
    };
  }

  private static Optional<NormalizedName> tryCheck(String raw) {
    return tryCheck(NAMING, raw);
  }

  private static Optional<NormalizedName> tryCheck(NamingPolicy policy, String raw) {
    try {
      return Optional.of(policy.check(raw));
    } catch (InvalidNameException e) {
      return Optional.empty();
    }
  }

  @Provide
  Arbitrary<String> anyName() {
    return Texts.anyText();
  }

  @Provide
  Arbitrary<String> plainNames() {
    return Texts.plainName();
  }

  /**
   * Next to a joiner, a forbidden character makes the joiner fail first (it no longer sits between visible
   * characters), which is right but reports another rule; these names keep the expected rule unambiguous.
   */
  @Provide
  Arbitrary<String> namesWithoutJoiners() {
    return Texts.plainName().filter(name -> name.indexOf('\u200D') < 0);
  }

  @Provide
  Arbitrary<List<String>> visibleCharacters() {
    return Texts.visibleCharacter().list().ofMaxSize(60);
  }

  /**
   * Characters that show nothing and are allowed inside a name: fillers, blanks, marks on their own, variation
   * selectors, the combining grapheme joiner; with some inner white space. At least one of them.
   */
  @Provide
  Arbitrary<List<Integer>> showNothing() {
    Arbitrary<Integer> blank = Arbitraries.oneOf(
        Arbitraries.of(0x3164, 0x115F, 0x1160, 0xFFA0, 0x2800, 0x034F, 0x1D159, 0x20DD, 0x20E3, 0x180B),
        Arbitraries.integers().between(0x0300, 0x036F), Arbitraries.integers().between(0xFE00, 0xFE0F),
        Arbitraries.integers().between(0xE0100, 0xE01EF), Arbitraries.of(0x20, 0xA0, 0x3000, 0x2003));
    return blank.list().ofMinSize(1).ofMaxSize(12).filter(cps -> cps.stream().anyMatch(cp -> cp > 0x20
        && cp != 0xA0 && cp != 0x3000 && cp != 0x2003));
  }

  @Provide
  Arbitrary<Integer> lineBreaks() {
    return Arbitraries.of(Texts.LINE_BREAKS);
  }

  /**
   * Characters no name may hold anywhere: control characters that are not white space (U+0009..U+000D and U+0085
   * are, so they are trimmed at the ends), every format character but the joiners, private-use characters,
   * noncharacters and the replacement characters.
   */
  @Provide
  Arbitrary<Integer> forbiddenCharacters() {
    Arbitrary<Integer> controls = Arbitraries.oneOf(
        Arbitraries.integers().between(0x00, 0x08), Arbitraries.integers().between(0x0E, 0x1F),
        Arbitraries.integers().between(0x7F, 0x84), Arbitraries.integers().between(0x86, 0x9F));
    Arbitrary<Integer> privateUse = Arbitraries.oneOf(Arbitraries.integers().between(0xE000, 0xF8FF),
        Arbitraries.integers().between(0xF0000, 0xFFFFD), Arbitraries.integers().between(0x100000, 0x10FFFD));
    Arbitrary<Integer> noncharacters = Arbitraries.oneOf(Arbitraries.integers().between(0xFDD0, 0xFDEF),
        Arbitraries.integers().between(0, 16).flatMap(plane -> Arbitraries.of(plane << 16 | 0xFFFE,
            plane << 16 | 0xFFFF)));
    return Arbitraries.oneOf(controls, Arbitraries.of(FORMAT_CHARACTERS), privateUse, noncharacters,
        Arbitraries.of(0xFFFC, 0xFFFD));
  }

  /** A name written with single spaces, and the same name with any white space around and between its words. */
  record Spaced(String canonical, String raw) {}

  @Provide
  Arbitrary<Spaced> spacedNames() {
    return Combinators.combine(Texts.word().list().ofMinSize(1).ofMaxSize(5), Texts.whiteSpaceRun().list()
            .ofSize(5), Texts.edgeWhiteSpace(), Texts.edgeWhiteSpace())
        .as((words, runs, before, after) -> {
          StringBuilder raw = new StringBuilder(before);
          for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
              raw.append(runs.get(i));
            }
            raw.append(words.get(i));
          }
          raw.append(after);
          return new Spaced(String.join(" ", words), raw.toString());
        })
        .filter(s -> Texts.characters(s.canonical()) >= 3);
  }
}
