package org.consumerorgs.spring.boot;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import javax.sql.DataSource;
import org.consumerorgs.jdbc.JdbcSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Brings the SDK's schema where the SDK needs it, or proves it is there, before the {@code Storage} bean (which depends
 * on this bean) is created: by Flyway, by {@link JdbcSchema#install}, or by checking only, as
 * {@code consumer-orgs.schema.mode} says.
 */
public final class ConsumerOrgsSchemaInitializer implements InitializingBean {
  /** The bean name the storage bean depends on. */
  public static final String BEAN_NAME = "consumerOrgsSchemaInitializer";

  private static final Logger log = LoggerFactory.getLogger(ConsumerOrgsSchemaInitializer.class);

  private final DataSource dataSource;
  private final String tablePrefix;
  private final SchemaMode mode;
  private final Runnable flywayMigration;

  /**
   * An initializer of the schema with this table prefix.
   *
   * @param dataSource the application's database
   * @param tablePrefix the SDK's table prefix
   * @param mode what to do; {@link SchemaMode#AUTO} must have been resolved already
   * @param flywayMigration runs the SDK's own Flyway, for {@link SchemaMode#FLYWAY}
   */
  public ConsumerOrgsSchemaInitializer(DataSource dataSource, String tablePrefix, SchemaMode mode,
      Runnable flywayMigration) {
    this.dataSource = requireNonNull(dataSource, "dataSource");
    this.tablePrefix = requireNonNull(tablePrefix, "tablePrefix");
    this.mode = requireNonNull(mode, "mode");
    this.flywayMigration = requireNonNull(flywayMigration, "flywayMigration");
    if (mode == SchemaMode.AUTO) {
      throw new IllegalArgumentException("resolve SchemaMode.AUTO before building the initializer");
    }
  }

  /** The mode this initializer applies. */
  SchemaMode mode() {
    return mode;
  }

  @Override
  public void afterPropertiesSet() {
    switch (mode) {
      case FLYWAY -> flywayMigration.run();
      case INSTALL -> JdbcSchema.install(dataSource, tablePrefix);
      case VALIDATE -> validate();
      case NONE -> log.debug("consumer-orgs.schema.mode=none: the SDK's schema is neither migrated nor checked");
      case AUTO -> throw new IllegalStateException("unresolved schema mode");
    }
  }

  private void validate() {
    Optional<Integer> installed = JdbcSchema.installedVersion(dataSource, tablePrefix);
    if (installed.isPresent() && installed.get() == JdbcSchema.REQUIRED_VERSION) {
      return;
    }
    String found = installed.map(v -> "is at version " + v).orElse("is not installed");
    throw new IllegalStateException("The Consumer Organizations schema (table prefix \"" + tablePrefix + "\") " + found
        + " in the application's database; this release needs version " + JdbcSchema.REQUIRED_VERSION + ". Set"
        + " consumer-orgs.schema.mode=install to install or upgrade it at start-up, or add Flyway (org.flywaydb:"
        + "flyway-core) to migrate it with consumer-orgs.schema.mode=flyway, or run JdbcSchema.install(dataSource, \""
        + tablePrefix + "\") yourself.");
  }
}
