package org.consumerorgs.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.ActiveConsumer;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.MacReport;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.ShareId;

/**
 * A manual tool, not a test (surefire runs only classes named *Test, *Tests or *Properties): times the Monthly
 * Active Consumers report through the SDK for a provider with 10^5 organizations and 10^6 link intervals, on a real
 * PostgreSQL or MariaDB, and shows the plans of the statements it runs.
 *
 * <p>{@code load} fills a schema (PostgreSQL) or database (MariaDB) of its own, {@value #SCHEMA}, with rows exactly
 * as the adapter writes them, made in bulk by SQL: 20 shares; organizations named like "Cobalt Media 4711" (ASCII,
 * so a name's keys are its lower case), one in 20 deleted on 2026-01-10 with its links closed then; ten links per
 * organization, each to another share, opened at a random moment of 2025 for 1 to 60 days, one in ten still open.
 * Then ANALYZE. {@code run} times the report for June and December 2025 (3 warm-up runs, then the median of 7) and
 * prints a digest of each report, so two versions of the SDK can be checked to give the same answer; {@code explain}
 * shows each statement of the report with its plan (EXPLAIN ANALYZE, BUFFERS on PostgreSQL); {@code drop} removes
 * the schema.
 *
 * <pre>
 * java -cp jdbc-adapter/target/test-classes:jdbc-adapter/target/classes:core/target/classes:(jars) \
 *     org.consumerorgs.jdbc.MacReportTiming postgresql|mariadb load|run|explain|drop ...
 * </pre>
 * Servers and users as the tests use them ({@link TestDatabase}).
 */
public final class MacReportTiming {
  static final String SCHEMA = "corg_mac_bench";
  private static final ProviderId PROVIDER = ProviderId.of("bench");
  private static final Actor ACTOR = Actor.ofProvider(PROVIDER, "timer");
  private static final int ORGANIZATIONS = 100_000;
  private static final int LINKS_PER_ORGANIZATION = 10;
  private static final int SHARES = 20;
  private static final List<YearMonth> MONTHS = List.of(YearMonth.of(2025, 6), YearMonth.of(2025, 12));
  private static final String FIRST_WORDS = "'Acme','Blue','Cobalt','Delta','Echo','Falcon','Granite','Harbor',"
      + "'Iron','Juniper','Kestrel','Lumen','Maple','Nimbus','Orchid','Pioneer','Quartz','Riverside','Summit',"
      + "'Tundra','Umber','Vertex','Willow','Xenon','Yarrow','Zephyr'";
  private static final String SECOND_WORDS = "'Analytics','Bakery','Consulting','Dynamics','Energy','Foods','Group',"
      + "'Holdings','Industries','Logistics','Media','Networks','Partners','Robotics','Systems','Textiles',"
      + "'Ventures','Works'";
  private static final long YEAR_2025 = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond() * 1_000_000L;
  private static final long DELETED_AT = Instant.parse("2026-01-10T00:00:00Z").getEpochSecond() * 1_000_000L;
  private static final long DAY = 86_400_000_000L;

  private MacReportTiming() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: MacReportTiming postgresql|mariadb load|run|explain|drop");
      System.exit(2);
    }
    Dialect dialect = Dialect.valueOf(args[0].toUpperCase(Locale.ROOT));
    switch (args[1]) {
      case "load" -> load(dialect);
      case "run" -> run(dialect);
      case "explain" -> explain(dialect);
      case "drop" -> drop(dialect);
      default -> throw new IllegalArgumentException("unknown action " + args[1]);
    }
  }

  private static String serverUrl(Dialect dialect) {
    return dialect == Dialect.POSTGRESQL ? TestDatabase.POSTGRES_URL : TestDatabase.MARIADB_URL;
  }

  private static String user(Dialect dialect) {
    return dialect == Dialect.POSTGRESQL ? TestDatabase.POSTGRES_USER : TestDatabase.MARIADB_USER;
  }

  private static HikariDataSource pool(Dialect dialect) {
    HikariConfig config = new HikariConfig();
    String url = dialect == Dialect.POSTGRESQL
        ? TestDatabase.POSTGRES_URL + "?currentSchema=" + SCHEMA + ",public"
        : TestDatabase.MARIADB_URL + SCHEMA;
    config.setJdbcUrl(url);
    config.setUsername(user(dialect));
    config.setPassword("");
    config.setMaximumPoolSize(1);
    return new HikariDataSource(config);
  }

  private static ConsumerOrgs sdk(javax.sql.DataSource dataSource, Dialect dialect) {
    return ConsumerOrgs.builder(JdbcStorage.builder(dataSource).dialect(dialect).build()).build();
  }

  private static void drop(Dialect dialect) throws SQLException {
    try (Connection connection = DriverManager.getConnection(serverUrl(dialect), user(dialect), "");
        Statement statement = connection.createStatement()) {
      statement.execute(dialect == Dialect.POSTGRESQL
          ? "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE" : "DROP DATABASE IF EXISTS " + SCHEMA);
    }
  }

  private static void load(Dialect dialect) throws SQLException {
    drop(dialect);
    try (Connection connection = DriverManager.getConnection(serverUrl(dialect), user(dialect), "");
        Statement statement = connection.createStatement()) {
      statement.execute(dialect == Dialect.POSTGRESQL ? "CREATE SCHEMA " + SCHEMA
          : "CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    }
    try (HikariDataSource dataSource = pool(dialect)) {
      JdbcSchema.install(dataSource);
      ConsumerOrgs sdk = sdk(dataSource, dialect);
      sdk.providers().register(ACTOR, "Bench");
      for (int s = 0; s < SHARES; s++) {
        sdk.shares().register(ACTOR, ShareId.of("share-" + s), "Share " + s);
      }
      try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
        long started = System.nanoTime();
        for (String sql : dialect == Dialect.POSTGRESQL ? postgresLoad() : mariadbLoad()) {
          statement.execute(sql);
        }
        System.out.printf("loaded in %.1f s%n", (System.nanoTime() - started) / 1e9);
      }
    }
  }

  /**
   * Organization i is named from two word lists and i; its id is a hash of i, so id order is not name order. Its
   * links k = 0..9 go to shares (i + 7k) mod 20, ten different ones, so no two of its links to one share are open.
   */
  private static List<String> postgresLoad() {
    String words = "(ARRAY[" + FIRST_WORDS + "])[1 + (i * 7) % 26] || ' ' || (ARRAY[" + SECOND_WORDS
        + "])[1 + (i * 13 / 26) % 18] || ' ' || i";
    return List.of(
        "SELECT setseed(0.42)",
        "CREATE TEMPORARY TABLE bench_org AS SELECT i, 'org-' || substr(md5(i::text), 1, 16) AS id, " + words
            + " AS name, i % 20 = 0 AS deleted FROM generate_series(1, " + ORGANIZATIONS + ") i",
        "INSERT INTO corg_organization (provider_id, organization_id, name, search_key, sort_key,"
            + " live_name_hash, version, created_at, updated_at, deleted_at) SELECT 'bench', id, name, lower(name),"
            + " convert_to(lower(name), 'UTF8'), CASE WHEN deleted THEN NULL"
            + " ELSE sha256(convert_to(lower(name), 'UTF8')) END, 1, " + YEAR_2025 + ", " + YEAR_2025 + ","
            + " CASE WHEN deleted THEN " + DELETED_AT + " END FROM bench_org",
        "CREATE TEMPORARY TABLE bench_link AS SELECT o.i, o.id, o.deleted, lower(o.name) AS search_key, k,"
            + " " + YEAR_2025 + " + floor(random() * 365 * " + DAY + ")::bigint AS opened,"
            + " (1 + floor(random() * 60)::bigint) * " + DAY + " AS length, random() < 0.1 AS open"
            + " FROM bench_org o CROSS JOIN generate_series(0, " + (LINKS_PER_ORGANIZATION - 1) + ") k",
        "INSERT INTO corg_link (provider_id, link_id, share_id, organization_id, opened_at, closed_at,"
            + " open_marker, sort_key) SELECT 'bench', 'link-' || l.i || '-' || l.k,"
            + " 'share-' || ((l.i + 7 * l.k) % 20), l.id,"
            + " l.opened, CASE WHEN l.deleted THEN least(CASE WHEN l.open THEN " + DELETED_AT
            + " ELSE l.opened + l.length END, " + DELETED_AT + ") WHEN l.open THEN NULL ELSE l.opened + l.length END,"
            + " CASE WHEN l.open AND NOT l.deleted THEN 1 END, convert_to(l.search_key, 'UTF8') FROM bench_link l",
        "DROP TABLE bench_link",
        "DROP TABLE bench_org",
        "VACUUM ANALYZE corg_organization",
        "VACUUM ANALYZE corg_link");
  }

  private static List<String> mariadbLoad() {
    String words = "CONCAT(ELT(1 + (i * 7) % 26, " + FIRST_WORDS + "), ' ', ELT(1 + FLOOR(i * 13 / 26) % 18, "
        + SECOND_WORDS + "), ' ', i)";
    return List.of(
        // consistent by construction; checking a million rows key by key would take many minutes
        "SET SESSION foreign_key_checks = 0",
        "SET SESSION unique_checks = 0",
        "CREATE TEMPORARY TABLE bench_org AS SELECT i, CONCAT('org-', SUBSTR(MD5(i), 1, 16)) AS id, " + words
            + " AS name, i % 20 = 0 AS deleted FROM (SELECT seq AS i FROM seq_1_to_" + ORGANIZATIONS + ") s",
        "INSERT INTO corg_organization (provider_id, organization_id, name, search_key, sort_key,"
            + " live_name_hash, version, created_at, updated_at, deleted_at) SELECT 'bench', id, name, LOWER(name),"
            + " CAST(LOWER(name) AS BINARY), CASE WHEN deleted THEN NULL ELSE UNHEX(SHA2(LOWER(name), 256)) END, 1, "
            + YEAR_2025 + ", " + YEAR_2025 + ", CASE WHEN deleted THEN " + DELETED_AT + " END FROM bench_org",
        "CREATE TEMPORARY TABLE bench_link AS SELECT o.i, o.id, o.deleted, LOWER(o.name) AS search_key, k.seq AS k,"
            + " " + YEAR_2025 + " + FLOOR(RAND(o.i * 10 + k.seq) * 365 * " + DAY + ") AS opened,"
            + " (1 + FLOOR(RAND(o.i * 10 + k.seq + 7) * 60)) * " + DAY + " AS length,"
            + " RAND(o.i * 10 + k.seq + 11) < 0.1 AS open"
            + " FROM bench_org o CROSS JOIN seq_0_to_" + (LINKS_PER_ORGANIZATION - 1) + " k",
        "INSERT INTO corg_link (provider_id, link_id, share_id, organization_id, opened_at, closed_at,"
            + " open_marker, sort_key) SELECT 'bench', CONCAT('link-', l.i, '-', l.k),"
            + " CONCAT('share-', (l.i + 7 * l.k) % 20), l.id,"
            + " l.opened, CASE WHEN l.deleted THEN LEAST(CASE WHEN l.open THEN " + DELETED_AT
            + " ELSE l.opened + l.length END, " + DELETED_AT + ") WHEN l.open THEN NULL ELSE l.opened + l.length END,"
            + " CASE WHEN l.open AND NOT l.deleted THEN 1 END, CAST(l.search_key AS BINARY) FROM bench_link l",
        "DROP TEMPORARY TABLE bench_link",
        "DROP TEMPORARY TABLE bench_org",
        "SET SESSION foreign_key_checks = 1",
        "SET SESSION unique_checks = 1",
        "ANALYZE TABLE corg_organization, corg_link");
  }

  /**
   * Wall time is what the target is about, but on a shared machine it mostly measures the neighbours; the CPU time
   * the JVM and the database's backend spent on a report is the work itself, and barely moves with the load. On
   * PostgreSQL the backend is the one process behind the pool's single connection.
   */
  private static void run(Dialect dialect) throws Exception {
    try (HikariDataSource dataSource = pool(dialect)) {
      ConsumerOrgs sdk = sdk(dataSource, dialect);
      Optional<Path> backend = Optional.empty();
      if (dialect == Dialect.POSTGRESQL) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
            ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
          row.next();
          backend = Optional.of(Path.of("/proc/" + row.getInt(1) + "/stat")).filter(Files::isReadable);
        }
      }
      com.sun.management.OperatingSystemMXBean jvm =
          (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      for (YearMonth month : MONTHS) {
        for (int i = 0; i < 3; i++) {
          sdk.monthlyActiveConsumers().report(ACTOR, month);
        }
        List<Long> times = new ArrayList<>();
        MacReport report = null;
        long jvmCpu = jvm.getProcessCpuTime();
        long backendCpu = backendCpuMillis(backend);
        for (int i = 0; i < 7; i++) {
          long started = System.nanoTime();
          report = sdk.monthlyActiveConsumers().report(ACTOR, month);
          times.add((System.nanoTime() - started) / 1_000_000);
        }
        jvmCpu = (jvm.getProcessCpuTime() - jvmCpu) / 7_000_000;
        backendCpu = (backendCpuMillis(backend) - backendCpu) / 7;
        List<Long> sorted = times.stream().sorted().toList();
        long links = report.consumers().stream().mapToLong(c -> c.evidence().size()).sum();
        System.out.printf("%s %s: %d active, %d links; wall median %d ms (min %d, max %d) of %s;"
                + " CPU per report: JVM %d ms, database backend %s; digest %s%n",
            dialect, month, report.count(), links, sorted.get(3), sorted.get(0), sorted.get(6), times, jvmCpu,
            backend.isPresent() ? backendCpu + " ms" : "not measured", digest(report));
      }
    }
  }

  /** User and system time of a process from /proc/PID/stat, in milliseconds (clock ticks of 10 ms). */
  private static long backendCpuMillis(Optional<Path> stat) throws IOException {
    if (stat.isEmpty()) {
      return 0;
    }
    String line = Files.readString(stat.get());
    String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
  }

  /** Everything a report says, in its order: two reports with the same digest are the same report. */
  private static String digest(MacReport report) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(report.window().toString().getBytes(StandardCharsets.UTF_8));
      for (ActiveConsumer consumer : report.consumers()) {
        sha.update((consumer.organizationId().value() + "|" + consumer.name() + "|" + consumer.deletedAt() + "\n")
            .getBytes(StandardCharsets.UTF_8));
        for (Link link : consumer.evidence()) {
          sha.update(link.toString().getBytes(StandardCharsets.UTF_8));
        }
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void explain(Dialect dialect) throws SQLException {
    try (HikariDataSource dataSource = pool(dialect)) {
      StatementLog log = new StatementLog(dataSource);
      ConsumerOrgs sdk = sdk(log.dataSource(), dialect);
      sdk.monthlyActiveConsumers().report(ACTOR, MONTHS.get(0));
      List<StatementLog.Query> queries = log.takeQueries();
      System.out.printf("%d queries%n", queries.size());
      String prefix = dialect == Dialect.POSTGRESQL ? "EXPLAIN (ANALYZE, BUFFERS) " : "ANALYZE ";
      try (Connection connection = dataSource.getConnection()) {
        // The store's own statements after the provider's: the large ones, each at most twice (IN lists repeat).
        String previous = "";
        int repeats = 0;
        for (StatementLog.Query query : queries) {
          repeats = query.sql().equals(previous) ? repeats + 1 : 0;
          previous = query.sql();
          if (repeats > 1) {
            continue;
          }
          System.out.println("\n== " + (query.sql().length() > 400 ? query.sql().substring(0, 400) + "..."
              : query.sql()));
          try (PreparedStatement statement = connection.prepareStatement(prefix + query.sql())) {
            query.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
              int columns = rows.getMetaData().getColumnCount();
              while (rows.next()) {
                StringBuilder line = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                  line.append(c == 1 ? "" : " | ").append(rows.getString(c));
                }
                System.out.println(line);
              }
            }
          }
        }
      }
    }
  }
}
