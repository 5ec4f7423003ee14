package org.consumerorgs.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import javax.sql.DataSource;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.jdbc.JdbcStorage;
import org.consumerorgs.policy.NamingPolicy;
import org.consumerorgs.policy.Policies;
import org.consumerorgs.spi.IdGenerator;
import org.consumerorgs.spi.Storage;
import org.consumerorgs.spi.UseCaseListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.util.ClassUtils;

/**
 * Builds the SDK over the application's {@code DataSource}: a {@link ConsumerOrgs} bean on a {@link JdbcStorage} that
 * joins Spring-managed transactions, after the SDK's schema has been migrated or checked
 * ({@link ConsumerOrgsSchemaInitializer}). Each bean steps back when the application defines its own of that type.
 *
 * <p>It runs after Boot's own Flyway, so that the application's migrations meet an empty schema first, as they would
 * without the SDK, and the SDK's Flyway then baselines beside them.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
    "org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration",
    "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration"})
@ConditionalOnClass({ConsumerOrgs.class, JdbcStorage.class, DataSource.class})
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(ConsumerOrgsProperties.class)
public class ConsumerOrgsAutoConfiguration {
  private static final String FLYWAY = "org.flywaydb.core.Flyway";
  private static final String BOOT_FLYWAY_INITIALIZER =
      "org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer";

  /** Created by Spring Boot. */
  public ConsumerOrgsAutoConfiguration() {}

  /**
   * The clock of every SDK timestamp.
   *
   * @return the system clock in UTC
   */
  @Bean
  @ConditionalOnMissingBean
  public Clock consumerOrgsClock() {
    return Clock.systemUTC();
  }

  /**
   * The ids of new organizations and links.
   *
   * @return random UUIDs
   */
  @Bean
  @ConditionalOnMissingBean
  public IdGenerator consumerOrgsIdGenerator() {
    return IdGenerator.randomUuids();
  }

  /**
   * The SDK's rules, from {@code consumer-orgs.*}.
   *
   * @param properties the settings
   * @return the policies
   */
  @Bean
  @ConditionalOnMissingBean
  public Policies consumerOrgsPolicies(ConsumerOrgsProperties properties) {
    return Policies.defaults()
        .withNaming(NamingPolicy.withLengths(properties.getNaming().getMinLength(),
            properties.getNaming().getMaxLength()))
        .withDeletion(properties.getDeletionPolicy())
        .withBillingZone(properties.getBillingTimeZone());
  }

  /**
   * Migrates or checks the SDK's schema before the storage is built.
   *
   * @param dataSource the application's database
   * @param properties the settings
   * @param beanFactory to wait for the application's own Flyway migration, if it has one
   * @return the initializer
   */
  @Bean(ConsumerOrgsSchemaInitializer.BEAN_NAME)
  public ConsumerOrgsSchemaInitializer consumerOrgsSchemaInitializer(DataSource dataSource,
      ConsumerOrgsProperties properties, ConfigurableListableBeanFactory beanFactory) {
    ClassLoader loader = beanFactory.getBeanClassLoader();
    boolean flywayPresent = ClassUtils.isPresent(FLYWAY, loader);
    SchemaMode mode = properties.getSchema().getMode();
    if (mode == SchemaMode.AUTO) {
      mode = flywayPresent ? SchemaMode.FLYWAY : SchemaMode.VALIDATE;
    }
    if (mode == SchemaMode.FLYWAY && !flywayPresent) {
      throw new IllegalStateException("consumer-orgs.schema.mode=flyway, but Flyway is not on the class path: add"
          + " org.flywaydb:flyway-core (and flyway-database-postgresql or flyway-mysql for those databases), or set"
          + " consumer-orgs.schema.mode=install");
    }
    Runnable flyway = () -> { };
    if (mode == SchemaMode.FLYWAY) {
      SdkFlywayMigration sdkFlyway = new SdkFlywayMigration(dataSource, properties.getTablePrefix());
      flyway = () -> {
        awaitApplicationFlyway(beanFactory, loader);
        sdkFlyway.run();
      };
    }
    return new ConsumerOrgsSchemaInitializer(dataSource, properties.getTablePrefix(), mode, flyway);
  }

  /** Lets Boot's own Flyway migrate first: its beans are created (and so migrate) when they are asked for. */
  private static void awaitApplicationFlyway(ConfigurableListableBeanFactory beanFactory,
      ClassLoader loader) {
    if (ClassUtils.isPresent(BOOT_FLYWAY_INITIALIZER, loader)) {
      beanFactory.getBeansOfType(ClassUtils.resolveClassName(BOOT_FLYWAY_INITIALIZER, loader));
    }
  }

  /**
   * The SDK's storage over the application's {@code DataSource}, joining its Spring-managed transactions.
   *
   * @param dataSource the application's database
   * @param properties the settings
   * @return the storage, built once the schema is ready
   */
  @Bean
  @ConditionalOnMissingBean(Storage.class)
  @DependsOn(ConsumerOrgsSchemaInitializer.BEAN_NAME)
  public JdbcStorage consumerOrgsStorage(DataSource dataSource, ConsumerOrgsProperties properties) {
    return JdbcStorage.builder(dataSource)
        .tablePrefix(properties.getTablePrefix())
        .joining(new SpringTransactionConnections(dataSource))
        .build();
  }

  /**
   * The SDK.
   *
   * @param storage the storage
   * @param clock the clock
   * @param ids the id generator
   * @param policies the policies
   * @param decorators every storage decorator, applied in order
   * @param listeners every listener of the SDK's calls (the starter's metrics among them), told in order
   * @param properties the settings
   * @return the SDK, one for the application
   */
  @Bean
  @ConditionalOnMissingBean
  @DependsOn(ConsumerOrgsSchemaInitializer.BEAN_NAME)
  public ConsumerOrgs consumerOrgs(Storage storage, Clock clock, IdGenerator ids, Policies policies,
      ObjectProvider<StorageDecorator> decorators, ObjectProvider<UseCaseListener> listeners,
      ConsumerOrgsProperties properties) {
    Storage decorated = storage;
    for (StorageDecorator decorator : (Iterable<StorageDecorator>) decorators.orderedStream()::iterator) {
      decorated = decorator.decorate(decorated);
    }
    return ConsumerOrgs.builder(decorated).clock(clock).idGenerator(ids).policies(policies)
        .attempts(properties.getAttempts()).listener(UseCaseListeners.of(listeners.orderedStream().toList()))
        .build();
  }

  /** Micrometer meters of the SDK's calls, by use case, when Micrometer is on the class path. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  @ConditionalOnProperty(prefix = "consumer-orgs.metrics", name = "enabled", matchIfMissing = true)
  static class Metrics {
    /**
     * Records the SDK's calls in the application's registry, if it has one: asked for when the {@code ConsumerOrgs}
     * bean is built, by which time every registry bean is defined.
     *
     * @param registry the application's meter registry
     * @return the Micrometer listener, or the no-op one without a registry
     */
    @Bean
    @ConditionalOnMissingBean(name = "consumerOrgsMetrics")
    UseCaseListener consumerOrgsMetrics(ObjectProvider<MeterRegistry> registry) {
      MeterRegistry meters = registry.getIfAvailable();
      return meters == null ? UseCaseListener.none() : new MicrometerUseCaseListener(meters);
    }
  }

  /** The Actuator health indicator, when Actuator is on the class path. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
  @ConditionalOnProperty(prefix = "management.health.consumer-orgs", name = "enabled", matchIfMissing = true)
  static class Health {
    /**
     * The health of the SDK's storage.
     *
     * @param dataSource the application's database
     * @param properties the settings
     * @return the indicator
     */
    @Bean
    @ConditionalOnMissingBean(name = "consumerOrgsHealthIndicator")
    ConsumerOrgsHealthIndicator consumerOrgsHealthIndicator(DataSource dataSource, ConsumerOrgsProperties properties) {
      return new ConsumerOrgsHealthIndicator(dataSource, properties.getTablePrefix());
    }
  }
}
