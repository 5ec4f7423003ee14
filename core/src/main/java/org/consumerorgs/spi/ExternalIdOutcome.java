package org.consumerorgs.spi;

import static java.util.Objects.requireNonNull;

import org.consumerorgs.domain.ConsumerOrganization;

/** What {@link OrganizationStore#changeExternalId} did. Only {@link Changed} wrote anything. */
public sealed interface ExternalIdOutcome {
  /** The external id and version were updated; {@code organization} is the new state. */
  record Changed(ConsumerOrganization organization) implements ExternalIdOutcome {
    /**
     * Checks the new state.
     *
     * @param organization the organization as changed
     */
    public Changed {
      requireNonNull(organization, "organization");
    }
  }

  /** Another live organization of the provider holds the new external id. */
  record ExternalIdTaken(ConsumerOrganization holder) implements ExternalIdOutcome {
    /**
     * Checks the holder.
     *
     * @param holder the live organization that holds the external id
     */
    public ExternalIdTaken {
      requireNonNull(holder, "holder");
    }
  }

  /** The organization is live but its version is not the expected one. */
  record VersionMismatch(long currentVersion) implements ExternalIdOutcome {}

  /** No live organization with this id. */
  record NotFound() implements ExternalIdOutcome {}
}
