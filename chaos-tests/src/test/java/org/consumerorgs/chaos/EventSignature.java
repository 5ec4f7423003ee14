package org.consumerorgs.chaos;

import org.consumerorgs.domain.ChangeEvent;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.EventType;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.domain.ShareId;

/**
 * An event reduced to what a call's result determines, as text, so that the events an acknowledged call must have
 * recorded can be compared with those it did: "ORGANIZATION_RENAMED org=X name=Globex version=3".
 */
final class EventSignature {
  private EventSignature() {}

  static String of(RecordedEvent recorded) {
    ChangeEvent event = recorded.event();
    String org = event.organizationId().map(ConsumerOrganizationId::value).orElse("-");
    String share = event.shareId().map(ShareId::value).orElse("-");
    return switch (event.type()) {
      case ORGANIZATION_CREATED, ORGANIZATION_RENAMED -> event.type() + " org=" + org + " name="
          + event.after().get("name") + " version=" + event.after().get("version");
      case ORGANIZATION_DELETED -> event.type() + " org=" + org;
      case ORGANIZATION_EXTERNAL_ID_CHANGED -> event.type() + " org=" + org + " externalId="
          + event.after().getOrDefault("externalId", "-") + " version=" + event.after().get("version");
      case CONSUMER_ADDED, CONSUMER_REMOVED -> event.type() + " org=" + org + " share=" + share;
      case SHARE_REGISTERED, SHARE_DELETED -> event.type() + " share=" + share;
      case PROVIDER_REGISTERED -> event.type().toString();
    };
  }

  static String created(ConsumerOrganization org) {
    return EventType.ORGANIZATION_CREATED + " org=" + org.id().value() + " name=" + org.name() + " version="
        + org.version();
  }

  static String renamed(ConsumerOrganization org) {
    return EventType.ORGANIZATION_RENAMED + " org=" + org.id().value() + " name=" + org.name() + " version="
        + org.version();
  }

  static String deleted(ConsumerOrganizationId org) {
    return EventType.ORGANIZATION_DELETED + " org=" + org.value();
  }

  static String added(ConsumerOrganizationId org, ShareId share) {
    return EventType.CONSUMER_ADDED + " org=" + org.value() + " share=" + share.value();
  }

  static String removed(ConsumerOrganizationId org, ShareId share) {
    return EventType.CONSUMER_REMOVED + " org=" + org.value() + " share=" + share.value();
  }

  static String shareRegistered(ShareId share) {
    return EventType.SHARE_REGISTERED + " share=" + share.value();
  }

  static String shareDeleted(ShareId share) {
    return EventType.SHARE_DELETED + " share=" + share.value();
  }
}
