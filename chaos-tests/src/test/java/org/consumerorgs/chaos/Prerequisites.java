package org.consumerorgs.chaos;

import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A scenario that this machine cannot run (no server, no binaries) is skipped with the reason on a developer's machine
 * and fails under {@code CI=true}: CI must run every scenario.
 */
final class Prerequisites {
  private Prerequisites() {}

  static void require(Optional<String> missing) {
    if (missing.isEmpty()) {
      return;
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail(missing.get() + "; under CI=true the chaos suite must run every scenario (see .ci/run)");
    }
    Assumptions.abort(missing.get() + " (skipped; CI=true makes this a failure)");
  }

  /** The seed of a scenario: {@code -Dchaos.seed} if given, else the scenario's own fixed one. */
  static long seed(long scenarioDefault) {
    return Long.getLong("chaos.seed", scenarioDefault);
  }
}
