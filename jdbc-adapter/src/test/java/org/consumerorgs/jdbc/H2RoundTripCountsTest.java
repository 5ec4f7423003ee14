package org.consumerorgs.jdbc;

class H2RoundTripCountsTest extends RoundTripCounts {
  H2RoundTripCountsTest() {
    super(Dialect.H2);
  }
}
