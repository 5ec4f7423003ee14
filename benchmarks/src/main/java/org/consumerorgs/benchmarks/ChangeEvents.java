package org.consumerorgs.benchmarks;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.consumerorgs.domain.ChangeEvent;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.EventType;
import org.consumerorgs.domain.Link;

/**
 * The change events the SDK records for the three kinds of change the datasets write directly, with the same
 * attributes the SDK's services give them (core keeps its own builders package-private, so the benchmarks carry this
 * copy). An event log read back by the benchmarks must look like one the SDK wrote, or the queries would measure
 * rows no host ever has; a change to the attributes in core must be made here too.
 */
final class ChangeEvents {
  private ChangeEvents() {}

  static ChangeEvent organizationCreated(String actor, ConsumerOrganization org) {
    return new ChangeEvent(org.providerId(), EventType.ORGANIZATION_CREATED, org.createdAt(), actor,
        Optional.of(org.id()), Optional.empty(), Map.of(),
        Map.of("name", org.name(), "version", Long.toString(org.version())));
  }

  static ChangeEvent consumerAdded(String actor, Link link) {
    return new ChangeEvent(link.providerId(), EventType.CONSUMER_ADDED, link.openedAt(), actor,
        Optional.of(link.organizationId()), Optional.of(link.shareId()), Map.of(), linkState(link));
  }

  /** A link closed by removing the consumer from the share (not by deleting the share or the organization). */
  static ChangeEvent consumerRemoved(String actor, Link closed) {
    Instant closedAt = closed.closedAt().orElseThrow();
    return new ChangeEvent(closed.providerId(), EventType.CONSUMER_REMOVED, closedAt, actor,
        Optional.of(closed.organizationId()), Optional.of(closed.shareId()), linkState(closed),
        Map.of("link", closed.id().value(), "openedAt", closed.openedAt().toString(), "closedAt",
            closedAt.toString(), "reason", "removed"));
  }

  private static Map<String, String> linkState(Link link) {
    return Map.of("link", link.id().value(), "openedAt", link.openedAt().toString());
  }
}
