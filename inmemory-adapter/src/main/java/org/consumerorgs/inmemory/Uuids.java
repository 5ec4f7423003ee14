package org.consumerorgs.inmemory;

/**
 * Ids in the default generator's form, a lowercase canonical UUID, kept as two {@code long}s: 16 bytes where the
 * string costs 80. Any other id is kept as it is; the two forms never hold the same id, since only the canonical form
 * is packed.
 */
final class Uuids {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Uuids() {}

  /** Whether {@code id} is a lowercase UUID in the 8-4-4-4-12 form, which {@link #format} gives back exactly. */
  static boolean packable(String id) {
    if (id.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = id.charAt(i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  /** The first 64 bits of a packable id. */
  static long high(String id) {
    return bits(id, 0, 19);
  }

  /** The last 64 bits of a packable id. */
  static long low(String id) {
    return bits(id, 19, 36);
  }

  static int hash(long high, long low) {
    return Long.hashCode(high) * 31 + Long.hashCode(low);
  }

  static String format(long high, long low) {
    char[] out = new char[36];
    int pos = 0;
    for (int i = 0; i < 32; i++) {
      if (i == 8 || i == 12 || i == 16 || i == 20) {
        out[pos++] = '-';
      }
      long word = i < 16 ? high : low;
      out[pos++] = HEX[(int) (word >>> (60 - 4 * (i % 16))) & 0xF];
    }
    return new String(out);
  }

  private static long bits(String id, int from, int to) {
    long value = 0;
    for (int i = from; i < to; i++) {
      char c = id.charAt(i);
      if (c != '-') {
        value = (value << 4) | (c <= '9' ? c - '0' : c - 'a' + 10);
      }
    }
    return value;
  }
}
