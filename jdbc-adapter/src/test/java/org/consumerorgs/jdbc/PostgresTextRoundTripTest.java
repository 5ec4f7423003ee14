package org.consumerorgs.jdbc;

import org.junit.jupiter.api.extension.ExtendWith;

/** Awkward text through the SDK on PostgreSQL. */
@ExtendWith(ServerAvailable.Postgres.class)
class PostgresTextRoundTripTest extends JdbcTextRoundTrip {
  PostgresTextRoundTripTest() {
    super(Dialect.POSTGRESQL);
  }
}
