package org.consumerorgs.domain;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A tenant that publishes data. Every other object belongs to exactly one provider. */
public record Provider(ProviderId id, String name, Instant registeredAt) {
  public Provider {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(registeredAt, "registeredAt");
  }
}
