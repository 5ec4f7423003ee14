package org.consumerorgs.tck;

import org.consumerorgs.spi.Storage;

/**
 * A {@link StorageFactory} that can also open a second, independent view of the same data, as a second host instance
 * of the application would. The {@linkplain ConcurrencyContract concurrency contract} runs half of its threads on it,
 * so that the store itself, not a lock inside one process, has to keep the rules.
 *
 * <p>The default returns {@code first} itself: right for a store that lives in one process, such as the in-memory
 * adapter, where two SDK instances over one store is all that two host instances can be. An adapter over a database
 * should override it and return a storage over its <em>own</em> connection pool (its own {@code DataSource}) to the
 * same database and tables as {@code first}:
 *
 * <pre>{@code
 * class PostgresStorageContractTest extends AdapterContract {
 *   @Override
 *   public Storage newStorage() {
 *     return JdbcStorage.over(newDataSource(freshDatabaseUrl()));
 *   }
 *
 *   @Override
 *   public Storage secondStorageOverSameData(Storage first) {
 *     return JdbcStorage.over(newDataSource(urlOf(first)));   // a second pool, the same rows
 *   }
 * }
 * }</pre>
 *
 * <p>Each view must see the other's commits at once: nothing may be cached between transactions. The kit never closes
 * a storage; close pools in your test class's {@code @AfterEach} if they hold resources.
 */
public interface MultiHostStorageFactory extends StorageFactory {

  /**
   * Another storage over exactly the data of {@code first}, which {@link #newStorage()} returned for this test.
   *
   * @param first the storage of this test
   * @return a storage over the same data, with its own connections
   */
  default Storage secondStorageOverSameData(Storage first) {
    return first;
  }
}
