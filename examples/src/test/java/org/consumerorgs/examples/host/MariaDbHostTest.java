package org.consumerorgs.examples.host;

import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ServerAvailable.MariaDb.class)
class MariaDbHostTest extends HostOnServerContract {
  MariaDbHostTest() {
    super(TestServer.MARIADB);
  }

  @Override
  String databaseOption() {
    return "mariadb";
  }
}
