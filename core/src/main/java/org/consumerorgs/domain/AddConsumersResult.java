package org.consumerorgs.domain;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** What "Done" did, one outcome per entry, in the order of the request. */
public record AddConsumersResult(ShareId shareId, List<EntryOutcome> outcomes) {
  /**
   * Checks the share and copies the outcomes, so that the result stays immutable.
   *
   * @param shareId the share
   * @param outcomes one outcome per entry, in request order
   */
  public AddConsumersResult {
    requireNonNull(shareId, "shareId");
    outcomes = ImmutableList.copyOf(outcomes);
  }

  /**
   * The organizations that were newly linked (created or existing).
   *
   * @return the organizations created and linked, or linked, by this request, in request order
   */
  public List<ConsumerOrganization> newlyLinked() {
    return outcomes.stream().filter(o -> o.status() != Status.ALREADY_LINKED).map(EntryOutcome::organization)
        .toList();
  }

  /** What happened to one entry. */
  public enum Status {
    /** A new organization was created and linked to the share. */
    CREATED_AND_LINKED,
    /** An existing organization was linked to the share. */
    LINKED,
    /** The organization was already linked to the share (before, or by an earlier entry); not an error. */
    ALREADY_LINKED
  }

  /** One entry's outcome, with the organization it is about. */
  public record EntryOutcome(ConsumerEntry entry, ConsumerOrganization organization, Status status) {
    /**
     * Checks that no field is null.
     *
     * @param entry the entry of the request
     * @param organization the organization it created or linked, or found linked
     * @param status what happened
     */
    public EntryOutcome {
      requireNonNull(entry, "entry");
      requireNonNull(organization, "organization");
      requireNonNull(status, "status");
    }
  }
}
