package org.consumerorgs.jdbc;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole contract kit on PostgreSQL, through the shipped DDL, with two pools as two host instances. */
@ExtendWith(ServerAvailable.Postgres.class)
@AddLifecycleHook(ServerAvailable.Postgres.class)
class PostgresStorageContractTest extends JdbcStorageContract {
  PostgresStorageContractTest() {
    super(Dialect.POSTGRESQL);
  }
}
