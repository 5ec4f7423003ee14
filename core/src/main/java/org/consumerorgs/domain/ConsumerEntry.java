package org.consumerorgs.domain;

import static java.util.Objects.requireNonNull;

/** One entry of the add-consumers dialog: an organization picked from search, or a new name typed in "Create new". */
public sealed interface ConsumerEntry {

  /**
   * An organization that already exists, by id.
   *
   * @param id the organization
   * @return the entry
   */
  static ConsumerEntry existing(ConsumerOrganizationId id) {
    return new Existing(id);
  }

  /**
   * A new organization to create.
   *
   * @param name the name as typed; it is checked when the request is applied
   * @return the entry
   */
  static ConsumerEntry newOrganization(String name) {
    return new NewOrganization(name);
  }

  /** An organization that already exists, by id. */
  record Existing(ConsumerOrganizationId id) implements ConsumerEntry {
    /**
     * Checks that no field is null.
     *
     * @param id the organization
     */
    public Existing {
      requireNonNull(id, "id");
    }
  }

  /** A brand-new organization to create, by the name as typed. */
  record NewOrganization(String name) implements ConsumerEntry {
    /**
     * Checks that no field is null.
     *
     * @param name the name as typed
     */
    public NewOrganization {
      requireNonNull(name, "name");
    }
  }
}
