package org.consumerorgs.jdbc;

import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Flyway as a host runs it on the shipped scripts: from {@code classpath:} + {@link Dialect#scriptFolder()}, with the
 * placeholder {@code table_prefix}, a history table of the SDK's own, and a baseline of 0 so that a schema already
 * holding other tables still gets V1.
 */
final class ShippedScriptsFlyway {
  private ShippedScriptsFlyway() {}

  static Flyway of(DataSource dataSource, Dialect dialect, String prefix) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:" + dialect.scriptFolder())
        .placeholders(Map.of("table_prefix", prefix))
        .table(prefix + "schema_history")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load();
  }

  /** The same Flyway, stopping at {@code version}: what a host of an earlier release ran. */
  static Flyway upTo(DataSource dataSource, Dialect dialect, String prefix, String version) {
    return Flyway.configure().configuration(of(dataSource, dialect, prefix).getConfiguration()).target(version).load();
  }
}
