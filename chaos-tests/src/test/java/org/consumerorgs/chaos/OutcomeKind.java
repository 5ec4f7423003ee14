package org.consumerorgs.chaos;

/** How a call of the workload ended, as the host saw it. */
enum OutcomeKind {
  /** The SDK returned a result: the change (if any) is committed. */
  ACKNOWLEDGED,
  /** A domain refusal (duplicate name, stale version, not found, ...): nothing may have changed. */
  REFUSED,
  /** A {@code StorageException} that says the change was not applied: nothing may have changed. */
  STORAGE_NOT_APPLIED,
  /** A {@code StorageException} that leaves open whether the change was applied: all of it or none. */
  STORAGE_UNKNOWN,
  /** An exception from outside {@code org.consumerorgs.error}: never allowed to reach a host. */
  FOREIGN;

  /** Whether the call certainly changed nothing. */
  boolean definitelyFailed() {
    return this == REFUSED || this == STORAGE_NOT_APPLIED;
  }
}
