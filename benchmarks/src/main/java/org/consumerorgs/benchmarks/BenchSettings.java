package org.consumerorgs.benchmarks;

import java.util.Locale;

/**
 * What every benchmark JVM needs to know, passed from {@link BenchmarkMain} as system properties (JMH forks get
 * them as {@code -D} arguments): where PostgreSQL is, which schema the benchmark owns, and whether this is a quick
 * run.
 */
final class BenchSettings {
  static final String PG_URL = "bench.pg.url";
  static final String PG_USER = "bench.pg.user";
  static final String PG_PASSWORD = "bench.pg.password";
  static final String PG_SCHEMA = "bench.pg.schema";
  static final String QUICK = "bench.quick";

  static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String DEFAULT_PG_USER = "postgres";
  static final String DEFAULT_PG_SCHEMA = "corg_bench";

  private BenchSettings() {}

  static String pgUrl() {
    return System.getProperty(PG_URL, DEFAULT_PG_URL);
  }

  static String pgUser() {
    return System.getProperty(PG_USER, DEFAULT_PG_USER);
  }

  static String pgPassword() {
    return System.getProperty(PG_PASSWORD, "");
  }

  static String pgSchema() {
    String schema = System.getProperty(PG_SCHEMA, DEFAULT_PG_SCHEMA);
    if (!schema.matches("[a-z][a-z0-9_]{0,40}")) {
      throw new IllegalArgumentException("the benchmark schema must be lower-case letters, digits and underscores,"
          + " starting with a letter: " + schema);
    }
    return schema.toLowerCase(Locale.ROOT);
  }

  static boolean quick() {
    return Boolean.getBoolean(QUICK);
  }

  /** Organizations of the provider whose link history the Monthly Active Consumers benchmark reads. */
  static int macOrganizations() {
    return quick() ? 1_000 : 100_000;
  }

  /** Link intervals in that history. */
  static int macIntervals() {
    return quick() ? 10_000 : 1_000_000;
  }

  /** How far into the name order the deep page of the list benchmark starts. */
  static int listDepth() {
    return quick() ? 1_000 : 100_000;
  }

  /** The dataset the list benchmark pages through. */
  static int listDatasetSize() {
    return quick() ? 10_000 : 1_000_000;
  }
}
