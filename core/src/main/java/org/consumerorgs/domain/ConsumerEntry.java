package org.consumerorgs.domain;

import static java.util.Objects.requireNonNull;

/** One entry of the add-consumers dialog: an organization picked from search, or a new name typed in "Create new". */
public sealed interface ConsumerEntry {

  static ConsumerEntry existing(ConsumerOrganizationId id) {
    return new Existing(id);
  }

  static ConsumerEntry newOrganization(String name) {
    return new NewOrganization(name);
  }

  /** An organization that already exists, by id. */
  record Existing(ConsumerOrganizationId id) implements ConsumerEntry {
    public Existing {
      requireNonNull(id, "id");
    }
  }

  /** A brand-new organization to create, by the name as typed. */
  record NewOrganization(String name) implements ConsumerEntry {
    public NewOrganization {
      requireNonNull(name, "name");
    }
  }
}
