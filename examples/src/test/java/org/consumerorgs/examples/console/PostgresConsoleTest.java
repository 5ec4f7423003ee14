package org.consumerorgs.examples.console;

import org.consumerorgs.examples.host.ServerAvailable;
import org.consumerorgs.examples.host.TestServer;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ServerAvailable.Postgres.class)
class PostgresConsoleTest extends ConsoleOnServerContract {
  PostgresConsoleTest() {
    super(TestServer.POSTGRES, "postgres");
  }
}
