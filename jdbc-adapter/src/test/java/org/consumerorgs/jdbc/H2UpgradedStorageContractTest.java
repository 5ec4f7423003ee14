package org.consumerorgs.jdbc;

/** The whole contract kit on H2, on tables installed at version 1 and upgraded through {@link JdbcSchema#upgrade}. */
class H2UpgradedStorageContractTest extends JdbcStorageContract {
  H2UpgradedStorageContractTest() {
    super(Dialect.H2, true);
  }
}
