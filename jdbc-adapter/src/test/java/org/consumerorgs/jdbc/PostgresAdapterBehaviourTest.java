package org.consumerorgs.jdbc;

import org.junit.jupiter.api.extension.ExtendWith;

/** The adapter's errors, transactions and configuration on PostgreSQL. */
@ExtendWith(ServerAvailable.Postgres.class)
class PostgresAdapterBehaviourTest extends JdbcAdapterBehaviour {
  PostgresAdapterBehaviourTest() {
    super(Dialect.POSTGRESQL);
  }
}
