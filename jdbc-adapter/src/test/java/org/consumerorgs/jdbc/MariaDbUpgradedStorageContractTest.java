package org.consumerorgs.jdbc;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole contract kit on MariaDB, on tables installed at version 1 and upgraded through JdbcSchema. */
@ExtendWith(ServerAvailable.MariaDb.class)
@AddLifecycleHook(ServerAvailable.MariaDb.class)
class MariaDbUpgradedStorageContractTest extends JdbcStorageContract {
  MariaDbUpgradedStorageContractTest() {
    super(Dialect.MARIADB, true);
  }
}
