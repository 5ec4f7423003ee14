package org.consumerorgs.tck;

/**
 * The whole contract a storage adapter must pass. Extend it in your adapter's tests and return a fresh, empty store
 * from {@link #newStorage()}:
 *
 * <pre>{@code
 * class MyStorageContractTest extends AdapterContract {
 *   @Override
 *   public Storage newStorage() {
 *     return new MyStorage(freshDatabase());
 *   }
 * }
 * }</pre>
 */
public abstract class AdapterContract implements StorageFactory {
}
