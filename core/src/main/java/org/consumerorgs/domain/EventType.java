package org.consumerorgs.domain;

/** Every kind of change the SDK records. */
public enum EventType {
  PROVIDER_REGISTERED,
  SHARE_REGISTERED,
  SHARE_DELETED,
  ORGANIZATION_CREATED,
  ORGANIZATION_RENAMED,
  ORGANIZATION_DELETED,
  /** A link opened: an organization was added to a share. */
  CONSUMER_ADDED,
  /** A link closed: removed from the share, or the organization or share was deleted ({@code reason} in after). */
  CONSUMER_REMOVED
}
