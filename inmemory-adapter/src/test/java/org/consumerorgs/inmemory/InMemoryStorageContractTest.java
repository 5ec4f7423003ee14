package org.consumerorgs.inmemory;

import org.consumerorgs.spi.Storage;
import org.consumerorgs.tck.AdapterContract;

/** The in-memory adapter passes the whole contract kit. */
class InMemoryStorageContractTest extends AdapterContract {
  @Override
  public Storage newStorage() {
    return new InMemoryStorage();
  }
}
