package org.consumerorgs.spi;

import static java.util.Objects.requireNonNull;

import org.consumerorgs.domain.ConsumerOrganization;

/** What {@link OrganizationStore#insert} did. */
public sealed interface InsertOutcome {
  record Inserted() implements InsertOutcome {}

  /** A live organization of the provider already has the uniqueness key; nothing was written. */
  record NameTaken(ConsumerOrganization holder) implements InsertOutcome {
    public NameTaken {
      requireNonNull(holder, "holder");
    }
  }
}
