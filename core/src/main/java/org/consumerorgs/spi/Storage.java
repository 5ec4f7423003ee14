package org.consumerorgs.spi;

/**
 * Everything the SDK persists, as one adapter provides it. All stores of one {@code Storage} share its transaction
 * boundary: every call the SDK makes on them happens inside {@link TransactionBoundary#inTransaction}.
 */
public interface Storage {
  /** {@return the transaction boundary every call on the stores runs inside} */
  TransactionBoundary transactions();

  /** {@return the providers} */
  ProviderStore providers();

  /** {@return the shares} */
  ShareStore shares();

  /** {@return the consumer organizations} */
  OrganizationStore organizations();

  /** {@return the links between shares and organizations, open and closed} */
  LinkStore links();

  /** {@return the change log} */
  EventStore events();
}
