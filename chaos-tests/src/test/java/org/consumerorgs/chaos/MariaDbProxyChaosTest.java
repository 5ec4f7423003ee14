package org.consumerorgs.chaos;

/** {@link ProxyChaos} on a MariaDB server of the suite's own. */
class MariaDbProxyChaosTest extends ProxyChaos {
  @Override
  OwnServerKind server() {
    return OwnServerKind.MARIADB;
  }

  @Override
  String scenario() {
    return "mariadb-proxy-cuts";
  }

  @Override
  long defaultSeed() {
    return 1002;
  }
}
