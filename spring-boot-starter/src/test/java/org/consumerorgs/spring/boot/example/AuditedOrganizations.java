package org.consumerorgs.spring.boot.example;

import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.error.DuplicateNameException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A host service that writes a table of its own and calls the SDK in one {@code @Transactional} method. */
@Service
public class AuditedOrganizations {
  private final ConsumerOrgs sdk;
  private final JdbcTemplate sql;

  AuditedOrganizations(ConsumerOrgs sdk, JdbcTemplate sql) {
    this.sdk = sdk;
    this.sql = sql;
  }

  /** Creates the organization and its audit row together; {@code failAfter} makes the host fail after both. */
  @Transactional
  public ConsumerOrganization create(Actor actor, long auditId, String name, boolean failAfter) {
    sql.update("INSERT INTO host_audit (id, note) VALUES (?, ?)", auditId, "create " + name);
    ConsumerOrganization created = sdk.organizations().create(actor, name);
    if (failAfter) {
      throw new IllegalStateException("the host fails after the SDK's write");
    }
    return created;
  }

  /**
   * Tries a create the SDK refuses (a taken name), then goes on writing in the same transaction, which must still be
   * usable.
   */
  @Transactional
  public boolean tryDuplicateThenAudit(Actor actor, long auditId, String takenName) {
    boolean refused = false;
    try {
      sdk.organizations().create(actor, takenName);
    } catch (DuplicateNameException expected) {
      refused = true;
    }
    sql.update("INSERT INTO host_audit (id, note) VALUES (?, ?)", auditId, "after refusal");
    return refused;
  }
}
