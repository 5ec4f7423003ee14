package org.consumerorgs.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * A live consumer organization as the host sees it.
 *
 * @param name the human-readable name, already normalised (trimmed, inner white space collapsed, NFC)
 * @param version starts at 1 and grows by one on every change (a rename, a new external id); pass it back to
 *     change it so that a change made by someone else in between is reported as a conflict instead of being
 *     overwritten
 * @param externalId the host's own key for it, if the host gave one
 */
public record ConsumerOrganization(
    ConsumerOrganizationId id,
    ProviderId providerId,
    String name,
    long version,
    Instant createdAt,
    Instant updatedAt,
    Optional<ExternalId> externalId) {

  /**
   * Checks the fields.
   *
   * @param id its id, which never changes
   * @param providerId the provider it belongs to
   * @param name the human-readable name, already normalised (trimmed, inner white space collapsed, NFC)
   * @param version starts at 1 and grows by one on every change (a rename, a new external id); pass it back to
   *     change it so that a change made by someone else in between is reported as a conflict instead of being
   *     overwritten
   * @param createdAt when it was created
   * @param updatedAt when it was last changed, or created
   * @param externalId the host's own key for it, if the host gave one
   * @throws IllegalArgumentException if the version is below 1
   */
  public ConsumerOrganization {
    requireNonNull(id, "id");
    requireNonNull(providerId, "providerId");
    requireNonNull(name, "name");
    checkArgument(version >= 1, "version must be at least 1, got %s", version);
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
    requireNonNull(externalId, "externalId");
  }

  /**
   * An organization without an external id.
   *
   * @param id its id, which never changes
   * @param providerId the provider it belongs to
   * @param name the human-readable name, already normalised (trimmed, inner white space collapsed, NFC)
   * @param version starts at 1 and grows by one on every change
   * @param createdAt when it was created
   * @param updatedAt when it was last changed, or created
   * @throws IllegalArgumentException if the version is below 1
   */
  public ConsumerOrganization(ConsumerOrganizationId id, ProviderId providerId, String name, long version,
      Instant createdAt, Instant updatedAt) {
    this(id, providerId, name, version, createdAt, updatedAt, Optional.empty());
  }

  /**
   * This organization after a rename to {@code newName} at {@code at}.
   *
   * @param newName the new name, already normalised
   * @param at when it was renamed: its new {@code updatedAt}
   * @return a copy with the new name, one version higher
   */
  public ConsumerOrganization renamed(String newName, Instant at) {
    return new ConsumerOrganization(id, providerId, newName, version + 1, createdAt, at, externalId);
  }

  /**
   * This organization after its external id was set to {@code newExternalId} (or taken away) at {@code at}.
   *
   * @param newExternalId the new external id, or empty for none
   * @param at when it changed: its new {@code updatedAt}
   * @return a copy with the new external id, one version higher
   */
  public ConsumerOrganization withExternalId(Optional<ExternalId> newExternalId, Instant at) {
    return new ConsumerOrganization(id, providerId, name, version + 1, createdAt, at, newExternalId);
  }
}
