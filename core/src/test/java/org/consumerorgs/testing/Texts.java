package org.consumerorgs.testing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Text generators and helpers shared by the property tests: names, white space, and any Unicode at all. */
public final class Texts {
  /** Every character Unicode counts as white space, except the line breaks. */
  public static final List<Integer> INNER_WHITE_SPACE = List.of(0x0009, 0x0020, 0x00A0, 0x1680, 0x2000, 0x2001,
      0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x202F, 0x205F, 0x3000);
  /** The characters that start a new line: white space too, so trimmed at the ends, refused inside. */
  public static final List<Integer> LINE_BREAKS = List.of(0x000A, 0x000B, 0x000C, 0x000D, 0x0085, 0x2028, 0x2029);

  /** Visible characters of several scripts, precomposed letters, emoji, CJK: what real names are made of. */
  private static final String LETTERS = "abcxyzABCXYZ0129&'-.éÉßøÅçñüÜœ"
      + "αβγδεζσςΣΩΆΐ" + "абвгдЖЩЯё" + "אבגשת" + "ابتثجم" + "अआकखग" + "中文字東京" + "ひらカタ" + "한국어"
      + "ﬁＡｃｍｅ①";
  private static final List<Integer> EMOJI = List.of(0x1F600, 0x1F680, 0x1F30D, 0x1F468, 0x1F469, 0x1F3F3,
      0x1D11E, 0x20000, 0x2A6D6);
  private static final List<Integer> COMBINING_MARKS = List.of(0x0300, 0x0301, 0x0302, 0x0308, 0x0327, 0x0338,
      0x05B7, 0x093F, 0x3099, 0xFE0F);

  private Texts() {}

  /** One visible character (a code point), BMP or supplementary, never white space. */
  public static Arbitrary<String> visibleCharacter() {
    Arbitrary<String> letters = Arbitraries.of(LETTERS.codePoints().mapToObj(Texts::string).toList());
    Arbitrary<String> emoji = Arbitraries.of(EMOJI).map(Texts::string);
    return Arbitraries.frequencyOf(
        Tuple.of(8, letters), Tuple.of(2, emoji));
  }

  /** A word: visible characters, sometimes followed by a combining mark or joined by a ZWJ as emoji sequences are. */
  public static Arbitrary<String> word() {
    Arbitrary<String> withMark = Arbitraries.of(COMBINING_MARKS).map(Texts::string);
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        Tuple.of(10, visibleCharacter()),
        Tuple.of(1, Combinators.combine(visibleCharacter(), withMark)
            .as((c, m) -> c + m)),
        Tuple.of(1, Combinators.combine(visibleCharacter(), visibleCharacter())
            .as((a, b) -> a + "\u200D" + b)));
    return piece.list().ofMinSize(1).ofMaxSize(8).map(pieces -> String.join("", pieces));
  }

  /** A valid name in canonical form: words separated by one ASCII space, at least 3 code points. */
  public static Arbitrary<String> plainName() {
    return word().list().ofMinSize(1).ofMaxSize(5).map(words -> String.join(" ", words))
        .filter(name -> characters(name) >= 3);
  }

  /** How many characters a name has as the naming policy counts them: code points once in NFC. */
  public static int characters(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    return nfc.codePointCount(0, nfc.length());
  }

  /** A non-empty run of inner white space (no line break). */
  public static Arbitrary<String> whiteSpaceRun() {
    return Arbitraries.of(INNER_WHITE_SPACE).map(Texts::string).list().ofMinSize(1).ofMaxSize(4)
        .map(run -> String.join("", run));
  }

  /** A possibly empty run of white space, line breaks included: what may surround a name. */
  public static Arbitrary<String> edgeWhiteSpace() {
    List<Integer> all = new ArrayList<>(INNER_WHITE_SPACE);
    all.addAll(LINE_BREAKS);
    return Arbitraries.of(all).map(Texts::string).list().ofMaxSize(4).map(run -> String.join("", run));
  }

  /** Any text at all: UTF-16 units of the whole range (lone surrogates too) or code points of every plane. */
  public static Arbitrary<String> anyText() {
    Arbitrary<String> units = Arbitraries.strings().all().ofMaxLength(30);
    Arbitrary<String> codePoints = Arbitraries.integers().between(0, Character.MAX_CODE_POINT).list()
        .ofMaxSize(20).map(Texts::fromCodePoints);
    Arbitrary<String> nameLike = Combinators.combine(edgeWhiteSpace(), plainName(), edgeWhiteSpace())
        .as((a, b, c) -> a + b + c);
    return Arbitraries.oneOf(units, codePoints, nameLike);
  }

  public static String string(int codePoint) {
    return new String(Character.toChars(codePoint));
  }

  public static String fromCodePoints(List<Integer> codePoints) {
    StringBuilder text = new StringBuilder();
    codePoints.forEach(text::appendCodePoint);
    return text.toString();
  }

  /** {@code text} as code points, for assertion messages where the characters themselves are invisible. */
  public static String describe(String text) {
    return text.codePoints().mapToObj(cp -> String.format(Locale.ROOT, "U+%04X", cp))
        .collect(Collectors.joining(" ", "\"" + text + "\" [", "]"));
  }

  /**
   * Inserts {@code insert} at code point position {@code index} modulo the number of positions (0 before the first
   * code point, the count after the last), so that any non-negative index picks a position.
   */
  public static String insertAtCodePoint(String text, int index, String insert) {
    int count = text.codePointCount(0, text.length());
    int offset = text.offsetByCodePoints(0, index % (count + 1));
    return text.substring(0, offset) + insert + text.substring(offset);
  }
}
