package org.consumerorgs.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * One stretch of time during which a consumer organization had access to a share: the half-open interval
 * {@code [openedAt, closedAt)}. A link is never erased: when the organization is removed from the share, or either
 * side is deleted, the link is closed and kept, because billing and audit are computed from it.
 */
public record Link(
    LinkId id,
    ProviderId providerId,
    ShareId shareId,
    ConsumerOrganizationId organizationId,
    Instant openedAt,
    Optional<Instant> closedAt) {

  /**
   * Checks the fields.
   *
   * @param id its id
   * @param providerId the provider of the share and the organization
   * @param shareId the share
   * @param organizationId the organization given access
   * @param openedAt when access began
   * @param closedAt when access ended; empty while open
   * @throws IllegalArgumentException if it closes before it opened
   */
  public Link {
    requireNonNull(id, "id");
    requireNonNull(providerId, "providerId");
    requireNonNull(shareId, "shareId");
    requireNonNull(organizationId, "organizationId");
    requireNonNull(openedAt, "openedAt");
    requireNonNull(closedAt, "closedAt");
    // Without lambdas: a report makes a link per row read, 10^5 and more.
    if (closedAt.isPresent()) {
      checkArgument(!closedAt.get().isBefore(openedAt), "a link cannot close (%s) before it opened (%s)",
          closedAt.get(), openedAt);
    }
  }

  /** {@return whether the link still gives access: it has no closing instant yet} */
  public boolean isOpen() {
    return closedAt.isEmpty();
  }

  /**
   * This link closed at {@code at}, or at its opening instant if the clock says earlier (a clock may step back).
   *
   * @param at when it closes
   * @return a copy of this link, closed
   */
  public Link closedAt(Instant at) {
    Instant end = at.isBefore(openedAt) ? openedAt : at;
    return new Link(id, providerId, shareId, organizationId, openedAt, Optional.of(end));
  }

  /**
   * Whether this link gave access at some moment of {@code window}: {@code openedAt < window.end} and, if closed,
   * {@code closedAt > window.start} and {@code closedAt > openedAt} (a link closed the instant it opened gave access
   * at no moment).
   *
   * @param window the time window, such as a billing month
   * @return whether it gave access in the window
   */
  public boolean intersects(TimeWindow window) {
    return openedAt.isBefore(window.end())
        && (closedAt.isEmpty() || closedAt.get().isAfter(window.start()) && closedAt.get().isAfter(openedAt));
  }
}
