package org.consumerorgs.domain;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A tenant that publishes data. Every other object belongs to exactly one provider. */
public record Provider(ProviderId id, String name, Instant registeredAt) {
  /**
   * Checks that no field is null.
   *
   * @param id the host's id for the provider
   * @param name its display name
   * @param registeredAt when it was registered
   */
  public Provider {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(registeredAt, "registeredAt");
  }
}
