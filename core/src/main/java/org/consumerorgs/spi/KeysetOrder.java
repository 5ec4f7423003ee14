package org.consumerorgs.spi;

import java.util.Comparator;

/**
 * The one order of every sorted list, for adapters that sort in Java: by sort key, then id, each compared by code
 * point. {@link String#compareTo} compares UTF-16 units, which puts U+E000..U+FFFF after emoji; databases compare
 * code points, so this is what every adapter must match.
 */
public final class KeysetOrder {
  public static final Comparator<String> CODE_POINT_ORDER = KeysetOrder::compareCodePoints;
  public static final Comparator<Keyset> KEYSET_ORDER =
      Comparator.comparing(Keyset::sortKey, CODE_POINT_ORDER).thenComparing(Keyset::id, CODE_POINT_ORDER);

  private KeysetOrder() {}

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
