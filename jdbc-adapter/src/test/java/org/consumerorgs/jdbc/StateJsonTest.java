package org.consumerorgs.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * An event's before and after fields must come back from the database exactly as they went in, whatever the
 * strings hold, and text that is not what the adapter wrote must fail loudly rather than decode to something else.
 */
class StateJsonTest {

  @Property
  void everyMapOfStringsDecodesToItself(@ForAll("fields") Map<String, String> fields) {
    assertEquals(fields, StateJson.decode(StateJson.encode(fields)));
  }

  @Property
  void theEncodingHoldsNoRawControlCharacters(@ForAll("fields") Map<String, String> fields) {
    // Readable in any SQL console, and safe for drivers and columns that mangle control characters.
    String json = StateJson.encode(fields);
    assertTrue(json.chars().noneMatch(c -> c < 0x20), json);
  }

  @Property
  void everyProperPrefixOfAnEncodingIsRejected(
      @ForAll("fields") Map<String, String> fields, @ForAll @IntRange(min = 0, max = 10_000) int cut) {
    String json = StateJson.encode(fields);
    String truncated = json.substring(0, cut % json.length());
    assertThrows(IllegalStateException.class, () -> StateJson.decode(truncated), truncated);
  }

  @Property
  void textAfterTheObjectIsRejected(@ForAll("fields") Map<String, String> fields, @ForAll("fragment") String tail) {
    String json = StateJson.encode(fields) + (tail.isEmpty() ? "}" : tail);
    assertThrows(IllegalStateException.class, () -> StateJson.decode(json), json);
  }

  @Example
  void theEmptyObjectDecodesToNoFields() {
    assertEquals(Map.of(), StateJson.decode("{}"));
    assertEquals("{}", StateJson.encode(Map.of()));
  }

  @Example
  void theEscapesJsonAllowsAreRead() {
    assertEquals(Map.of("k", "/\b\f\n\r\t\"\\A\u00e9\ud83d\ude00"),
        StateJson.decode("{\"k\":\"\\/\\b\\f\\n\\r\\t\\\"\\\\\\u0041\\u00E9\\ud83d\\uDE00\"}"));
  }

  @Example
  void malformedTextIsRejectedWithIllegalStateException() {
    List<String> malformed = List.of(
        "", " ", "{", "}", "[]", "null", "\"a\"", "{ }", "{\"a\"}", "{\"a\":}", "{\"a\":\"b\",}", "{\"a\":\"b\"",
        "{\"a\":\"b\"}}", "{\"a\":\"b\"} ", "{a:\"b\"}", "{\"a\":1}", "{\"a\":\"b\" ,\"c\":\"d\"}",
        "{\"a\":\"\\x\"}", "{\"a\":\"\\", "{\"a\":\"\\u12\"}", "{\"a\":\"\\u12\"", "{\"a\":\"\\u",
        // not four hex digits, though Integer.parseInt would take some of them
        "{\"a\":\"\\u12g4\"}", "{\"a\":\"\\u+123\"}", "{\"a\":\"\\u-001\"}", "{\"a\":\"\\u 123\"}",
        "{\"a\":\"\\u\u0661\u0662\u0663\u0664\"}");
    for (String json : malformed) {
      assertThrows(IllegalStateException.class, () -> StateJson.decode(json), json);
    }
  }

  /** Maps of strings rich in what JSON must escape, and in what it must not touch. */
  @Provide
  Arbitrary<Map<String, String>> fields() {
    return Arbitraries.maps(fragment(), fragment()).ofMaxSize(6);
  }

  @Provide
  Arbitrary<String> fragment() {
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.chars().range((char) 0, (char) 0x1f).map(String::valueOf)),
        Tuple.of(4, Arbitraries.of("\"", "\\", "/", "\\u0041", "\\\"", "\u007f", "\u2028", "\u2029",
            ":", ",", "{", "}", "\uFEFF", "\uFFFF")),
        Tuple.of(4, Arbitraries.chars().ascii().map(String::valueOf)),
        Tuple.of(2, Arbitraries.chars().range((char) 0x80, (char) 0xFFFF).map(String::valueOf)),
        Tuple.of(3, Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString)));
    return piece.list().ofMaxSize(12).map(pieces -> String.join("", pieces));
  }
}
