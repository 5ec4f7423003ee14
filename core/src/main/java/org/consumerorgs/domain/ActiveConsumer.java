package org.consumerorgs.domain;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One organization that counts in a Monthly Active Consumers report, with the links that make it count.
 *
 * @param name its name when last known (deleted organizations keep theirs here)
 * @param deletedAt present if it has since been deleted: it still counts for months in which it was active
 */
public record ActiveConsumer(
    ConsumerOrganizationId organizationId, String name, Optional<Instant> deletedAt, List<Link> evidence) {

  /**
   * Checks the fields and copies the evidence, so that the value stays immutable.
   *
   * @param organizationId the organization
   * @param name its name when last known (deleted organizations keep theirs here)
   * @param deletedAt present if it has since been deleted: it still counts for months in which it was active
   * @param evidence the links that make it count, in opening order
   */
  public ActiveConsumer {
    requireNonNull(organizationId, "organizationId");
    requireNonNull(name, "name");
    requireNonNull(deletedAt, "deletedAt");
    evidence = ImmutableList.copyOf(evidence);
  }
}
