package org.consumerorgs;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.consumerorgs.domain.ProviderId;

/**
 * Who is calling, as the host authenticated them. Every call names its actor: the SDK decides what the actor may do
 * and records it in the event log.
 *
 * @param id the host's id for the user or job, recorded as "who" in every event
 * @param actingFor the provider the actor acts for; empty for anyone else (a consumer's user, an anonymous visitor),
 *     who may do nothing
 */
public record Actor(String id, Optional<ProviderId> actingFor) {
  /** The longest actor id accepted, in UTF-16 units: ids are stored with every event. */
  public static final int MAX_ID_LENGTH = 200;

  /**
   * Checks the actor.
   *
   * @param id the host's id for the user or job, recorded as "who" in every event
   * @param actingFor the provider the actor acts for; empty for anyone else (a consumer's user, an anonymous visitor),
   *     who may do nothing
   * @throws IllegalArgumentException if the id is blank or longer than {@value #MAX_ID_LENGTH} characters
   */
  public Actor {
    requireNonNull(id, "actor id");
    if (id.isBlank() || id.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException("actor id must be non-blank and at most " + MAX_ID_LENGTH
          + " characters");
    }
    requireNonNull(actingFor, "actingFor");
  }

  /**
   * A user or job acting for a provider.
   *
   * @param provider the provider whose organizations and shares the actor manages
   * @param id the host's id for the user or job
   * @return the actor
   */
  public static Actor ofProvider(ProviderId provider, String id) {
    return new Actor(id, Optional.of(requireNonNull(provider, "provider")));
  }

  /**
   * Someone who does not act for any provider. Every call they make is refused.
   *
   * @param id the host's id for the user or job
   * @return the actor
   */
  public static Actor withoutProvider(String id) {
    return new Actor(id, Optional.empty());
  }
}
