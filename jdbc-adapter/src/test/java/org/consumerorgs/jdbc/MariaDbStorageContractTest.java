package org.consumerorgs.jdbc;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole contract kit on MariaDB, through the shipped DDL, with two pools as two host instances. */
@ExtendWith(ServerAvailable.MariaDb.class)
@AddLifecycleHook(ServerAvailable.MariaDb.class)
class MariaDbStorageContractTest extends JdbcStorageContract {
  MariaDbStorageContractTest() {
    super(Dialect.MARIADB);
  }
}
