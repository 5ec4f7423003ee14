package org.consumerorgs.jdbc;

import org.junit.jupiter.api.extension.ExtendWith;

/** Pooled connections that PostgreSQL ended ({@code pg_terminate_backend}, SQLState 57P01). */
@ExtendWith(ServerAvailable.Postgres.class)
class PostgresDeadConnectionsTest extends DeadConnections {
  PostgresDeadConnectionsTest() {
    super(Dialect.POSTGRESQL);
  }
}
