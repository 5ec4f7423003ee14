package org.consumerorgs.policy;

/**
 * Unicode's {@code Default_Ignorable_Code_Point} property, which the JDK does not expose: characters that show nothing
 * unless a renderer supports them (joiners, variation selectors, Hangul fillers, tags, and the code points reserved
 * for more of the same). NFKC case folding removes them, so the uniqueness key does too.
 *
 * <p>The table is the derived property of Unicode 18 ({@code DerivedCoreProperties.txt}), reserved code points
 * included: Unicode sets ranges aside for future ignorables, so that a program built on an older version already
 * treats them right, and the table seldom changes. {@code DefaultIgnorablesTest} compares it with ICU4J over every
 * code point, so that an upgrade of the oracle shows any change.
 */
final class DefaultIgnorables {
  /** Inclusive ranges, sorted: {@code RANGES[2k]..RANGES[2k+1]}. */
  private static final int[] RANGES = {
      0x00AD, 0x00AD, // soft hyphen
      0x034F, 0x034F, // combining grapheme joiner
      0x061C, 0x061C, // Arabic letter mark
      0x115F, 0x1160, // Hangul choseong and jungseong fillers
      0x17B4, 0x17B5, // Khmer inherent vowels
      0x180B, 0x180F, // Mongolian free variation selectors and vowel separator
      0x200B, 0x200F, // zero-width space, (non-)joiner, direction marks
      0x202A, 0x202E, // direction embeddings and overrides
      0x2060, 0x206F, // word joiner, invisible operators, isolates, deprecated format characters
      0x3164, 0x3164, // Hangul filler
      0xFE00, 0xFE0F, // variation selectors
      0xFEFF, 0xFEFF, // zero-width no-break space (byte order mark)
      0xFFA0, 0xFFA0, // half-width Hangul filler
      0xFFF0, 0xFFF8, // reserved
      0x1BCA0, 0x1BCA3, // shorthand format controls
      0x1D173, 0x1D17A, // musical symbol beam and phrase controls
      0xE0000, 0xE0FFF, // tags, variation selectors supplement, and reserved
  };

  private DefaultIgnorables() {}

  static boolean contains(int codePoint) {
    int low = 0;
    int high = RANGES.length / 2 - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (codePoint < RANGES[2 * middle]) {
        high = middle - 1;
      } else if (codePoint > RANGES[2 * middle + 1]) {
        low = middle + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /** {@code text} without its default-ignorable code points. */
  static String remove(String text) {
    StringBuilder kept = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (contains(cp)) {
        if (kept == null) {
          kept = new StringBuilder(text.length()).append(text, 0, i);
        }
      } else if (kept != null) {
        kept.appendCodePoint(cp);
      }
      i = next;
    }
    return kept == null ? text : kept.toString();
  }
}
