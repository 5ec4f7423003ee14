package org.consumerorgs.spring.boot;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.consumerorgs.jdbc.Dialect;
import org.consumerorgs.jdbc.JdbcSchema;
import org.flywaydb.core.Flyway;

/**
 * The SDK's own Flyway: a separate instance from the application's (whose history and locations it never touches),
 * over the SDK's shipped scripts for the database at hand, recorded in {@code <prefix>schema_history}. Only this
 * class names Flyway, so the starter loads without it.
 */
final class SdkFlywayMigration implements Runnable {
  private final DataSource dataSource;
  private final String tablePrefix;

  SdkFlywayMigration(DataSource dataSource, String tablePrefix) {
    this.dataSource = dataSource;
    this.tablePrefix = tablePrefix;
  }

  @Override
  public void run() {
    // A schema JdbcSchema installed has no history of ours yet: baseline at its version so Flyway does not run V1
    // again. An empty one baselines at 0 beside the application's tables, so that V1 runs (Flyway's default, 1,
    // would skip it). Once our history exists the baseline is ignored.
    int installed = JdbcSchema.installedVersion(dataSource, tablePrefix).orElse(0);
    Flyway.configure(SdkFlywayMigration.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:" + dialect().scriptFolder())
        .placeholders(Map.of("table_prefix", tablePrefix))
        .table(tablePrefix + "schema_history")
        .baselineOnMigrate(true)
        .baselineVersion(String.valueOf(installed))
        .load()
        .migrate();
  }

  private Dialect dialect() {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      return Dialect.fromProductName(product).orElseThrow(() -> new IllegalStateException("the database \"" + product
          + "\" is not supported by the Consumer Organizations SDK: it supports PostgreSQL, MariaDB, MySQL and H2"));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not connect to the database to migrate the SDK's schema: "
          + e.getMessage(), e);
    }
  }
}
