package org.consumerorgs.spi;

import java.util.Locale;

/**
 * Every call a host can make of the SDK, one constant per public method of the services (the two
 * {@code report} methods are one use case, and so are {@code setExternalId} and {@code clearExternalId}). A {@link UseCaseListener} is told which one it observes; the constant names
 * are stable, like {@link org.consumerorgs.error.ErrorCode}'s, so that dashboards built on them keep working.
 */
public enum UseCase {
  /** {@code providers().register}. */
  PROVIDER_REGISTER,
  /** {@code providers().find}. */
  PROVIDER_FIND,
  /** {@code shares().register}. */
  SHARE_REGISTER,
  /** {@code shares().find}. */
  SHARE_FIND,
  /** {@code shares().list}. */
  SHARE_LIST,
  /** {@code shares().delete}. */
  SHARE_DELETE,
  /** {@code shares().addConsumers}: the share dialog's "Done". */
  SHARE_ADD_CONSUMERS,
  /** {@code shares().removeConsumer}. */
  SHARE_REMOVE_CONSUMER,
  /** {@code shares().consumers}. */
  SHARE_CONSUMERS,
  /** {@code organizations().create}. */
  ORGANIZATION_CREATE,
  /** {@code organizations().rename}. */
  ORGANIZATION_RENAME,
  /** {@code organizations().find}. */
  ORGANIZATION_FIND,
  /** {@code organizations().get}. */
  ORGANIZATION_GET,
  /** {@code organizations().list}. */
  ORGANIZATION_LIST,
  /** {@code organizations().search}: the add-consumers dropdown. */
  ORGANIZATION_SEARCH,
  /** {@code organizations().sharesOf}. */
  ORGANIZATION_SHARES,
  /** {@code organizations().previewDelete}. */
  ORGANIZATION_PREVIEW_DELETE,
  /** {@code organizations().delete}. */
  ORGANIZATION_DELETE,
  /** {@code organizations().setExternalId} and {@code organizations().clearExternalId}. */
  ORGANIZATION_CHANGE_EXTERNAL_ID,
  /** {@code organizations().findByExternalId}. */
  ORGANIZATION_FIND_BY_EXTERNAL_ID,
  /** {@code monthlyActiveConsumers().report}, either form. */
  MAC_REPORT,
  /** {@code events().read}. */
  EVENTS_READ;

  /**
   * The name in lower case, as metric tags and log fields spell names: {@code organization_create}.
   *
   * @return the lower-case name
   */
  public String tagValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
