package org.consumerorgs.inmemory;

/**
 * Code point order ({@link org.consumerorgs.spi.KeysetOrder#CODE_POINT_ORDER}) at the speed of a char comparison:
 * UTF-16 order differs from it only where a surrogate meets a char in U+E000..U+FFFF, so the first differing chars
 * are shifted to put surrogates last before they are compared. Every index insert compares a score of names, so this
 * is hot.
 */
final class CodePoints {
  private CodePoints() {}

  static int compare(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        return Integer.compare(fixup(x), fixup(y));
      }
    }
    return Integer.compare(a.length(), b.length());
  }

  private static int fixup(char c) {
    if (c >= 0xD800) {
      return c >= 0xE000 ? c - 0x800 : c + 0x2000;
    }
    return c;
  }
}
