package org.consumerorgs.examples.host;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a server-backed test class, with the reason, when its server does not answer; under {@code CI=true} it never
 * skips: the tests run and fail on the unreachable server, because CI must run them. (The JDBC adapter's tests guard
 * their servers the same way.)
 */
public abstract class ServerAvailable implements ExecutionCondition {
  private final TestServer server;

  ServerAvailable(TestServer server) {
    this.server = server;
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Optional<String> reason = TestServer.inCi() ? Optional.empty() : server.unavailable();
    return reason.map(r -> ConditionEvaluationResult.disabled(r + " (skipped; CI=true makes this a failure)"))
        .orElseGet(() -> ConditionEvaluationResult.enabled(server + " answers"));
  }

  /** Runs the class when PostgreSQL answers. */
  public static final class Postgres extends ServerAvailable {
    public Postgres() {
      super(TestServer.POSTGRES);
    }
  }

  /** Runs the class when MariaDB answers. */
  public static final class MariaDb extends ServerAvailable {
    public MariaDb() {
      super(TestServer.MARIADB);
    }
  }
}
