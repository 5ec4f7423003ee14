package org.consumerorgs.examples.console;

import org.consumerorgs.examples.host.ServerAvailable;
import org.consumerorgs.examples.host.TestServer;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ServerAvailable.MariaDb.class)
class MariaDbConsoleTest extends ConsoleOnServerContract {
  MariaDbConsoleTest() {
    super(TestServer.MARIADB, "mariadb");
  }
}
