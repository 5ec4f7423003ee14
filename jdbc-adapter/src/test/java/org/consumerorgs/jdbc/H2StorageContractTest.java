package org.consumerorgs.jdbc;

/** The whole contract kit on H2, through the shipped DDL. */
class H2StorageContractTest extends JdbcStorageContract {
  H2StorageContractTest() {
    super(Dialect.H2);
  }
}
