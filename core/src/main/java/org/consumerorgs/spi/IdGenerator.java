package org.consumerorgs.spi;

import java.util.UUID;

/** Makes new opaque ids for organizations and links. Must never return the same id twice. */
@FunctionalInterface
public interface IdGenerator {
  /** {@return a new id: printable ASCII without spaces, at most 64 characters} */
  String newId();

  /**
   * Random (version 4) UUIDs: unique across host instances without coordination. The default.
   *
   * @return the generator
   */
  static IdGenerator randomUuids() {
    return () -> UUID.randomUUID().toString();
  }
}
