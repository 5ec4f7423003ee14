package org.consumerorgs.jdbc;

import org.junit.jupiter.api.extension.ExtendWith;

/** The adapter's errors, transactions and configuration on MariaDB. */
@ExtendWith(ServerAvailable.MariaDb.class)
class MariaDbAdapterBehaviourTest extends JdbcAdapterBehaviour {
  MariaDbAdapterBehaviourTest() {
    super(Dialect.MARIADB);
  }
}
