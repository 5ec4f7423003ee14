package org.consumerorgs.chaos;

import java.util.List;
import java.util.Optional;

/**
 * One logged call of the workload.
 *
 * @param actorId the actor the call was made as, unique to the call, so that its events can be told from all others
 * @param what the operation and its arguments, as text
 * @param kind how it ended
 * @param detail the result, or the exception's class and message (and for a storage failure, outcome and retryable)
 * @param acknowledged for an acknowledged call, what it says it did; empty otherwise
 * @param failure the exception, if any
 */
record Call(long number, String actorId, int thread, String what, OutcomeKind kind, String detail,
    Optional<Acknowledged> acknowledged, Optional<Throwable> failure) {

  String line() {
    return "#" + number + " t" + thread + " " + what + " -> " + kind + " " + detail;
  }
}
