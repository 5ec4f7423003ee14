package org.consumerorgs.examples.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a browser test class, with the reason, on a machine without Debian's Chromium and its driver; under
 * {@code CI=true} it never skips (CI installs both, see {@code .ci/run}), so a missing browser fails there.
 */
final class ChromiumAvailable implements ExecutionCondition {
  static final Path CHROMIUM = Path.of(System.getProperty("console.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("console.chromedriver", "/usr/bin/chromedriver"));

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      return ConditionEvaluationResult.enabled("CI=true: browser tests always run");
    }
    return missing().map(m -> ConditionEvaluationResult.disabled(m + " (skipped; apt-get install chromium"
            + " chromium-driver, or -Dconsole.chromium / -Dconsole.chromedriver; CI=true makes this a failure)"))
        .orElseGet(() -> ConditionEvaluationResult.enabled("Chromium and its driver are installed"));
  }

  static Optional<String> missing() {
    for (Path binary : new Path[] {CHROMIUM, CHROMEDRIVER}) {
      if (!Files.isExecutable(binary)) {
        return Optional.of(binary + " is not installed");
      }
    }
    return Optional.empty();
  }
}
