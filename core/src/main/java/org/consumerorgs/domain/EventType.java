package org.consumerorgs.domain;

/** Every kind of change the SDK records. */
public enum EventType {
  /** A provider was registered; its name is in after. */
  PROVIDER_REGISTERED,
  /** A share was registered; its name is in after. */
  SHARE_REGISTERED,
  /** A share was deleted; its name is in before. Each of its open links closes with a {@link #CONSUMER_REMOVED}. */
  SHARE_DELETED,
  /** An organization was created; its name, version and external id (if it has one) are in after. */
  ORGANIZATION_CREATED,
  /** An organization was renamed; its name and version before and after. */
  ORGANIZATION_RENAMED,
  /**
   * An organization was deleted; its last name and version are in before. Each of its open links closes with a
   * {@link #CONSUMER_REMOVED}.
   */
  ORGANIZATION_DELETED,
  /** A link opened: an organization was added to a share. */
  CONSUMER_ADDED,
  /** A link closed: removed from the share, or the organization or share was deleted ({@code reason} in after). */
  CONSUMER_REMOVED,
  /**
   * An organization's external id was set, changed or taken away; its {@code externalId} (absent when there is none)
   * and version before and after.
   */
  ORGANIZATION_EXTERNAL_ID_CHANGED
}
