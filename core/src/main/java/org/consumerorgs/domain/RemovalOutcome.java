package org.consumerorgs.domain;

/** What removing an organization from a share did. */
public enum RemovalOutcome {
  /** Its link was closed (and kept as history). */
  REMOVED,
  /** It was not linked to the share; nothing changed. Not an error. */
  WAS_NOT_LINKED
}
