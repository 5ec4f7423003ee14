package org.consumerorgs;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consumerorgs.domain.ChangeEvent;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.EventType;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.Provider;
import org.consumerorgs.domain.Share;

/** Builds the change event of each kind of change, so that every use case records the same attributes. */
final class Events {
  /**
   * The order in which links closed together are recorded, so that the log reads the same on every store: by
   * opening time, then share, then organization.
   */
  static final Comparator<Link> LINK_ORDER = Comparator.comparing(Link::openedAt)
      .thenComparing(l -> l.shareId().value())
      .thenComparing(l -> l.organizationId().value());

  private Events() {}

  static ChangeEvent providerRegistered(String actor, Provider provider) {
    return new ChangeEvent(provider.id(), EventType.PROVIDER_REGISTERED, provider.registeredAt(), actor,
        Optional.empty(), Optional.empty(), Map.of(), Map.of("name", provider.name()));
  }

  static ChangeEvent shareRegistered(String actor, Share share) {
    return new ChangeEvent(share.providerId(), EventType.SHARE_REGISTERED, share.registeredAt(), actor,
        Optional.empty(), Optional.of(share.id()), Map.of(), Map.of("name", share.name()));
  }

  static ChangeEvent shareDeleted(String actor, Share share, Instant at) {
    return new ChangeEvent(share.providerId(), EventType.SHARE_DELETED, at, actor, Optional.empty(),
        Optional.of(share.id()), Map.of("name", share.name()), Map.of());
  }

  static ChangeEvent organizationCreated(String actor, ConsumerOrganization org) {
    return new ChangeEvent(org.providerId(), EventType.ORGANIZATION_CREATED, org.createdAt(), actor,
        Optional.of(org.id()), Optional.empty(), Map.of(), state(org));
  }

  static ChangeEvent organizationRenamed(String actor, ConsumerOrganization before,
      ConsumerOrganization after) {
    return new ChangeEvent(after.providerId(), EventType.ORGANIZATION_RENAMED, after.updatedAt(), actor,
        Optional.of(after.id()), Optional.empty(), state(before), state(after));
  }

  static ChangeEvent organizationExternalIdChanged(String actor, ConsumerOrganization before,
      ConsumerOrganization after) {
    return new ChangeEvent(after.providerId(), EventType.ORGANIZATION_EXTERNAL_ID_CHANGED, after.updatedAt(), actor,
        Optional.of(after.id()), Optional.empty(), externalIdState(before), externalIdState(after));
  }

  static ChangeEvent organizationDeleted(String actor, ConsumerOrganization org, Instant at) {
    return new ChangeEvent(org.providerId(), EventType.ORGANIZATION_DELETED, at, actor, Optional.of(org.id()),
        Optional.empty(), state(org), Map.of());
  }

  static ChangeEvent consumerAdded(String actor, Link link) {
    return new ChangeEvent(link.providerId(), EventType.CONSUMER_ADDED, link.openedAt(), actor,
        Optional.of(link.organizationId()), Optional.of(link.shareId()), Map.of(),
        Map.of("link", link.id().value(), "openedAt", link.openedAt().toString()));
  }

  /**
   * What deleting a share or an organization records, in one append: one {@link #consumerRemoved} per link the
   * deletion closed, in link order, with {@code reason}, then {@code deletion} itself.
   */
  static List<ChangeEvent> linksClosedThen(String actor, List<Link> closed, String reason, ChangeEvent deletion) {
    List<ChangeEvent> events = new ArrayList<>(closed.size() + 1);
    for (Link link : closed) {
      events.add(consumerRemoved(actor, link, reason));
    }
    events.add(deletion);
    return events;
  }

  /** {@code reason}: {@code removed}, {@code organization deleted} or {@code share deleted}. */
  static ChangeEvent consumerRemoved(String actor, Link closed, String reason) {
    Instant closedAt = closed.closedAt().orElseThrow();
    return new ChangeEvent(closed.providerId(), EventType.CONSUMER_REMOVED, closedAt, actor,
        Optional.of(closed.organizationId()), Optional.of(closed.shareId()),
        Map.of("link", closed.id().value(), "openedAt", closed.openedAt().toString()),
        Map.of("link", closed.id().value(), "openedAt", closed.openedAt().toString(), "closedAt",
            closedAt.toString(), "reason", reason));
  }

  /** The name and version, and the external id when there is one (absent otherwise, as in logs made before it). */
  private static Map<String, String> state(ConsumerOrganization org) {
    ImmutableMap.Builder<String, String> state = ImmutableMap.<String, String>builder()
        .put("name", org.name()).put("version", Long.toString(org.version()));
    org.externalId().ifPresent(externalId -> state.put("externalId", externalId.value()));
    return state.build();
  }

  private static Map<String, String> externalIdState(ConsumerOrganization org) {
    ImmutableMap.Builder<String, String> state = ImmutableMap.<String, String>builder()
        .put("version", Long.toString(org.version()));
    org.externalId().ifPresent(externalId -> state.put("externalId", externalId.value()));
    return state.build();
  }
}
