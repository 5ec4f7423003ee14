package org.consumerorgs.jdbc;

import java.util.Optional;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a server-backed test class, with the reason, when its server does not answer; on for Jupiter tests
 * ({@code @ExtendWith}) and jqwik properties ({@code @AddLifecycleHook}) alike. Under {@code CI=true} it never skips:
 * the tests run and fail on the unreachable server, because CI must run them.
 */
abstract class ServerAvailable implements ExecutionCondition, SkipExecutionHook {
  private final Dialect dialect;

  ServerAvailable(Dialect dialect) {
    this.dialect = dialect;
  }

  private Optional<String> skipReason() {
    if (TestDatabase.inCi()) {
      return Optional.empty();
    }
    return TestDatabase.unavailable(dialect).map(reason -> reason + " (skipped; CI=true makes this a failure)");
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return skipReason().map(ConditionEvaluationResult::disabled)
        .orElseGet(() -> ConditionEvaluationResult.enabled(dialect + " answers"));
  }

  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    return skipReason().map(SkipResult::skip).orElseGet(SkipResult::doNotSkip);
  }

  /** For classes that need PostgreSQL. */
  static final class Postgres extends ServerAvailable {
    Postgres() {
      super(Dialect.POSTGRESQL);
    }
  }

  /** For classes that need MariaDB. */
  static final class MariaDb extends ServerAvailable {
    MariaDb() {
      super(Dialect.MARIADB);
    }
  }
}
