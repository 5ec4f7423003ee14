package org.consumerorgs.chaos;

/** {@link ServerKillChaos} on a MariaDB server of the suite's own. */
class MariaDbServerKillChaosTest extends ServerKillChaos {
  @Override
  OwnServerKind server() {
    return OwnServerKind.MARIADB;
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
