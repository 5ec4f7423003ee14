package org.consumerorgs.policy;

/** What deleting a consumer organization that is still linked to shares does. */
public enum DeletionPolicy {
  /** Delete it, close its links (kept as history) and report the impact. The default. */
  ALLOW_WITH_IMPACT,
  /**
   * Refuse with {@link org.consumerorgs.error.DeletionRefusedException} while it is linked to any share; the provider
   * must remove it from its shares first.
   */
  REFUSE_WHILE_LINKED
}
