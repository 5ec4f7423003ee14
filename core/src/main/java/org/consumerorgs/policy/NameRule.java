package org.consumerorgs.policy;

/** The naming rules; an {@link org.consumerorgs.error.InvalidNameException} names the one that failed. */
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
   * are refused, so that a name looks like what it is. Zero-width joiner and non-joiner are allowed between two
   * visible characters, where scripts and emoji sequences need them.
   */
  INVISIBLE_CHARACTER,
  /** Private-use characters have no agreed meaning or look and are refused. */
  PRIVATE_USE_CHARACTER,
  /** Text with a lone UTF-16 surrogate is not valid Unicode and is refused. */
  MALFORMED_TEXT
}
