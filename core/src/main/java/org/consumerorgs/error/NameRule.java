package org.consumerorgs.error;

/** The naming rules; an {@link InvalidNameException} names the one that failed. */
public enum NameRule {
  /** After trimming, a name must have more characters (code points) than the policy's minimum allows. */
  TOO_SHORT,
  /** A name must not have more characters (code points) than the policy's maximum. */
  TOO_LONG,
  /** A name is one line: a line break inside it is refused (leading and trailing ones are trimmed). */
  LINE_BREAK,
  /** Control characters (NUL, BEL, ESC, DEL, …) are refused. */
  CONTROL_CHARACTER,
  /**
   * Invisible and direction-changing format characters (zero-width space, right-to-left override, soft hyphen, …)
   * are refused, so that a name looks like what it is; so are the Khmer inherent vowels U+17B4 and U+17B5, which
   * Unicode advises against and which show nothing. Zero-width joiner and non-joiner are allowed between two visible
   * characters, where scripts and emoji sequences need them.
   */
  INVISIBLE_CHARACTER,
  /** Private-use characters have no agreed meaning or look and are refused. */
  PRIVATE_USE_CHARACTER,
  /** Text with a lone UTF-16 surrogate is not valid Unicode and is refused. */
  MALFORMED_TEXT,
  /**
   * A name must show something: at least one character that is not white space, not a combining mark on its own,
   * not a variation selector or other default-ignorable character, not a filler or blank such as the Hangul fillers
   * or the blank braille pattern. Accents on a visible letter are fine.
   */
  NO_VISIBLE_CHARACTER,
  /**
   * Noncharacters (U+FDD0..U+FDEF and the last two code points of every plane, U+FFFE, U+FFFF, …, U+10FFFF) are
   * reserved by Unicode for a program's internal use and never stand for a character, so they are refused.
   */
  NONCHARACTER,
  /**
   * The replacement characters U+FFFD (text that was lost, often to decoding with the wrong character set) and U+FFFC
   * (an embedded object) are placeholders, not part of a name, and are refused.
   */
  REPLACEMENT_CHARACTER
}
