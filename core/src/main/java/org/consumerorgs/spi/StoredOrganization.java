package org.consumerorgs.spi;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.consumerorgs.domain.ConsumerOrganization;

/** An organization as stored, live or deleted: reports about the past need the deleted ones too. */
public record StoredOrganization(ConsumerOrganization organization, Optional<Instant> deletedAt) {
  /**
   * Checks that no field is null.
   *
   * @param organization the organization as last stored
   * @param deletedAt when it was deleted, if it was
   */
  public StoredOrganization {
    requireNonNull(organization, "organization");
    requireNonNull(deletedAt, "deletedAt");
  }
}
