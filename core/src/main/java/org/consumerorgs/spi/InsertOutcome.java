package org.consumerorgs.spi;

import static java.util.Objects.requireNonNull;

import org.consumerorgs.domain.ConsumerOrganization;

/** What {@link OrganizationStore#insert} did. */
public sealed interface InsertOutcome {
  /**
   * The organization was stored.
   */
  record Inserted() implements InsertOutcome {}

  /** A live organization of the provider already has the uniqueness key; nothing was written. */
  record NameTaken(ConsumerOrganization holder) implements InsertOutcome {
    /**
     * Checks the holder.
     *
     * @param holder the live organization that holds the name
     */
    public NameTaken {
      requireNonNull(holder, "holder");
    }
  }

  /**
   * The name is free, but a live organization of the provider already has the new organization's external id;
   * nothing was written. A store that finds both taken may answer either.
   */
  record ExternalIdTaken(ConsumerOrganization holder) implements InsertOutcome {
    /**
     * Checks the holder.
     *
     * @param holder the live organization that holds the external id
     */
    public ExternalIdTaken {
      requireNonNull(holder, "holder");
    }
  }
}
