package org.consumerorgs.spring.boot;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A PostgreSQL schema of one test class's own on the project machines' server (127.0.0.1:5432, user postgres), and
 * the condition that skips the class, with the reason, when the server does not answer. Under {@code CI=true} it never
 * skips: the class runs and fails on the unreachable server, because CI must run it.
 */
final class PostgresSchema implements ExecutionCondition {
  static final String URL = System.getProperty("corg.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
  static final String USER = System.getProperty("corg.test.postgres.user", "postgres");

  /** Used by JUnit as the condition ({@code @ExtendWith(PostgresSchema.class)}). */
  PostgresSchema() {}

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      return ConditionEvaluationResult.enabled("CI=true: PostgreSQL must answer");
    }
    return unreachable().map(reason -> ConditionEvaluationResult.disabled(reason
        + " (skipped; CI=true makes this a failure)")).orElseGet(() -> ConditionEvaluationResult.enabled("answers"));
  }

  private static Optional<String> unreachable() {
    try (Connection ignored = DriverManager.getConnection(URL, USER, "")) {
      return Optional.empty();
    } catch (SQLException e) {
      return Optional.of("PostgreSQL at " + URL + " (user " + USER + ") is not reachable: " + e.getMessage());
    }
  }

  private static final Map<String, String> CREATED = new HashMap<>();

  /**
   * Creates the schema on first call and returns the JDBC URL whose connections work in it (pg_trgm stays in public,
   * so dropping the schema never drops the extension others use). Spring asks for a property more than once.
   */
  static synchronized String create(String name) {
    return CREATED.computeIfAbsent(name, n -> {
      execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public; CREATE SCHEMA " + n);
      return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + n + ",public";
    });
  }

  /** A schema name no other run uses. */
  static String uniqueName() {
    return "corg_boot_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
  }

  static void drop(String name) {
    execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
  }

  private static void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(URL, USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + URL + " (user " + USER + "): could not run " + sql
          + (("true".equalsIgnoreCase(System.getenv("CI"))) ? " (CI=true: start the server, see .ci/run)" : ""), e);
    }
  }
}
