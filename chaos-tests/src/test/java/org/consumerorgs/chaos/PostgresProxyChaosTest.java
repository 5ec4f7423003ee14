package org.consumerorgs.chaos;

/** {@link ProxyChaos} on the shared Postgres test server. */
class PostgresProxyChaosTest extends ProxyChaos {
  @Override
  SharedServer server() {
    return SharedServer.postgres();
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
