package org.consumerorgs.policy;

/**
 * What makes a name show something: at least one character that is not white space, not default-ignorable (joiners,
 * variation selectors, Hangul fillers, …), not a combining mark standing on nothing (Mn, Me), not a format or
 * control character, and not one of the few symbols drawn as an empty cell. Marks on a visible base are fine: they
 * are its accents.
 */
final class VisibleCharacters {
  /** BRAILLE PATTERN BLANK: a symbol with no dots, drawn as an empty cell; the usual trick for a "blank" name. */
  private static final int BRAILLE_BLANK = 0x2800;
  /** MUSICAL SYMBOL NULL NOTEHEAD: a placeholder in music notation that is drawn as nothing. */
  private static final int NULL_NOTEHEAD = 0x1D159;

  private VisibleCharacters() {}

  static boolean isVisible(int codePoint) {
    if (Whitespace.isWhitespace(codePoint) || DefaultIgnorables.contains(codePoint) || codePoint == BRAILLE_BLANK
        || codePoint == NULL_NOTEHEAD) {
      return false;
    }
    return switch (Character.getType(codePoint)) {
      case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.CONTROL,
          Character.SURROGATE -> false;
      // a code point the JDK does not know may be a letter or emoji of a newer Unicode: it is given the benefit
      default -> true;
    };
  }

  static boolean containsVisible(String text) {
    return text.codePoints().anyMatch(VisibleCharacters::isVisible);
  }
}
