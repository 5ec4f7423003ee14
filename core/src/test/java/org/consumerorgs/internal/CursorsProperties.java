package org.consumerorgs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.consumerorgs.error.InvalidCursorException;
import org.consumerorgs.spi.Keyset;
import org.consumerorgs.testing.Texts;

class CursorsProperties {
  private static final String BASE64_URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  @Property
  void everyPositionSurvivesTheRoundTrip(@ForAll("lists") String list, @ForAll("text") String sortKey,
      @ForAll("text") String id) {
    Keyset position = new Keyset(sortKey, id);
    assertEquals(Optional.of(position), Cursors.decode(list, Optional.of(Cursors.encode(list, position))));
  }

  @Property
  void aCursorOfAnotherListIsRefused(@ForAll("lists") String list, @ForAll("lists") String other,
      @ForAll("text") String sortKey, @ForAll("text") String id) {
    Assume.that(!list.equals(other));
    String cursor = Cursors.encode(list, new Keyset(sortKey, id));
    assertThrows(InvalidCursorException.class, () -> Cursors.decode(other, Optional.of(cursor)));
  }

  @Property
  void garbageIsAlwaysAnInvalidCursor(@ForAll("garbage") String garbage) {
    assertThrows(InvalidCursorException.class, () -> Cursors.decode("organizations", Optional.of(garbage)));
  }

  @Property
  void aTruncatedCursorIsAlwaysRefused(@ForAll("text") String sortKey, @ForAll("text") String id,
      @ForAll @IntRange(min = 1, max = 10_000) int cut) {
    String cursor = Cursors.encode("organizations", new Keyset(sortKey, id));
    String truncated = cursor.substring(0, cursor.length() - 1 - (cut % cursor.length()));
    assertThrows(InvalidCursorException.class, () -> Cursors.decode("organizations", Optional.of(truncated)));
  }

  /** A changed character may or may not be noticed, but it never fails any other way than as an invalid cursor. */
  @Property
  void aChangedCharacterFailsOnlyAsAnInvalidCursor(@ForAll("text") String sortKey, @ForAll("text") String id,
      @ForAll @IntRange(min = 0, max = 10_000) int at, @ForAll("base64Characters") char replacement) {
    String cursor = Cursors.encode("organizations", new Keyset(sortKey, id));
    int index = at % cursor.length();
    String changed = cursor.substring(0, index) + replacement + cursor.substring(index + 1);
    try {
      Cursors.decode("organizations", Optional.of(changed));
    } catch (InvalidCursorException expected) {
      // refused, as it should be when noticed
    }
  }

  @Provide
  Arbitrary<String> lists() {
    return Arbitraries.of("organizations", "shares", "consumers-of-share:gold", "consumers-of-share:gold2",
        "shares-of-organization:org-1");
  }

  @Provide
  Arbitrary<String> text() {
    return Texts.anyText();
  }

  @Provide
  Arbitrary<String> garbage() {
    return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(60),
        Arbitraries.strings().withChars(BASE64_URL.toCharArray()).ofMaxLength(80),
        Arbitraries.strings().withChars(BASE64_URL.toCharArray()).ofMaxLength(60).map(s -> "AQ" + s));
  }

  @Provide
  Arbitrary<Character> base64Characters() {
    return Arbitraries.chars().with(BASE64_URL.toCharArray()).with('=', '+', '/', '.', ' ');
  }
}
