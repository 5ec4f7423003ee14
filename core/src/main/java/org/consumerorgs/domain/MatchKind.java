package org.consumerorgs.domain;

/** How a search hit matched, best first; hits are ranked in this order. */
public enum MatchKind {
  /** The whole name equals the text. */
  EXACT,
  /** The name starts with the text. */
  PREFIX,
  /** A later word of the name (after a space) starts with the text. */
  WORD_PREFIX,
  /** The text, at least three characters long once folded, appears somewhere else in the name. */
  ANYWHERE
}
