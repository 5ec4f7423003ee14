package org.consumerorgs.domain;

import static java.util.Objects.requireNonNull;

/** One organization found by search, and how it matched. */
public record SearchHit(ConsumerOrganization organization, MatchKind match) {
  public SearchHit {
    requireNonNull(organization, "organization");
    requireNonNull(match, "match");
  }
}
