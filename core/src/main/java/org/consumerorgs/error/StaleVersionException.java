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

  /**
   * A rename refused for a stale version.
   *
   * @param organizationId the organization
   * @param expectedVersion the version the caller passed
   * @param currentVersion the version it has now
   */
  public StaleVersionException(ConsumerOrganizationId organizationId, long expectedVersion, long currentVersion) {
    super(ErrorCode.STALE_VERSION, "This consumer organization was changed by someone else in the meantime (version "
        + currentVersion
        + ", you had version " + expectedVersion + "). Reload it and try again.");
    this.organizationId = requireNonNull(organizationId, "organizationId");
    this.expectedVersion = expectedVersion;
    this.currentVersion = currentVersion;
  }

  /**
   * {@return the organization that changed}
   */
  public ConsumerOrganizationId organizationId() {
    return organizationId;
  }

  /**
   * {@return the version the caller passed}
   */
  public long expectedVersion() {
    return expectedVersion;
  }

  /**
   * {@return the version it has now}
   */
  public long currentVersion() {
    return currentVersion;
  }
}
