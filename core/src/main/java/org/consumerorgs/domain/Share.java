package org.consumerorgs.domain;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A named bundle of data that a provider publishes and registers with the SDK so that links to it can be kept. */
public record Share(ShareId id, ProviderId providerId, String name, Instant registeredAt) {
  /**
   * Checks that no field is null.
   *
   * @param id the host's id for the share
   * @param providerId the provider that publishes it
   * @param name its display name
   * @param registeredAt when it was registered
   */
  public Share {
    requireNonNull(id, "id");
    requireNonNull(providerId, "providerId");
    requireNonNull(name, "name");
    requireNonNull(registeredAt, "registeredAt");
  }
}
