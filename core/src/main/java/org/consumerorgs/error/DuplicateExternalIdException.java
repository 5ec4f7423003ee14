package org.consumerorgs.error;

import static java.util.Objects.requireNonNull;

import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.ExternalId;

/**
 * Another live organization of the same provider already has this external id, compared exactly. Nothing was
 * written. {@link #existingOrganizationId()} names the holder, so that a host syncing from its own system can update
 * that organization instead of creating a second one.
 */
public final class DuplicateExternalIdException extends ConsumerOrgsException {
  private final ExternalId externalId;
  private final ConsumerOrganizationId existingOrganizationId;

  /**
   * An external id held by a live organization.
   *
   * @param externalId the external id refused
   * @param existingOrganizationId the organization that holds it
   * @param existingName that organization's name
   */
  public DuplicateExternalIdException(ExternalId externalId, ConsumerOrganizationId existingOrganizationId,
      String existingName) {
    super(ErrorCode.DUPLICATE_EXTERNAL_ID, "The consumer organization \u201C" + existingName
        + "\u201D already has the external id \u201C" + externalId.value() + "\u201D; external ids must be unique.");
    this.externalId = externalId;
    this.existingOrganizationId = requireNonNull(existingOrganizationId, "existingOrganizationId");
  }

  /** {@return the external id that was refused} */
  public ExternalId externalId() {
    return externalId;
  }

  /** {@return the live organization that holds the external id} */
  public ConsumerOrganizationId existingOrganizationId() {
    return existingOrganizationId;
  }
}
