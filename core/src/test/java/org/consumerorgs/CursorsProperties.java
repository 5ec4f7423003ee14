package org.consumerorgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
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
  private static final String LIST = "organizations";

  @Property
  void everyPositionSurvivesTheRoundTrip(@ForAll("keys") byte[] key, @ForAll("lists") String list,
      @ForAll("text") String sortKey, @ForAll("text") String id) {
    Keyset position = new Keyset(sortKey, id);
    assertEquals(Optional.of(position), Cursors.decode(() -> key, list, Optional.of(Cursors.encode(key, list,
        position))));
  }

  @Property
  void aCursorOfAnotherListIsRefused(@ForAll("keys") byte[] key, @ForAll("lists") String list,
      @ForAll("lists") String other, @ForAll("text") String sortKey, @ForAll("text") String id) {
    Assume.that(!list.equals(other));
    String cursor = Cursors.encode(key, list, new Keyset(sortKey, id));
    assertThrows(InvalidCursorException.class, () -> Cursors.decode(() -> key, other, Optional.of(cursor)));
  }

  /** Another storage has another key: its cursors are refused, whatever they hold. */
  @Property
  void aCursorOfAnotherStorageIsRefused(@ForAll("keys") byte[] key, @ForAll("keys") byte[] other,
      @ForAll("text") String sortKey, @ForAll("text") String id) {
    Assume.that(!Arrays.equals(key, other));
    String cursor = Cursors.encode(other, LIST, new Keyset(sortKey, id));
    assertThrows(InvalidCursorException.class, () -> Cursors.decode(() -> key, LIST, Optional.of(cursor)));
  }

  @Property
  void garbageIsAlwaysAnInvalidCursor(@ForAll("keys") byte[] key, @ForAll("garbage") String garbage) {
    assertThrows(InvalidCursorException.class, () -> Cursors.decode(() -> key, LIST, Optional.of(garbage)));
  }

  @Property
  void aTruncatedCursorIsAlwaysRefused(@ForAll("keys") byte[] key, @ForAll("text") String sortKey,
      @ForAll("text") String id, @ForAll @IntRange(min = 1, max = 10_000) int cut) {
    String cursor = Cursors.encode(key, LIST, new Keyset(sortKey, id));
    String truncated = cursor.substring(0, cursor.length() - 1 - (cut % cursor.length()));
    assertThrows(InvalidCursorException.class, () -> Cursors.decode(() -> key, LIST, Optional.of(truncated)));
  }

  /** Any one bit changed anywhere in the cursor's bytes: refused, every time. */
  @Property
  void anyBitFlipIsRefused(@ForAll("keys") byte[] key, @ForAll("text") String sortKey, @ForAll("text") String id,
      @ForAll @IntRange(min = 0, max = 1_000_000) int at) {
    byte[] bytes = Base64.getUrlDecoder().decode(Cursors.encode(key, LIST, new Keyset(sortKey, id)));
    int bit = at % (bytes.length * 8);
    bytes[bit / 8] ^= (byte) (1 << (bit % 8));
    String flipped = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    assertThrows(InvalidCursorException.class, () -> Cursors.decode(() -> key, LIST, Optional.of(flipped)));
  }

  /** A changed character of the text is refused too, unless it only changed the unused low bits of the last one. */
  @Property
  void aChangedCharacterIsRefused(@ForAll("keys") byte[] key, @ForAll("text") String sortKey,
      @ForAll("text") String id, @ForAll @IntRange(min = 0, max = 10_000) int at,
      @ForAll("base64Characters") char replacement) {
    String cursor = Cursors.encode(key, LIST, new Keyset(sortKey, id));
    int index = at % cursor.length();
    String changed = cursor.substring(0, index) + replacement + cursor.substring(index + 1);
    Supplier<byte[]> keys = () -> key;
    if (changed.equals(cursor) || decodesToTheSameBytes(cursor, changed)) {
      assertEquals(Optional.of(new Keyset(sortKey, id)), Cursors.decode(keys, LIST, Optional.of(changed)));
    } else {
      assertThrows(InvalidCursorException.class, () -> Cursors.decode(keys, LIST, Optional.of(changed)));
    }
  }

  /** Neither the cursor's text nor its bytes hold the name or the id of the position, or any four letters of them. */
  @Property
  void aCursorRevealsNoName(@ForAll("keys") byte[] key, @ForAll("lists") String list,
      @ForAll("names") String sortKey, @ForAll("names") String id) {
    String cursor = Cursors.encode(key, list, new Keyset(sortKey, id));
    String bytes = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.ISO_8859_1);
    for (String secret : new String[] {sortKey, id}) {
      String utf8 = new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
      for (int from = 0; from + 8 <= utf8.length(); from++) {
        assertFalse(bytes.contains(utf8.substring(from, from + 8)), secret);
      }
      for (int from = 0; from + 8 <= secret.length(); from++) {
        assertFalse(cursor.contains(secret.substring(from, from + 8)), secret);
      }
    }
  }

  private static boolean decodesToTheSameBytes(String a, String b) {
    try {
      return Arrays.equals(Base64.getUrlDecoder().decode(a), Base64.getUrlDecoder().decode(b));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Provide
  Arbitrary<byte[]> keys() {
    return Arbitraries.bytes().array(byte[].class).ofMinSize(32).ofMaxSize(64);
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
  Arbitrary<String> names() {
    return Arbitraries.strings().withChars(BASE64_URL.toCharArray()).ofMinLength(8).ofMaxLength(40);
  }

  @Provide
  Arbitrary<String> garbage() {
    return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(60),
        Arbitraries.strings().withChars(BASE64_URL.toCharArray()).ofMaxLength(200),
        Arbitraries.strings().withChars(BASE64_URL.toCharArray()).ofMinLength(120).ofMaxLength(200)
            .map(s -> "Aw" + s));
  }

  @Provide
  Arbitrary<Character> base64Characters() {
    return Arbitraries.chars().with(BASE64_URL.toCharArray()).with('=', '+', '/', '.', ' ');
  }
}
