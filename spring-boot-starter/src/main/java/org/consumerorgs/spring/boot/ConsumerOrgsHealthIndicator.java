package org.consumerorgs.spring.boot;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import javax.sql.DataSource;
import org.consumerorgs.error.StorageException;
import org.consumerorgs.jdbc.JdbcSchema;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Actuator health of the SDK's storage ({@code /actuator/health/consumerOrgs}): UP when the database answers and the
 * SDK's schema is at {@link JdbcSchema#REQUIRED_VERSION}; DOWN, with the reason, otherwise.
 */
public final class ConsumerOrgsHealthIndicator implements HealthIndicator {
  private final DataSource dataSource;
  private final String tablePrefix;

  /**
   * A health indicator of the schema with this prefix.
   *
   * @param dataSource the SDK's database
   * @param tablePrefix the SDK's table prefix
   */
  public ConsumerOrgsHealthIndicator(DataSource dataSource, String tablePrefix) {
    this.dataSource = requireNonNull(dataSource, "dataSource");
    this.tablePrefix = requireNonNull(tablePrefix, "tablePrefix");
  }

  @Override
  public Health health() {
    Health.Builder health = new Health.Builder().withDetail("tablePrefix", tablePrefix)
        .withDetail("requiredSchemaVersion", JdbcSchema.REQUIRED_VERSION);
    Optional<Integer> installed;
    try {
      installed = JdbcSchema.installedVersion(dataSource, tablePrefix);
    } catch (StorageException e) {
      return health.down().withDetail("code", e.code().name()).withDetail("error", e.getMessage()).build();
    }
    if (installed.isEmpty()) {
      return health.down().withDetail("error", "the schema is not installed").build();
    }
    health.withDetail("schemaVersion", installed.get());
    return installed.get() == JdbcSchema.REQUIRED_VERSION ? health.up().build()
        : health.down().withDetail("error", "the schema is at another version than this release needs").build();
  }
}
