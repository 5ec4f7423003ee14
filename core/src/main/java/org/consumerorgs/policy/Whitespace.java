package org.consumerorgs.policy;

/**
 * White space as the naming rules mean it: any Unicode white space (the {@code White_Space} property), not only ASCII.
 * {@code Character.isSpaceChar} gives the space, line and paragraph separators; added to them are tab, the ASCII line
 * breaks and NEXT LINE (U+0085). {@code Character.isWhitespace} is not used: it leaves out the no-break spaces and
 * counts the information separators U+001C..U+001F, which are control characters.
 */
final class Whitespace {
  private Whitespace() {}

  static boolean isWhitespace(int codePoint) {
    return Character.isSpaceChar(codePoint) || (codePoint >= 0x09 && codePoint <= 0x0D) || codePoint == 0x85;
  }

  /** LF, VT, FF, CR, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR: the characters that start a new line. */
  static boolean isLineBreak(int codePoint) {
    return (codePoint >= 0x0A && codePoint <= 0x0D) || codePoint == 0x85 || codePoint == 0x2028
        || codePoint == 0x2029;
  }

  /** Removes leading and trailing white space and turns every inner run of it into one ASCII space. */
  static String collapse(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isWhitespace(cp)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /** Trims leading and trailing white space only; the inner text is left as it is. */
  static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end) {
      int cp = text.codePointAt(start);
      if (!isWhitespace(cp)) {
        break;
      }
      start += Character.charCount(cp);
    }
    while (end > start) {
      int cp = text.codePointBefore(end);
      if (!isWhitespace(cp)) {
        break;
      }
      end -= Character.charCount(cp);
    }
    return text.substring(start, end);
  }
}
