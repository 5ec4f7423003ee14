package org.consumerorgs.domain;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A named bundle of data that a provider publishes and registers with the SDK so that links to it can be kept. */
public record Share(ShareId id, ProviderId providerId, String name, Instant registeredAt) {
  public Share {
    requireNonNull(id, "id");
    requireNonNull(providerId, "providerId");
    requireNonNull(name, "name");
    requireNonNull(registeredAt, "registeredAt");
  }
}
