package org.consumerorgs.chaos;

/** {@link ServerKillChaos} on a Postgres server of the suite's own. */
class PostgresServerKillChaosTest extends ServerKillChaos {
  @Override
  OwnServerKind server() {
    return OwnServerKind.POSTGRES;
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
