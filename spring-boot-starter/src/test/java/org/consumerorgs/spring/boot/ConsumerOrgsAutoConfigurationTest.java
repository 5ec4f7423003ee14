package org.consumerorgs.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.error.DuplicateNameException;
import org.consumerorgs.error.LimitExceededException;
import org.consumerorgs.error.StorageException;
import org.consumerorgs.inmemory.InMemoryStorage;
import org.consumerorgs.jdbc.JdbcSchema;
import org.consumerorgs.jdbc.JdbcStorage;
import org.consumerorgs.policy.DeletionPolicy;
import org.consumerorgs.policy.Policies;
import org.consumerorgs.spi.IdGenerator;
import org.consumerorgs.spi.Storage;
import org.consumerorgs.spi.UseCase;
import org.consumerorgs.spi.UseCaseListener;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The auto-configuration's conditions, settings and overrides, each on a fresh H2 database. */
class ConsumerOrgsAutoConfigurationTest {
  private static final Actor ALICE = Actor.ofProvider(ProviderId.of("acme-data"), "alice");

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
          DataSourceTransactionManagerAutoConfiguration.class, ConsumerOrgsAutoConfiguration.class,
          ConsumerOrgsWebAutoConfiguration.class))
      .withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

  @Test
  void aDataSourceAloneGivesAWorkingSdkOnASchemaItsFlywayMigrated() {
    runner.run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(ConsumerOrgs.class).hasSingleBean(JdbcStorage.class);
      ConsumerOrgs sdk = context.getBean(ConsumerOrgs.class);
      sdk.providers().register(ALICE, "Acme Data");
      assertThat(sdk.organizations().create(ALICE, "Globex").name()).isEqualTo("Globex");
      JdbcTemplate sql = new JdbcTemplate(context.getBean(DataSource.class));
      assertThat(sql.queryForList("SELECT \"version\" FROM \"corg_schema_history\" WHERE \"success\" AND"
          + " \"version\" IS NOT NULL ORDER BY \"installed_rank\"", String.class)).containsExactly("1", "2", "3");
      assertThat(JdbcSchema.installedVersion(context.getBean(DataSource.class), "corg_"))
          .contains(JdbcSchema.REQUIRED_VERSION);
    });
  }

  @Test
  void withoutFlywayAMissingSchemaFailsStartUpNamingTheFix() {
    runner.withClassLoader(new FilteredClassLoader(Flyway.class)).run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("is not installed").hasMessageContaining("consumer-orgs.schema.mode=install")
          .hasMessageContaining("JdbcSchema.install(dataSource, \"corg_\")");
    });
  }

  @Test
  void modeFlywayWithoutFlywayFailsStartUpSayingSo() {
    runner.withClassLoader(new FilteredClassLoader(Flyway.class)).withPropertyValues("consumer-orgs.schema.mode=flyway")
        .run(context -> assertThat(context.getStartupFailure()).rootCause()
            .hasMessageContaining("Flyway is not on the class path"));
  }

  @Test
  void modeInstallInstallsThroughJdbcSchemaWithTheConfiguredPrefix() {
    runner.withPropertyValues("consumer-orgs.schema.mode=install", "consumer-orgs.table-prefix=shop_").run(context -> {
      assertThat(context).hasNotFailed();
      DataSource dataSource = context.getBean(DataSource.class);
      assertThat(JdbcSchema.installedVersion(dataSource, "shop_")).contains(JdbcSchema.REQUIRED_VERSION);
      assertThat(JdbcSchema.isInstalled(dataSource, "corg_")).isFalse();
      assertThat(context.getBean(JdbcStorage.class).tablePrefix()).isEqualTo("shop_");
    });
  }

  @Test
  void modeValidateAcceptsASchemaAtTheRequiredVersion() {
    runner.withPropertyValues("consumer-orgs.schema.mode=install").run(installed -> {
      runner.withPropertyValues("consumer-orgs.schema.mode=validate",
          "spring.datasource.url=" + installed.getBean(DataSource.class).getConnection().getMetaData().getURL()
              + ";DB_CLOSE_DELAY=-1")
          .run(context -> assertThat(context).hasNotFailed().hasSingleBean(ConsumerOrgs.class));
    });
  }

  @Test
  void theSettingsBecomeThePolicies() {
    runner.withPropertyValues("consumer-orgs.deletion-policy=refuse-while-linked",
        "consumer-orgs.billing-time-zone=Europe/Paris", "consumer-orgs.naming.min-length=2",
        "consumer-orgs.naming.max-length=40", "consumer-orgs.attempts=5").run(context -> {
          Policies policies = context.getBean(ConsumerOrgs.class).policies();
          assertThat(policies.deletion()).isEqualTo(DeletionPolicy.REFUSE_WHILE_LINKED);
          assertThat(policies.billingZone()).isEqualTo(ZoneId.of("Europe/Paris"));
          assertThat(policies.naming().minLength()).isEqualTo(2);
          assertThat(policies.naming().maxLength()).isEqualTo(40);
        });
  }

  @Test
  void theApplicationsOwnBeansAreUsed() {
    runner.withUserConfiguration(HostBeans.class).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).doesNotHaveBean(JdbcStorage.class);
      assertThat(context.getBean(Clock.class)).isSameAs(HostBeans.CLOCK);
      ConsumerOrgs sdk = context.getBean(ConsumerOrgs.class);
      assertThat(sdk.policies().deletion()).isEqualTo(DeletionPolicy.REFUSE_WHILE_LINKED);
      sdk.providers().register(ALICE, "Acme Data");
      ConsumerOrganization globex = sdk.organizations().create(ALICE, "Globex");
      assertThat(globex.createdAt()).isEqualTo(HostBeans.CLOCK.instant());
      assertThat(globex.id().value()).startsWith("host-");
    });
  }

  @Test
  void theApplicationsOwnConsumerOrgsReplacesTheStartersOne() {
    ConsumerOrgs own = ConsumerOrgs.builder(new InMemoryStorage()).build();
    runner.withBean(ConsumerOrgs.class, () -> own)
        .run(context -> assertThat(context.getBean(ConsumerOrgs.class)).isSameAs(own));
  }

  @Test
  void withoutADataSourceThereIsNoSdk() {
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ConsumerOrgsAutoConfiguration.class))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ConsumerOrgs.class));
  }

  @Test
  void eachUseCaseIsTimedByOutcomeAndCode() {
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
      ConsumerOrgs sdk = context.getBean(ConsumerOrgs.class);
      sdk.providers().register(ALICE, "Acme Data");
      sdk.organizations().create(ALICE, "Globex");
      sdk.organizations().create(ALICE, "Initech");
      assertThatThrownBy(() -> sdk.organizations().create(ALICE, "GLOBEX")).isInstanceOf(DuplicateNameException.class);
      assertThatThrownBy(() -> sdk.organizations().list(ALICE, PageRequest.first(1001)))
          .isInstanceOf(LimitExceededException.class);
      sdk.organizations().search(ALICE, SearchRequest.of("glo"));
      MeterRegistry meters = context.getBean(MeterRegistry.class);
      assertThat(calls(meters, "organization_create", "success", "none")).isEqualTo(2);
      assertThat(calls(meters, "organization_create", "refused", "DUPLICATE_NAME")).isEqualTo(1);
      assertThat(calls(meters, "organization_list", "refused", "LIMIT_EXCEEDED")).isEqualTo(1);
      assertThat(calls(meters, "organization_search", "success", "none")).isEqualTo(1);
      assertThat(calls(meters, "provider_register", "success", "none")).isEqualTo(1);
      assertThat(meters.find(MicrometerUseCaseListener.RETRIES).counters()).isEmpty();
    });
  }

  @Test
  void retriesAndConflictsAreCountedByUseCase() {
    AtomicInteger conflictsToCome = new AtomicInteger();
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withBean(StorageDecorator.class, () -> storage -> new ConflictingStorage(storage, conflictsToCome))
        .withPropertyValues("consumer-orgs.attempts=2").run(context -> {
          ConsumerOrgs sdk = context.getBean(ConsumerOrgs.class);
          sdk.providers().register(ALICE, "Acme Data");
          conflictsToCome.set(1);
          sdk.organizations().create(ALICE, "Globex");
          conflictsToCome.set(2);
          assertThatThrownBy(() -> sdk.organizations().create(ALICE, "Initech"))
              .isInstanceOf(StorageException.class);
          MeterRegistry meters = context.getBean(MeterRegistry.class);
          assertThat(calls(meters, "organization_create", "success", "none")).isEqualTo(1);
          assertThat(calls(meters, "organization_create", "storage_failure", "STORAGE_CONFLICT")).isEqualTo(1);
          // one retry per call: the second call's second conflict was its last attempt
          assertThat(meters.get(MicrometerUseCaseListener.RETRIES)
              .tags("use_case", "organization_create", "code", "STORAGE_CONFLICT").counter().count()).isEqualTo(2);
          assertThat(meters.get(MicrometerUseCaseListener.CONFLICTS).tags("use_case", "organization_create")
              .counter().count()).isEqualTo(3);
        });
  }

  @Test
  void theHostsOwnListenersAreToldBesideTheMetrics() {
    List<UseCase> seen = new CopyOnWriteArrayList<>();
    UseCaseListener host = useCase -> {
      seen.add(useCase);
      return UseCaseListener.none().started(useCase);
    };
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).withBean(UseCaseListener.class, () -> host)
        .run(context -> {
          context.getBean(ConsumerOrgs.class).providers().register(ALICE, "Acme Data");
          assertThat(seen).containsExactly(UseCase.PROVIDER_REGISTER);
          assertThat(calls(context.getBean(MeterRegistry.class), "provider_register", "success", "none"))
              .isEqualTo(1);
        });
  }

  @Test
  void metricsCanBeSwitchedOff() {
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withPropertyValues("consumer-orgs.metrics.enabled=false")
        .run(context -> {
          assertThat(context).doesNotHaveBean("consumerOrgsMetrics");
          context.getBean(ConsumerOrgs.class).providers().register(ALICE, "Acme Data");
          assertThat(context.getBean(MeterRegistry.class).find(MicrometerUseCaseListener.CALLS).timers()).isEmpty();
        });
  }

  private static long calls(MeterRegistry meters, String useCase, String outcome, String code) {
    return meters.get(MicrometerUseCaseListener.CALLS).tags("use_case", useCase, "outcome", outcome, "code", code)
        .timer().count();
  }

  @Test
  void healthIsUpAtTheRequiredVersionAndDownWithoutTheSchema() {
    runner.run(context -> {
      assertThat(context.getBean("consumerOrgsHealthIndicator", ConsumerOrgsHealthIndicator.class).health())
          .satisfies(health -> {
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("schemaVersion", JdbcSchema.REQUIRED_VERSION);
          });
      ConsumerOrgsHealthIndicator otherPrefix =
          new ConsumerOrgsHealthIndicator(context.getBean(DataSource.class), "absent_");
      assertThat(otherPrefix.health().getStatus()).isEqualTo(Status.DOWN);
    });
  }

  @Test
  void problemResponsesComeWithSpringMvcAndCanBeSwitchedOff() {
    WebApplicationContextRunner web = new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ConsumerOrgsWebAutoConfiguration.class));
    web.run(context -> assertThat(context).hasSingleBean(ConsumerOrgsProblemDetails.class));
    web.withPropertyValues("consumer-orgs.web.problem-details=false")
        .run(context -> assertThat(context).doesNotHaveBean(ConsumerOrgsProblemDetails.class));
    runner.run(context -> assertThat(context).doesNotHaveBean(ConsumerOrgsProblemDetails.class));
  }

  @Configuration(proxyBeanMethods = false)
  static class HostBeans {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);

    @Bean
    Clock hostClock() {
      return CLOCK;
    }

    @Bean
    IdGenerator hostIds() {
      return () -> "host-" + UUID.randomUUID();
    }

    @Bean
    Policies hostPolicies() {
      return Policies.defaults().withDeletion(DeletionPolicy.REFUSE_WHILE_LINKED);
    }

    @Bean
    Storage hostStorage() {
      return new InMemoryStorage();
    }
  }
}
