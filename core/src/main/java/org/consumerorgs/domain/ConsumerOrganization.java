package org.consumerorgs.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A live consumer organization as the host sees it.
 *
 * @param name the human-readable name, already normalised (trimmed, inner white space collapsed, NFC)
 * @param version starts at 1 and grows by one on every rename; pass it back to rename so that a change made by
 *     someone else in between is reported as a conflict instead of being overwritten
 */
public record ConsumerOrganization(
    ConsumerOrganizationId id,
    ProviderId providerId,
    String name,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * Checks the fields.
   *
   * @param id its id, which never changes
   * @param providerId the provider it belongs to
   * @param name the human-readable name, already normalised (trimmed, inner white space collapsed, NFC)
   * @param version starts at 1 and grows by one on every rename; pass it back to rename so that a change made by
   *     someone else in between is reported as a conflict instead of being overwritten
   * @param createdAt when it was created
   * @param updatedAt when it was last renamed, or created
   * @throws IllegalArgumentException if the version is below 1
   */
  public ConsumerOrganization {
    requireNonNull(id, "id");
    requireNonNull(providerId, "providerId");
    requireNonNull(name, "name");
    checkArgument(version >= 1, "version must be at least 1, got %s", version);
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
  }

  /**
   * This organization after a rename to {@code newName} at {@code at}.
   *
   * @param newName the new name, already normalised
   * @param at when it was renamed: its new {@code updatedAt}
   * @return a copy with the new name, one version higher
   */
  public ConsumerOrganization renamed(String newName, Instant at) {
    return new ConsumerOrganization(id, providerId, newName, version + 1, createdAt, at);
  }
}
