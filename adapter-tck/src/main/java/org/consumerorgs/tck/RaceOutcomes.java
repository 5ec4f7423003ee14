package org.consumerorgs.tck;

import java.util.List;
import java.util.function.Predicate;

/**
 * What the threads of a {@link ConcurrentRun} got back, by thread and round: an {@link Attempt}, or whatever the test
 * records of a call. Immutable once the race has ended.
 */
final class RaceOutcomes<T> {
  private final List<List<T>> byThread;

  RaceOutcomes(List<List<T>> byThread) {
    this.byThread = byThread.stream().map(List::copyOf).toList();
  }

  /** {@return the outcome of {@code thread} in {@code round}} */
  T of(int thread, int round) {
    return byThread.get(thread).get(round);
  }

  /** {@return every thread's outcome in {@code round}, in thread order} */
  List<T> round(int round) {
    return byThread.stream().map(outcomes -> outcomes.get(round)).toList();
  }

  /** {@return {@code thread}'s outcomes, round by round} */
  List<T> ofThread(int thread) {
    return byThread.get(thread);
  }

  /** {@return the threads' outcomes, one list per thread} */
  List<List<T>> byThread() {
    return byThread;
  }

  /** {@return every outcome, thread by thread} */
  List<T> all() {
    return byThread.stream().flatMap(List::stream).toList();
  }

  /** {@return the outcomes that {@code test} accepts, thread by thread} */
  List<T> where(Predicate<T> test) {
    return all().stream().filter(test).toList();
  }
}
