package org.consumerorgs.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.spring.boot.example.AuditedOrganizations;
import org.consumerorgs.spring.boot.example.ExampleApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL, SDK calls inside a Spring-managed transaction join it: the host's row and the SDK's organization
 * commit together and roll back together, a refused SDK call leaves the host's transaction usable, and outside a
 * transaction the SDK commits on its own.
 */
@ExtendWith(PostgresSchema.class)
@SpringBootTest(classes = ExampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresTransactionJoiningTest {
  private static final String SCHEMA = PostgresSchema.uniqueName();
  private static final Actor ALICE = Actor.ofProvider(ProviderId.of("acme-data"), "alice");

  @Autowired
  ConsumerOrgs sdk;
  @Autowired
  AuditedOrganizations host;
  @Autowired
  JdbcTemplate sql;
  @Autowired
  TransactionTemplate transactions;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> PostgresSchema.create(SCHEMA));
    registry.add("spring.datasource.username", () -> PostgresSchema.USER);
  }

  @BeforeAll
  void registerProvider() {
    sdk.providers().register(ALICE, "Acme Data");
  }

  @AfterAll
  void dropSchema() {
    PostgresSchema.drop(SCHEMA);
  }

  @Test
  void theHostsRowAndTheSdksOrganizationCommitTogether() {
    host.create(ALICE, 1, "Globex", false);
    assertThat(auditRow(1)).isEqualTo(1);
    assertThat(organizationNamed("Globex")).isTrue();
  }

  @Test
  void theyRollBackTogetherWhenTheHostFails() {
    assertThatThrownBy(() -> host.create(ALICE, 2, "Initech", true)).isInstanceOf(IllegalStateException.class);
    assertThat(auditRow(2)).isZero();
    assertThat(organizationNamed("Initech")).isFalse();
  }

  @Test
  void aRefusedSdkCallLeavesTheHostsTransactionUsable() {
    sdk.organizations().create(ALICE, "Umbrella");
    assertThat(host.tryDuplicateThenAudit(ALICE, 3, "UMBRELLA")).isTrue();
    assertThat(auditRow(3)).isEqualTo(1);
  }

  @Test
  void aTransactionTemplateMarkedRollbackOnlyTakesTheSdksWriteWithIt() {
    transactions.executeWithoutResult(status -> {
      ConsumerOrganization hooli = sdk.organizations().create(ALICE, "Hooli");
      assertThat(sdk.organizations().find(ALICE, hooli.id())).as("visible inside the transaction").isPresent();
      status.setRollbackOnly();
    });
    assertThat(organizationNamed("Hooli")).isFalse();
  }

  @Test
  void outsideATransactionTheSdkCommitsOnItsOwn() {
    sdk.organizations().create(ALICE, "Soylent");
    assertThat(organizationNamed("Soylent")).isTrue();
  }

  private int auditRow(long id) {
    return sql.queryForObject("SELECT count(*) FROM host_audit WHERE id = ?", Integer.class, id);
  }

  private boolean organizationNamed(String name) {
    return sdk.organizations().list(ALICE, PageRequest.first(100)).items().stream()
        .anyMatch(o -> o.name().equals(name));
  }
}
