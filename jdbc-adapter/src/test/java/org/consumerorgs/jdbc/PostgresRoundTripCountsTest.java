package org.consumerorgs.jdbc;

import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ServerAvailable.Postgres.class)
class PostgresRoundTripCountsTest extends RoundTripCounts {
  PostgresRoundTripCountsTest() {
    super(Dialect.POSTGRESQL);
  }
}
