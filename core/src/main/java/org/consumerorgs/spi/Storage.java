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

  /**
   * The secret the SDK seals page cursors with, so that a cursor shows nothing of the names it points between and
   * cannot be forged: at least 32 unguessable bytes, the same for every {@code Storage} over the same data (every host
   * instance, after every restart), so that a cursor one host handed out is read by another. The SDK asks for it on
   * a list's first page that has a next one, and on every cursor it reads, inside or outside a transaction; an
   * adapter reads or makes it once and keeps it. Each call returns a copy, free for the caller to change.
   *
   * @return a copy of the key
   */
  byte[] cursorKey();
}
