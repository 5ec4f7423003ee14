package org.consumerorgs.spi;

/**
 * Everything the SDK persists, as one adapter provides it. All stores of one {@code Storage} share its transaction
 * boundary: every call the SDK makes on them happens inside {@link TransactionBoundary#inTransaction}.
 */
public interface Storage {
  TransactionBoundary transactions();

  ProviderStore providers();

  ShareStore shares();

  OrganizationStore organizations();

  LinkStore links();

  EventStore events();
}
