package org.consumerorgs.error;

import static java.util.Objects.requireNonNull;

import org.consumerorgs.domain.ConsumerOrganizationId;

/**
 * The organization changed since the caller read it: the version the caller passed is not the current one. Nothing
 * was written. Read it again, show the user the current name, and let them decide.
 */
public final class StaleVersionException extends ConsumerOrgsException {
  private final ConsumerOrganizationId organizationId;
  private final long expectedVersion;
  private final long currentVersion;

  public StaleVersionException(ConsumerOrganizationId organizationId, long expectedVersion, long currentVersion) {
    super(ErrorCode.STALE_VERSION, "This consumer organization was changed by someone else in the meantime (version "
        + currentVersion
        + ", you had version " + expectedVersion + "). Reload it and try again.");
    this.organizationId = requireNonNull(organizationId, "organizationId");
    this.expectedVersion = expectedVersion;
    this.currentVersion = currentVersion;
  }

  public ConsumerOrganizationId organizationId() {
    return organizationId;
  }

  public long expectedVersion() {
    return expectedVersion;
  }

  public long currentVersion() {
    return currentVersion;
  }
}
