package org.consumerorgs.benchmarks;

/**
 * Which side a write benchmark's iteration measures: the baseline on even iterations (counting warm-up ones from
 * 0), the SDK on odd ones. Interleaved in one JVM, the two see the same machine moment by moment, so a neighbour's
 * burst of disk or CPU load lands on both rather than on whichever ran second; {@link Report} splits the iterations
 * again by the same rule.
 */
final class Turns {
  private int iteration = -1;

  /** Moves to the next iteration; true when it measures the SDK. */
  boolean next() {
    iteration++;
    return sdk(iteration);
  }

  static boolean sdk(int iteration) {
    return iteration % 2 == 1;
  }
}
