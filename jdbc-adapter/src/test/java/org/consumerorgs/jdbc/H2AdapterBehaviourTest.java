package org.consumerorgs.jdbc;

/** The adapter's errors, transactions and configuration on H2. */
class H2AdapterBehaviourTest extends JdbcAdapterBehaviour {
  H2AdapterBehaviourTest() {
    super(Dialect.H2);
  }
}
