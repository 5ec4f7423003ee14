package org.consumerorgs.chaos;

import java.util.Optional;
import org.consumerorgs.jdbc.Dialect;

/** {@link ServerKillChaos} on a Postgres server of the suite's own ({@link OwnPostgres}). */
class PostgresServerKillChaosTest extends ServerKillChaos {
  @Override
  Optional<String> unavailable() {
    return OwnPostgres.unavailable();
  }

  @Override
  OwnServer newServer() {
    return new OwnPostgres();
  }

  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }

  @Override
  String scenario() {
    return "postgres-server-kill";
  }

  @Override
  long defaultSeed() {
    return 2001;
  }
}
