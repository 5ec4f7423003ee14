package org.consumerorgs.tck;

import org.consumerorgs.spi.Storage;

/** What an adapter author supplies: a fresh, empty store, once per test. */
public interface StorageFactory {
  Storage newStorage();
}
