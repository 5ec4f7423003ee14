package org.consumerorgs.chaos;

import java.util.Optional;
import org.consumerorgs.jdbc.Dialect;

/** {@link ServerKillChaos} on a MariaDB server of the suite's own ({@link OwnMariaDb}). */
class MariaDbServerKillChaosTest extends ServerKillChaos {
  @Override
  Optional<String> unavailable() {
    return OwnMariaDb.unavailable();
  }

  @Override
  OwnServer newServer() {
    return new OwnMariaDb();
  }

  @Override
  Dialect dialect() {
    return Dialect.MARIADB;
  }

  @Override
  String scenario() {
    return "mariadb-server-kill";
  }

  @Override
  long defaultSeed() {
    return 2002;
  }
}
