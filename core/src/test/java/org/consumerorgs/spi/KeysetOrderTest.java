package org.consumerorgs.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeysetOrderTest {
  private static final String EMOJI = "\uD83D\uDE00"; // U+1F600
  private static final String PRIVATE_USE = "\uE000";
  private static final String LAST_BMP = "\uFFFD";

  @Test
  void supplementaryCharactersComeAfterTheWholeBmp() {
    assertTrue(KeysetOrder.compareCodePoints(PRIVATE_USE, EMOJI) < 0);
    assertTrue(KeysetOrder.compareCodePoints(LAST_BMP, EMOJI) < 0);
    assertTrue(KeysetOrder.compareCodePoints(EMOJI, LAST_BMP) > 0);
  }

  @Test
  void itDiffersFromStringCompareToWhereUtf16Does() {
    // String.compareTo sees the surrogate 0xD83D, which is below 0xE000..0xFFFF.
    assertTrue(PRIVATE_USE.compareTo(EMOJI) > 0);
    assertTrue(("a" + LAST_BMP).compareTo("a" + EMOJI) > 0);
    assertTrue(KeysetOrder.compareCodePoints("a" + LAST_BMP, "a" + EMOJI) < 0);
  }

  @Test
  void aPrefixComesFirstAndEqualTextsCompareEqual() {
    assertTrue(KeysetOrder.compareCodePoints("acme", "acme corp") < 0);
    assertTrue(KeysetOrder.compareCodePoints("acme corp", "acme") > 0);
    assertTrue(KeysetOrder.compareCodePoints("", "a") < 0);
    assertEquals(0, KeysetOrder.compareCodePoints("acme" + EMOJI, "acme" + EMOJI));
    assertEquals(0, KeysetOrder.compareCodePoints("", ""));
  }

  @Test
  void keysetsSortBySortKeyThenId() {
    List<Keyset> keysets = new ArrayList<>(List.of(new Keyset("b", "1"), new Keyset("a" + EMOJI, "1"),
        new Keyset("a" + PRIVATE_USE, "2"), new Keyset("a" + PRIVATE_USE, "10"), new Keyset("a", "9")));
    keysets.sort(KeysetOrder.KEYSET_ORDER);
    assertEquals(List.of(new Keyset("a", "9"), new Keyset("a" + PRIVATE_USE, "10"), new Keyset("a" + PRIVATE_USE, "2"),
        new Keyset("a" + EMOJI, "1"), new Keyset("b", "1")), keysets);
  }
}
