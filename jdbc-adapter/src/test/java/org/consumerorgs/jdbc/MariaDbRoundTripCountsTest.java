package org.consumerorgs.jdbc;

import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ServerAvailable.MariaDb.class)
class MariaDbRoundTripCountsTest extends RoundTripCounts {
  MariaDbRoundTripCountsTest() {
    super(Dialect.MARIADB);
  }
}
