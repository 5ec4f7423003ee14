package org.consumerorgs.chaos;

/** {@link ProxyChaos} on a Postgres server of the suite's own. */
class PostgresProxyChaosTest extends ProxyChaos {
  @Override
  OwnServerKind server() {
    return OwnServerKind.POSTGRES;
  }

  @Override
  String scenario() {
    return "postgres-proxy-cuts";
  }

  @Override
  long defaultSeed() {
    return 1001;
  }
}
