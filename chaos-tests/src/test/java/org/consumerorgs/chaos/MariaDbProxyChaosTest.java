package org.consumerorgs.chaos;

/** {@link ProxyChaos} on the shared MariaDB test server. */
class MariaDbProxyChaosTest extends ProxyChaos {
  @Override
  SharedServer server() {
    return SharedServer.mariadb();
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
