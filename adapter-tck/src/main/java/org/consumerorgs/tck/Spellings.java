package org.consumerorgs.tck;

import java.util.Locale;

/**
 * The ways a person may type one name that the SDK must treat as the same name: letter case, full-width forms, and
 * white space of any kind: a name's uniqueness key is its NFKC case folding, trimmed, with inner runs of white
 * space collapsed to one space, so all these spellings have one key.
 */
final class Spellings {
  static final int COUNT = 8;

  private Spellings() {}

  /** Spelling number {@code which} (any int; taken modulo {@link #COUNT}) of {@code name}; 0 is the name itself. */
  static String variant(int which, String name) {
    return switch (Math.floorMod(which, COUNT)) {
      case 0 -> name;
      case 1 -> name.toUpperCase(Locale.ROOT);
      case 2 -> name.toLowerCase(Locale.ROOT);
      case 3 -> fullWidth(name);
      // Tab only at the ends: whether an inner tab is white space or a control character is the naming policy's
      // question, not one for the tests that use these spellings.
      case 4 -> "\t " + name.replace(" ", " \u2003 ") + "\u2003\t";
      case 5 -> name.replace(' ', '\u00A0');
      case 6 -> fullWidth(name.toUpperCase(Locale.ROOT));
      default -> swapCase(name);
    };
  }

  /** ASCII letters, digits and signs as their full-width forms (U+FF01..U+FF5E), spaces as ideographic spaces. */
  static String fullWidth(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (cp >= 0x21 && cp <= 0x7E) {
        out.appendCodePoint(cp + 0xFEE0);
      } else if (cp == ' ') {
        out.append('\u3000');
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }

  private static String swapCase(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> out.appendCodePoint(
        Character.isUpperCase(cp) ? Character.toLowerCase(cp) : Character.toUpperCase(cp)));
    return out.toString();
  }
}
