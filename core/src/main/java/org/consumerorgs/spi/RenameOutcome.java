package org.consumerorgs.spi;

import static java.util.Objects.requireNonNull;

import org.consumerorgs.domain.ConsumerOrganization;

/** What {@link OrganizationStore#rename} did. Only {@link Renamed} wrote anything. */
public sealed interface RenameOutcome {
  /** The name and version were updated; {@code organization} is the new state. */
  record Renamed(ConsumerOrganization organization) implements RenameOutcome {
    /**
     * Checks the new state.
     *
     * @param organization the organization as renamed
     */
    public Renamed {
      requireNonNull(organization, "organization");
    }
  }

  /** Another live organization of the provider holds the new uniqueness key. */
  record NameTaken(ConsumerOrganization holder) implements RenameOutcome {
    /**
     * Checks the holder.
     *
     * @param holder the live organization that holds the name
     */
    public NameTaken {
      requireNonNull(holder, "holder");
    }
  }

  /** The organization is live but its version is not the expected one. */
  record VersionMismatch(long currentVersion) implements RenameOutcome {}

  /** No live organization with this id. */
  record NotFound() implements RenameOutcome {}
}
