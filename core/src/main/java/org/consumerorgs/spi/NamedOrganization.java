package org.consumerorgs.spi;

import static java.util.Objects.requireNonNull;

import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.NormalizedName;

/** A new organization with the keys of its name, as {@link OrganizationStore#insertAll} stores it. */
public record NamedOrganization(ConsumerOrganization organization, NormalizedName name) {
  /**
   * Checks that no field is null.
   *
   * @param organization the new organization
   * @param name its name with its keys
   */
  public NamedOrganization {
    requireNonNull(organization, "organization");
    requireNonNull(name, "name");
  }
}
