package org.consumerorgs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.consumerorgs.error.InvalidCursorException;
import org.consumerorgs.spi.Keyset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorsTest {
  private static final String LIST = "organizations";
  private static final Keyset POSITION = new Keyset("acme corp", "4f0c2d7e-1b7a-4a59-9d6e-0a1b2c3d4e5f");

  @Test
  void aCursorGivesBackThePositionItWasMadeFrom() {
    String cursor = Cursors.encode(LIST, POSITION);
    assertEquals(Optional.of(POSITION), Cursors.decode(LIST, Optional.of(cursor)));
  }

  @Test
  void noCursorMeansTheFirstPage() {
    assertEquals(Optional.empty(), Cursors.decode(LIST, Optional.empty()));
  }

  @Test
  void aCursorTravelsInAUrlAsItIs() {
    String cursor = Cursors.encode(LIST, new Keyset("\u00E9mile \uD83D\uDE00 ??/&=", "id+/="));
    assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
  }

  @Test
  void aCursorOfAnotherListIsRefused() {
    String cursor = Cursors.encode("consumers-of-share:gold", POSITION);
    InvalidCursorException e = assertThrows(InvalidCursorException.class,
        () -> Cursors.decode("consumers-of-share:silver", Optional.of(cursor)));
    assertTrue(e.getMessage().contains("another list"), e.getMessage());
    assertThrows(InvalidCursorException.class, () -> Cursors.decode(LIST, Optional.of(cursor)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "A", "AA", "AAAA", "not a cursor", "!!!!", "%%%", "+/+/", "====", "\u00E9t\u00E9",
      "AQANb3JnYW5pemF0aW9ucw", "eyJhbGciOiJIUzI1NiJ9", "AgANb3JnYW5pemF0aW9ucwAEYWNtZQAEaWQtMQ"})
  void garbageIsRefusedAsAnInvalidCursor(String garbage) {
    InvalidCursorException e = assertThrows(InvalidCursorException.class,
        () -> Cursors.decode(LIST, Optional.of(garbage)));
    assertTrue(e.getMessage().contains("not valid"), e.getMessage());
  }

  @Test
  void everyTruncatedCursorIsRefused() {
    String cursor = Cursors.encode(LIST, POSITION);
    for (int length = 0; length < cursor.length(); length++) {
      String truncated = cursor.substring(0, length);
      assertThrows(InvalidCursorException.class, () -> Cursors.decode(LIST, Optional.of(truncated)), truncated);
    }
  }

  @Test
  void aCursorWithBytesAddedIsRefused() {
    String cursor = Cursors.encode(LIST, POSITION);
    byte[] bytes = Base64.getUrlDecoder().decode(cursor);
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
    String extended = Base64.getUrlEncoder().withoutPadding().encodeToString(longer);
    assertThrows(InvalidCursorException.class, () -> Cursors.decode(LIST, Optional.of(extended)));
  }

  @Test
  void aCursorWhosePositionWasEditedIsRefused() {
    // The position bytes are rewritten the way a curious user could: decode, change one letter, encode again.
    String cursor = Cursors.encode(LIST, POSITION);
    byte[] bytes = Base64.getUrlDecoder().decode(cursor);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("acme corp");
    bytes[at] = (byte) 'b';
    String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    assertThrows(InvalidCursorException.class, () -> Cursors.decode(LIST, Optional.of(tampered)),
        () -> "tampered cursor accepted as " + Cursors.decode(LIST, Optional.of(tampered)));
  }
}
