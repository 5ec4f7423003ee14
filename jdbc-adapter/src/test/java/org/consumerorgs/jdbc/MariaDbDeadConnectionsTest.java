package org.consumerorgs.jdbc;

import org.junit.jupiter.api.extension.ExtendWith;

/** Pooled connections that MariaDB ended ({@code KILL CONNECTION}). */
@ExtendWith(ServerAvailable.MariaDb.class)
class MariaDbDeadConnectionsTest extends DeadConnections {
  MariaDbDeadConnectionsTest() {
    super(Dialect.MARIADB);
  }
}
