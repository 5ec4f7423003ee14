package org.consumerorgs.domain;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One recorded change: who did what, when, and the state before and after, written in the same transaction as the
 * change itself.
 *
 * @param actorId the host's id of the user or job that made the change
 * @param before the changed attributes before (empty for a creation), as text, sorted by key
 * @param after the changed attributes after (empty for a deletion), as text, sorted by key
 */
public record ChangeEvent(
    ProviderId providerId,
    EventType type,
    Instant occurredAt,
    String actorId,
    Optional<ConsumerOrganizationId> organizationId,
    Optional<ShareId> shareId,
    Map<String, String> before,
    Map<String, String> after) {

  /**
   * Checks the fields and copies the states sorted by key, so that every store records and returns them alike.
   *
   * @param providerId the provider whose data changed
   * @param type what kind of change
   * @param occurredAt when it happened
   * @param actorId the host's id of the user or job that made the change
   * @param organizationId the organization changed, if any
   * @param shareId the share changed, if any
   * @param before the changed attributes before (empty for a creation), as text, sorted by key
   * @param after the changed attributes after (empty for a deletion), as text, sorted by key
   */
  public ChangeEvent {
    requireNonNull(providerId, "providerId");
    requireNonNull(type, "type");
    requireNonNull(occurredAt, "occurredAt");
    requireNonNull(actorId, "actorId");
    requireNonNull(organizationId, "organizationId");
    requireNonNull(shareId, "shareId");
    before = ImmutableSortedMap.copyOf(before);
    after = ImmutableSortedMap.copyOf(after);
  }
}
