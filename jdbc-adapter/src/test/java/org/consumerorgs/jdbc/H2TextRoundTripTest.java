package org.consumerorgs.jdbc;

/** Awkward text through the SDK on H2. */
class H2TextRoundTripTest extends JdbcTextRoundTrip {
  H2TextRoundTripTest() {
    super(Dialect.H2);
  }
}
