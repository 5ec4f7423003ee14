package org.consumerorgs.jdbc;

import java.util.concurrent.atomic.AtomicInteger;
import org.consumerorgs.spi.Storage;
import org.consumerorgs.tck.AdapterContract;

/**
 * The whole contract kit on one database. Each storage gets tables of its own (a new table prefix), and the second
 * host is a second pool over the same tables. The tables are installed fresh with the shipped scripts, or, for the
 * upgraded variants, as the first release installed them (V1 alone) and then upgraded through
 * {@link JdbcSchema#upgrade}: a host that upgrades must get the very schema a new host installs.
 */
abstract class JdbcStorageContract extends AdapterContract {
  private static final AtomicInteger PREFIXES = new AtomicInteger();
  private final Dialect dialect;
  private final boolean upgradedFromVersion1;

  JdbcStorageContract(Dialect dialect) {
    this(dialect, false);
  }

  JdbcStorageContract(Dialect dialect, boolean upgradedFromVersion1) {
    this.dialect = dialect;
    this.upgradedFromVersion1 = upgradedFromVersion1;
  }

  @Override
  public Storage newStorage() {
    TestDatabase database = TestDatabase.of(dialect);
    String prefix = (upgradedFromVersion1 ? "u" : "t") + PREFIXES.incrementAndGet() + "_";
    if (upgradedFromVersion1) {
      TestDatabase.installVersion1(database.first(), dialect, prefix);
      JdbcSchema.upgrade(database.first(), prefix);
    } else {
      JdbcSchema.install(database.first(), prefix);
    }
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
