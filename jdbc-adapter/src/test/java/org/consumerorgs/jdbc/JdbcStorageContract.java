package org.consumerorgs.jdbc;

import java.util.concurrent.atomic.AtomicInteger;
import org.consumerorgs.spi.Storage;
import org.consumerorgs.tck.AdapterContract;

/**
 * The whole contract kit on one database. Each storage gets tables of its own (a new table prefix, installed with
 * the shipped scripts), and the second host is a second pool over the same tables.
 */
abstract class JdbcStorageContract extends AdapterContract {
  private static final AtomicInteger PREFIXES = new AtomicInteger();
  private final Dialect dialect;

  JdbcStorageContract(Dialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public Storage newStorage() {
    TestDatabase database = TestDatabase.of(dialect);
    String prefix = "t" + PREFIXES.incrementAndGet() + "_";
    JdbcSchema.install(database.first(), prefix);
    return JdbcStorage.builder(database.first()).dialect(dialect).tablePrefix(prefix).build();
  }

  @Override
  public Storage secondStorageOverSameData(Storage first) {
    if (!(first instanceof JdbcStorage jdbc)) {
      return first;
    }
    return JdbcStorage.builder(TestDatabase.of(dialect).second()).dialect(dialect).tablePrefix(jdbc.tablePrefix())
        .build();
  }
}
