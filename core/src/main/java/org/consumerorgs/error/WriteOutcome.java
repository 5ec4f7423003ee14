package org.consumerorgs.error;

/**
 * What a failed call left in the store, as far as the SDK can know: the one thing a host must learn before it
 * decides to call again, told without parsing a message.
 */
public enum WriteOutcome {
  /**
   * Nothing of the call was saved: the failure came before the commit was sent, or the database answered the
   * commit with a refusal. Calling again is safe. Every read that fails says this too (a read saves nothing).
   */
  NOT_APPLIED,
  /**
   * The connection failed while the commit was on its way: the database may have saved the change or not, and
   * nobody can tell from here. Read the data (or the event log) before making the call again.
   */
  UNKNOWN
}
