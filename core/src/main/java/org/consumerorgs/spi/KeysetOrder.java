package org.consumerorgs.spi;

import java.util.Comparator;

/**
 * The one order of every sorted list, for adapters that sort in Java: by sort key, then id, each compared by code
 * point. {@link String#compareTo} compares UTF-16 units, which puts U+E000..U+FFFF after emoji; databases compare
 * code points, so this is what every adapter must match.
 */
public final class KeysetOrder {
  /** Strings by Unicode code point, as {@link #compareCodePoints} compares them. */
  public static final Comparator<String> CODE_POINT_ORDER = KeysetOrder::compareCodePoints;
  /** Keyset positions by sort key, then id, each by code point: the order of every sorted list. */
  public static final Comparator<Keyset> KEYSET_ORDER =
      Comparator.comparing(Keyset::sortKey, CODE_POINT_ORDER).thenComparing(Keyset::id, CODE_POINT_ORDER);

  private KeysetOrder() {}

  /**
   * Compares two strings code point by code point; a string that is a prefix of the other comes first.
   *
   * @param a one string
   * @param b the other
   * @return negative, zero or positive as {@code a} sorts before, with or after {@code b}
   */
  public static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}
