package org.consumerorgs.examples.host;

import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ServerAvailable.Postgres.class)
class PostgresHostTest extends HostOnServerContract {
  PostgresHostTest() {
    super(TestServer.POSTGRES);
  }

  @Override
  String databaseOption() {
    return "postgres";
  }
}
