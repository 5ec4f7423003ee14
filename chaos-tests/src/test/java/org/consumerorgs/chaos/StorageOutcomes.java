package org.consumerorgs.chaos;

import org.consumerorgs.error.StorageException;
import org.consumerorgs.error.WriteOutcome;

/** What a {@link StorageException} says about whether the failed change was applied, as the checks count it. */
final class StorageOutcomes {
  private StorageOutcomes() {}

  /**
   * {@link OutcomeKind#STORAGE_NOT_APPLIED} when the exception says nothing was saved (then the call must have left
   * no trace), else {@link OutcomeKind#STORAGE_UNKNOWN} (then all of it or none).
   */
  static OutcomeKind kindOf(StorageException e) {
    return e.outcome() == WriteOutcome.NOT_APPLIED ? OutcomeKind.STORAGE_NOT_APPLIED : OutcomeKind.STORAGE_UNKNOWN;
  }
}
