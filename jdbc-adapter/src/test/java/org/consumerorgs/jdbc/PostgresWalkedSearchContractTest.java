package org.consumerorgs.jdbc;

import java.util.concurrent.atomic.AtomicInteger;
import org.consumerorgs.spi.Storage;
import org.consumerorgs.tck.SearchContract;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The search contract on PostgreSQL with a substring stage that reads no name in its first walk and no more than 0
 * matching names through a trigram index: every stage with a hit walks the whole name index (see
 * {@link CappedSubstringSearch}), which the contract kit's few names would otherwise never make it do. The defaults
 * run in {@link PostgresStorageContractTest}: a first walk that reads every name, then the trigram index.
 */
@ExtendWith(ServerAvailable.Postgres.class)
class PostgresWalkedSearchContractTest implements SearchContract {
  private static final AtomicInteger PREFIXES = new AtomicInteger();

  @Override
  public Storage newStorage() {
    TestDatabase database = TestDatabase.of(Dialect.POSTGRESQL);
    String prefix = "w" + PREFIXES.incrementAndGet() + "_";
    JdbcSchema.install(database.first(), prefix);
    return JdbcStorage.builder(database.first()).dialect(Dialect.POSTGRESQL).tablePrefix(prefix).substringSearch(0, 0)
        .build();
  }
}
