package org.consumerorgs.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.consumerorgs.spi.KeysetOrder;

/**
 * The keys the database indexes and compares must agree with what Java means: a prefix range holds exactly the
 * names that start with the prefix, sort keys order as {@link KeysetOrder#CODE_POINT_ORDER} does, and a LIKE pattern
 * built from typed text matches that text and nothing else.
 */
class NameKeysTest {
  /** An H2 database of its own: LIKE is the database's to judge, so the patterns are checked by one. */
  private static Connection h2;

  @BeforeContainer
  static void openH2() throws SQLException {
    h2 = DriverManager.getConnection("jdbc:h2:mem:");
  }

  @AfterContainer
  static void closeH2() throws SQLException {
    h2.close();
  }

  // --- after(prefix): the upper bound of a prefix range

  @Property
  void aUtf8StringStartsWithAPrefixExactlyWhenItLiesInThePrefixRange(
      @ForAll("utf8PrefixAndText") Tuple2<byte[], String> pair) {
    byte[] prefix = pair.get1();
    byte[] text = utf8(pair.get2());
    assertEquals(startsWith(text, prefix), inPrefixRange(text, prefix),
        () -> Arrays.toString(prefix) + " / " + Arrays.toString(text));
  }

  @Property
  void anyByteStringStartsWithAPrefixExactlyWhenItLiesInThePrefixRange(
      @ForAll("bytePrefixAndCandidate") Tuple2<byte[], byte[]> pair) {
    // Not only UTF-8: also prefixes that end in 0xFF bytes, which after() must carry past.
    byte[] prefix = pair.get1();
    byte[] candidate = pair.get2();
    assertEquals(startsWith(candidate, prefix), inPrefixRange(candidate, prefix),
        () -> Arrays.toString(prefix) + " / " + Arrays.toString(candidate));
  }

  @Example
  void afterCarriesPastTrailingFfBytesAndRefusesWhatHasNoSuccessor() {
    assertArrayEquals(new byte[] {0x62}, NameKeys.after(new byte[] {0x61, (byte) 0xFF, (byte) 0xFF}));
    assertArrayEquals(new byte[] {(byte) 0xF4, (byte) 0x8F, (byte) 0xBF, (byte) 0xC0},
        NameKeys.after(utf8("\uDBFF\uDFFF")));
    // The empty prefix and all-0xFF prefixes have no upper bound; search never asks for one (empty text lists all).
    assertThrows(IllegalArgumentException.class, () -> NameKeys.after(new byte[0]));
    assertThrows(IllegalArgumentException.class, () -> NameKeys.after(new byte[] {(byte) 0xFF}));
  }

  @Example
  void afterDoesNotChangeItsArgument() {
    byte[] prefix = utf8("ab");
    NameKeys.after(prefix);
    assertArrayEquals(utf8("ab"), prefix);
  }

  // --- sortKey: what the name index orders by

  @Property
  void aSortKeyIsTheUtf8OfTheFirst200CodePoints(@ForAll("texts") String text) {
    byte[] key = NameKeys.sortKey(text);
    String head = new String(key, StandardCharsets.UTF_8);
    int length = text.codePointCount(0, text.length());

    assertEquals(Math.min(length, NameKeys.SORT_KEY_CHARACTERS), head.codePointCount(0, head.length()));
    assertTrue(text.startsWith(head), "the sort key is a prefix of the text");
    // Decoding gave back the prefix exactly, so no surrogate pair was split (a split one decodes to U+FFFD or '?').
    assertArrayEquals(key, utf8(head));
    assertTrue(head.isEmpty() || !Character.isHighSurrogate(head.charAt(head.length() - 1)));
    assertTrue(key.length <= 4 * NameKeys.SORT_KEY_CHARACTERS, "fits the 800-byte sort key columns");
  }

  @Property
  void sortKeysOrderAsTheirTextsDoByCodePoint(@ForAll("similarTexts") Tuple2<String, String> pair) {
    String a = pair.get1();
    String b = pair.get2();
    int bytes = Integer.signum(Arrays.compareUnsigned(NameKeys.sortKey(a), NameKeys.sortKey(b)));
    int codePoints = Integer.signum(KeysetOrder.CODE_POINT_ORDER.compare(head(a), head(b)));
    assertEquals(codePoints, bytes, () -> a + " / " + b);
  }

  @Example
  void aSurrogatePairAtTheLimitIsKeptWhole() {
    String text = "a".repeat(199) + "\uD83D\uDE00" + "b";
    assertEquals("a".repeat(199) + "\uD83D\uDE00", NameKeys.sortKeyText(NameKeys.sortKey(text)));
    assertEquals(800, NameKeys.sortKey("\uD83D\uDE00".repeat(250)).length);
  }

  @Example
  void sortKeysPutCharactersAboveU_E000BeforeEmojiAsCodePointsDo() {
    // String.compareTo compares UTF-16 units and would put U+FFFD after the emoji's surrogates.
    assertTrue("\uFFFD".compareTo("\uD83D\uDE00") > 0);
    assertTrue(Arrays.compareUnsigned(NameKeys.sortKey("\uFFFD"), NameKeys.sortKey("\uD83D\uDE00")) < 0);
  }

  // --- literal(text): LIKE patterns that match the text as typed

  @Property
  void aLiteralPatternMatchesExactlyTheTextItWasMadeFrom(@ForAll("likeText") String text,
      @ForAll("likeSubject") Tuple2<String, String> subjectParts) throws SQLException {
    String subject = subjectParts.get1() + (subjectParts.get2() == null ? "" : text + subjectParts.get2());
    String literal = NameKeys.literal(text);
    List<Boolean> matches = like(subject, literal, literal + "%", "%" + literal + "%");
    assertEquals(List.of(subject.equals(text), subject.startsWith(text), subject.contains(text)), matches,
        () -> "subject " + subject + ", text " + text + ", pattern " + literal);
  }

  @Example
  void wildcardsAndTheEscapeCharacterInTextAreEscaped() {
    assertEquals("100!% a!_b x!!y \\ '", NameKeys.literal("100% a_b x!y \\ '"));
  }

  private static List<Boolean> like(String subject, String... patterns) throws SQLException {
    try (PreparedStatement statement = h2.prepareStatement(
        "SELECT ? LIKE ? ESCAPE '!', ? LIKE ? ESCAPE '!', ? LIKE ? ESCAPE '!'")) {
      for (int i = 0; i < patterns.length; i++) {
        statement.setString(2 * i + 1, subject);
        statement.setString(2 * i + 2, patterns[i]);
      }
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return List.of(row.getBoolean(1), row.getBoolean(2), row.getBoolean(3));
      }
    }
  }

  // --- generators

  /** Code points of every UTF-8 length, the boundaries between lengths, and both sides of the surrogate block. */
  static Arbitrary<String> codePoints(int minLength, int maxLength) {
    Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
        Tuple.of(5, Arbitraries.integers().between(0x20, 0x7E)),
        Tuple.of(2, Arbitraries.integers().between(0x80, 0x7FF)),
        Tuple.of(2, Arbitraries.integers().between(0x800, 0xD7FF)),
        Tuple.of(2, Arbitraries.integers().between(0xE000, 0xFFFF)),
        Tuple.of(3, Arbitraries.integers().between(0x10000, 0x10FFFF)),
        Tuple.of(2, Arbitraries.of(0x00, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000,
            0x1F600, 0x10FFFF)));
    return codePoint.list().ofMinSize(minLength).ofMaxSize(maxLength).map(NameKeysTest::string);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(codePoints(0, 12), codePoints(195, 205), codePoints(0, 450));
  }

  /** Pairs that often agree on a long start, so that truncation at 200 code points decides some of them. */
  @Provide
  Arbitrary<Tuple2<String, String>> similarTexts() {
    Arbitrary<String> a = texts();
    return Combinators.combine(a, codePoints(0, 3), Arbitraries.integers().between(0, 450), codePoints(0, 30))
        .as((first, changed, cut, tail) -> {
          int at = first.offsetByCodePoints(0, Math.min(cut, first.codePointCount(0, first.length())));
          return Tuple.of(first, first.substring(0, at) + changed + tail);
        });
  }

  @Provide
  Arbitrary<Tuple2<byte[], String>> utf8PrefixAndText() {
    return Combinators.combine(codePoints(1, 8), Arbitraries.integers().between(1, 100),
            Arbitraries.integers().between(0, 3), codePoints(0, 6))
        .as((source, cut, how, other) -> {
          byte[] bytes = utf8(source);
          // Cuts may fall inside a character: a prefix of bytes, not of characters.
          byte[] prefix = Arrays.copyOf(bytes, 1 + (cut - 1) % bytes.length);
          String text = switch (how) {
            case 0 -> source + other;                   // starts with the prefix
            case 1 -> other;                            // unrelated
            case 2 -> source.substring(0, source.length() / 2) + other; // shares some of it
            default -> bumpLastCodePoint(source) + other; // a neighbour just past or before it
          };
          return Tuple.of(prefix, text);
        });
  }

  @Provide
  Arbitrary<Tuple2<byte[], byte[]>> bytePrefixAndCandidate() {
    Arbitrary<byte[]> bytes = Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.integers().between(0, 255)),
            Tuple.of(2, Arbitraries.of(0x00, 0x7F, 0x80, 0xFE, 0xFF)))
        .map(Integer::byteValue).list().ofMaxSize(6).map(NameKeysTest::toArray);
    Arbitrary<byte[]> prefixes = bytes.filter(p -> p.length > 0 && !allFf(p));
    return Combinators.combine(prefixes, bytes, Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 5), Arbitraries.of(-1, 1))
        .as((prefix, other, how, position, step) -> {
          int at = position % prefix.length;
          byte[] candidate = switch (how) {
            case 0 -> concat(prefix, other);
            case 1 -> other;
            case 2 -> Arrays.copyOf(prefix, prefix.length - 1);
            case 3 -> concat(NameKeys.after(prefix), other);
            // A neighbour: the prefix's start, one byte just above or below, then anything.
            default -> withLastByte(Arrays.copyOf(prefix, at + 1), prefix[at] + step, other);
          };
          return Tuple.of(prefix, candidate);
        });
  }

  @Provide
  Arbitrary<String> likeText() {
    return likeAlphabet().ofMaxLength(5);
  }

  /** A subject made around the text (when the second part is not null) or on its own, from the same alphabet. */
  @Provide
  Arbitrary<Tuple2<String, String>> likeSubject() {
    return Combinators.combine(likeAlphabet().ofMaxLength(4), likeAlphabet().ofMaxLength(3).injectNull(0.4))
        .as(Tuple::of);
  }

  private static net.jqwik.api.arbitraries.StringArbitrary likeAlphabet() {
    return Arbitraries.strings().withChars('%', '_', '!', '\\', '\'', 'a', 'b', '\u00e9', ' ');
  }

  // --- helpers

  private static boolean inPrefixRange(byte[] value, byte[] prefix) {
    return Arrays.compareUnsigned(prefix, value) <= 0 && Arrays.compareUnsigned(value, NameKeys.after(prefix)) < 0;
  }

  private static boolean startsWith(byte[] value, byte[] prefix) {
    return value.length >= prefix.length && Arrays.equals(value, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static String head(String text) {
    int length = text.codePointCount(0, text.length());
    return length <= NameKeys.SORT_KEY_CHARACTERS ? text
        : text.substring(0, text.offsetByCodePoints(0, NameKeys.SORT_KEY_CHARACTERS));
  }

  private static String bumpLastCodePoint(String text) {
    int last = text.codePointBefore(text.length());
    int bumped = last == 0x10FFFF ? last - 1 : last == 0xD7FF ? 0xE000 : last + 1;
    return text.substring(0, text.length() - Character.charCount(last)) + Character.toString(bumped);
  }

  private static String string(List<Integer> codePoints) {
    StringBuilder text = new StringBuilder();
    codePoints.forEach(text::appendCodePoint);
    return text.toString();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] toArray(List<Byte> bytes) {
    byte[] array = new byte[bytes.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = bytes.get(i);
    }
    return array;
  }

  private static boolean allFf(byte[] bytes) {
    for (byte b : bytes) {
      if (b != (byte) 0xFF) {
        return false;
      }
    }
    return true;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] joined = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }

  private static byte[] withLastByte(byte[] prefix, int last, byte[] tail) {
    byte[] changed = prefix.clone();
    changed[changed.length - 1] = (byte) last;
    return concat(changed, tail);
  }
}
