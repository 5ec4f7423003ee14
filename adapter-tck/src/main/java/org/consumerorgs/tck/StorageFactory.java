package org.consumerorgs.tck;

import org.consumerorgs.spi.Storage;

/** What an adapter author supplies: a fresh, empty store, once per test. */
public interface StorageFactory {
  /**
   * A new, empty store for one test, sharing no rows with any other test's store.
   *
   * @return the store
   */
  Storage newStorage();
}
