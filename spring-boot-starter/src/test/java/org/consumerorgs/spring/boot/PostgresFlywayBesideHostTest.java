package org.consumerorgs.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.jdbc.JdbcSchema;
import org.consumerorgs.spring.boot.example.ExampleApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On PostgreSQL, the application's own Flyway (Boot's, with its own V1 in {@code db/migration}) and the SDK's Flyway
 * run side by side in one schema, each with its own history, without "more than one migration with version 1".
 */
@ExtendWith(PostgresSchema.class)
@SpringBootTest(classes = ExampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresFlywayBesideHostTest {
  private static final String SCHEMA = PostgresSchema.uniqueName();

  @Autowired
  ConsumerOrgs sdk;
  @Autowired
  JdbcTemplate sql;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> PostgresSchema.create(SCHEMA));
    registry.add("spring.datasource.username", () -> PostgresSchema.USER);
  }

  @AfterAll
  void dropSchema() {
    PostgresSchema.drop(SCHEMA);
  }

  @Test
  void eachFlywayKeepsItsOwnHistory() {
    assertThat(sql.queryForList("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank",
        String.class)).containsExactly("1");
    assertThat(sql.queryForObject("SELECT count(*) FROM host_audit", Integer.class)).isZero();
    // The host's migration ran first, so the SDK's Flyway found a schema with tables and baselined at 0 before V1.
    assertThat(sql.queryForList("SELECT version || ':' || type FROM corg_schema_history WHERE success"
        + " ORDER BY installed_rank", String.class)).containsExactly("0:BASELINE", "1:SQL", "2:SQL", "3:SQL");
    assertThat(sql.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE script LIKE '%consumer%'"
        + " OR script LIKE '%V2%' OR script LIKE '%V3%'", Integer.class)).isZero();
  }

  @Test
  void theSdkWorksOnTheMigratedSchema() {
    Actor alice = Actor.ofProvider(ProviderId.of("acme-data"), "alice");
    sdk.providers().register(alice, "Acme Data");
    assertThat(sdk.organizations().create(alice, "Globex").name()).isEqualTo("Globex");
  }

  @Test
  void aSecondStartMigratesNothingAndStarts() {
    try (ConfigurableApplicationContext again = new SpringApplicationBuilder(ExampleApplication.class)
        .web(WebApplicationType.NONE)
        .run("--spring.datasource.url=" + PostgresSchema.create(SCHEMA), "--spring.datasource.username=" + PostgresSchema.USER)) {
      assertThat(again.getBean(ConsumerOrgs.class)).isNotNull();
      assertThat(JdbcSchema.installedVersion(again.getBean(javax.sql.DataSource.class), "corg_"))
          .contains(JdbcSchema.REQUIRED_VERSION);
    }
    assertThat(sql.queryForObject("SELECT count(*) FROM corg_schema_history", Integer.class)).isEqualTo(4);
  }
}
