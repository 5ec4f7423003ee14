package org.consumerorgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.CRC32C;
import org.consumerorgs.error.InvalidCursorException;
import org.consumerorgs.spi.Keyset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorsTest {
  private static final String LIST = "organizations";
  private static final Keyset POSITION = new Keyset("acme corp", "4f0c2d7e-1b7a-4a59-9d6e-0a1b2c3d4e5f");
  private static final byte[] KEY = key(7);
  private static final Supplier<byte[]> KEYS = () -> KEY;

  @Test
  void aCursorGivesBackThePositionItWasMadeFrom() {
    String cursor = Cursors.encode(KEY, LIST, POSITION);
    assertEquals(Optional.of(POSITION), Cursors.decode(KEYS, LIST, Optional.of(cursor)));
  }

  @Test
  void noCursorMeansTheFirstPageAndNeedsNoKey() {
    assertEquals(Optional.empty(), Cursors.decode(() -> {
      throw new AssertionError("the key was asked for");
    }, LIST, Optional.empty()));
  }

  @Test
  void aCursorTravelsInAUrlAsItIs() {
    String cursor = Cursors.encode(KEY, LIST, new Keyset("\u00E9mile \uD83D\uDE00 ??/&=", "id+/="));
    assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
  }

  @Test
  void aCursorShowsNoneOfItsPositionNorItsList() {
    String cursor = Cursors.encode(KEY, "consumers-of-share:gold", POSITION);
    String bytes = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.ISO_8859_1);
    for (String secret : new String[] {"acme", "corp", "4f0c2d7e", "gold", "consumers"}) {
      assertFalse(bytes.contains(secret), secret);
      assertFalse(cursor.toLowerCase(Locale.ROOT).contains(secret), secret);
    }
  }

  @Test
  void aCursorIsSmall() {
    // 1 format byte, 12 of nonce, the position padded to 64 bytes, 16 of tag: 93 bytes, 124 characters.
    assertEquals(124, Cursors.encode(KEY, LIST, POSITION).length());
  }

  @Test
  void namesOfSimilarLengthGiveCursorsOfOneLength() {
    int length = Cursors.encode(KEY, LIST, new Keyset("a", POSITION.id())).length();
    for (String sortKey : new String[] {"ab", "acme", "acme co", "acme cor"}) {
      assertEquals(length, Cursors.encode(KEY, LIST, new Keyset(sortKey, POSITION.id())).length(), sortKey);
    }
  }

  @Test
  void theSamePositionAlwaysGivesTheSameCursor() {
    assertEquals(Cursors.encode(KEY, LIST, POSITION), Cursors.encode(key(7), LIST, POSITION));
  }

  @Test
  void aCursorSealedUnderAnotherKeyIsRefused() {
    String cursor = Cursors.encode(key(8), LIST, POSITION);
    InvalidCursorException e = assertThrows(InvalidCursorException.class,
        () -> Cursors.decode(KEYS, LIST, Optional.of(cursor)));
    assertTrue(e.getMessage().contains("not valid"), e.getMessage());
  }

  @Test
  void aCursorOfAnotherListIsRefused() {
    String cursor = Cursors.encode(KEY, "consumers-of-share:gold", POSITION);
    InvalidCursorException e = assertThrows(InvalidCursorException.class,
        () -> Cursors.decode(KEYS, "consumers-of-share:silver", Optional.of(cursor)));
    assertTrue(e.getMessage().contains("another list"), e.getMessage());
    assertThrows(InvalidCursorException.class, () -> Cursors.decode(KEYS, LIST, Optional.of(cursor)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "A", "AA", "AAAA", "not a cursor", "!!!!", "%%%", "+/+/", "====", "\u00E9t\u00E9",
      "AQANb3JnYW5pemF0aW9ucw", "eyJhbGciOiJIUzI1NiJ9", "AgANb3JnYW5pemF0aW9ucwAEYWNtZQAEaWQtMQ",
      "AwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
  void garbageIsRefusedAsAnInvalidCursor(String garbage) {
    InvalidCursorException e = assertThrows(InvalidCursorException.class,
        () -> Cursors.decode(KEYS, LIST, Optional.of(garbage)));
    assertTrue(e.getMessage().contains("not valid"), e.getMessage());
  }

  /** The cursors of the format before this one carried their position in clear, guarded by a CRC anyone can redo. */
  @Test
  void aCursorOfTheEarlierUnsealedFormatIsRefusedEvenHoldingANul() throws IOException {
    for (Keyset forged : new Keyset[] {POSITION, new Keyset("acme\u0000", "id"), new Keyset("a", "\u0000")}) {
      String cursor = unsealedFormat2(LIST, forged);
      assertThrows(InvalidCursorException.class, () -> Cursors.decode(KEYS, LIST, Optional.of(cursor)), cursor);
    }
  }

  @Test
  void everyTruncatedCursorIsRefused() {
    String cursor = Cursors.encode(KEY, LIST, POSITION);
    for (int length = 0; length < cursor.length(); length++) {
      String truncated = cursor.substring(0, length);
      assertThrows(InvalidCursorException.class, () -> Cursors.decode(KEYS, LIST, Optional.of(truncated)), truncated);
    }
  }

  @Test
  void aCursorWithBytesAddedIsRefused() {
    byte[] bytes = Base64.getUrlDecoder().decode(Cursors.encode(KEY, LIST, POSITION));
    for (int added = 1; added <= 40; added++) {
      String extended = Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(bytes, bytes.length
          + added));
      assertThrows(InvalidCursorException.class, () -> Cursors.decode(KEYS, LIST, Optional.of(extended)));
    }
  }

  @Test
  void everySingleBitFlipIsRefused() {
    byte[] bytes = Base64.getUrlDecoder().decode(Cursors.encode(KEY, LIST, POSITION));
    for (int bit = 0; bit < bytes.length * 8; bit++) {
      byte[] flipped = bytes.clone();
      flipped[bit / 8] ^= (byte) (1 << (bit % 8));
      String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(flipped);
      assertThrows(InvalidCursorException.class, () -> Cursors.decode(KEYS, LIST, Optional.of(tampered)),
          "bit " + bit);
    }
  }

  @Test
  void aShortKeyIsTheAdaptersBugNotAnInvalidCursor() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Cursors.encode(new byte[16], LIST, POSITION));
    assertTrue(e.getMessage().contains("Storage.cursorKey"), e.getMessage());
  }

  static byte[] key(int seed) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) seed);
    key[0] = (byte) (seed * 31);
    return key;
  }

  /** A cursor as format 2 made them: list, sort key and id in clear, then a CRC-32C of those bytes. */
  static String unsealedFormat2(String list, Keyset position) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(2);
      out.writeUTF(list);
      out.writeUTF(position.sortKey());
      out.writeUTF(position.id());
      CRC32C crc = new CRC32C();
      crc.update(bytes.toByteArray());
      out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
  }
}
