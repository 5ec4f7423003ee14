package org.consumerorgs.jdbc;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole contract kit on PostgreSQL, on tables installed at version 1 and upgraded through JdbcSchema. */
@ExtendWith(ServerAvailable.Postgres.class)
@AddLifecycleHook(ServerAvailable.Postgres.class)
class PostgresUpgradedStorageContractTest extends JdbcStorageContract {
  PostgresUpgradedStorageContractTest() {
    super(Dialect.POSTGRESQL, true);
  }
}
