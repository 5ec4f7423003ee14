package org.consumerorgs.domain;

import static java.util.Objects.requireNonNull;

/** One organization found by search, and how it matched. */
public record SearchHit(ConsumerOrganization organization, MatchKind match) {
  /**
   * Checks that no field is null.
   *
   * @param organization the organization found
   * @param match how its name matched, which ranks it
   */
  public SearchHit {
    requireNonNull(organization, "organization");
    requireNonNull(match, "match");
  }
}
