package org.consumerorgs.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.NormalizedName;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.SearchHit;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.policy.NamingPolicy;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A manual tool, not a test: search timings on PostgreSQL at scale, through the SDK, for what people type into the
 * dropdown's search box. It keeps its data in a schema of its own, {@value #SCHEMA}, until told to drop it.
 *
 * <pre>
 * mvn -q -o test-compile -pl jdbc-adapter
 * mvn -q -o dependency:build-classpath -pl jdbc-adapter -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * CP=jdbc-adapter/target/test-classes:jdbc-adapter/target/classes:$(cat /tmp/cp.txt)
 * java -cp $CP org.consumerorgs.jdbc.SearchScaleBench load 1000000 100000   # two providers; ~2 minutes
 * java -cp $CP org.consumerorgs.jdbc.SearchScaleBench measure 3000          # searches per provider
 * java -cp $CP org.consumerorgs.jdbc.SearchScaleBench explain big ight [exclude]
 * java -cp $CP org.consumerorgs.jdbc.SearchScaleBench drop
 * </pre>
 *
 * <p>Organizations and links are written in bulk ({@code COPY}) exactly as the adapter writes them (same keys, from
 * {@link NameKeys}), the indexes built afterwards, then the tables vacuumed and analyzed, as autovacuum would leave
 * them. Each provider has one share whose consumers are a tenth of its organizations, chosen at random.
 */
final class SearchScaleBench {
  static final String SCHEMA = "corg_search_bench";
  static final String PREFIX = "corg_";
  private static final String URL = TestDatabase.POSTGRES_URL + "?currentSchema=" + SCHEMA + ",public";
  private static final long SEED = 20_260_310L;
  private static final long START_MICROS = 1_767_225_600_000_000L;
  private static final List<String> PROVIDERS = List.of("big", "small");

  /** What a person types, drawn from the names in store, in the proportions below. */
  enum Kind {
    /** The first one or two characters of a name. */
    PREFIX_1_2(20),
    /** The first three to eight characters of a name. */
    PREFIX_3_8(35),
    /** The first one to eight characters of a later word. */
    WORD_START(20),
    /** Three to six characters from inside a word. */
    INSIDE(15),
    /** One to six characters that no name holds. */
    MISS(10);

    final int weight;

    Kind(int weight) {
      this.weight = weight;
    }
  }

  record Probe(Kind kind, String text, boolean exclude) {}

  private SearchScaleBench() {}

  public static void main(String[] args) throws Exception {
    switch (args.length == 0 ? "" : args[0]) {
      case "load" -> load(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
      case "measure" -> measure(Integer.parseInt(args[1]));
      case "explain" -> explain(args[1], args[2], args.length > 3 && args[3].equals("exclude"));
      case "drop" -> execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      default -> System.err.println("usage: load <big> <small> | measure <searches> | explain <provider> <text>"
          + " [exclude] | drop");
    }
  }

  // --- loading -----------------------------------------------------------------------------------------------------

  private static void load(int big, int small) throws Exception {
    long began = System.nanoTime();
    execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    execute("CREATE SCHEMA " + SCHEMA);
    try (HikariDataSource pool = pool()) {
      JdbcSchema.install(pool, PREFIX);
      ConsumerOrgs sdk = sdk(pool);
      for (String provider : PROVIDERS) {
        Actor actor = actor(provider);
        sdk.providers().register(actor, provider);
        sdk.shares().register(actor, share(provider), provider + "'s share");
      }
    }
    try (Connection connection = DriverManager.getConnection(URL, TestDatabase.POSTGRES_USER, "")) {
      List<String> indexes = dropSecondaryIndexes(connection);
      int[] sizes = {big, small};
      for (int p = 0; p < PROVIDERS.size(); p++) {
        copy(connection, PROVIDERS.get(p), sizes[p]);
        log(began, "copied " + sizes[p] + " organizations of " + PROVIDERS.get(p));
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET maintenance_work_mem = '512MB'");
        for (String index : indexes) {
          statement.execute(index);
          log(began, index.substring(0, Math.min(100, index.length())));
        }
        statement.execute("VACUUM ANALYZE " + PREFIX + "organization");
        statement.execute("VACUUM ANALYZE " + PREFIX + "link");
        statement.execute("ANALYZE");
      }
    }
    log(began, "loaded");
  }

  /** The indexes behind no constraint, dropped so that the rows go in fast; their definitions, to build them again. */
  private static List<String> dropSecondaryIndexes(Connection connection) throws SQLException {
    List<String> definitions = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT i.indexname, i.indexdef FROM pg_indexes i"
            + " WHERE i.schemaname = '" + SCHEMA + "' AND i.tablename IN ('" + PREFIX + "organization', '" + PREFIX
            + "link') AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)")) {
      while (rows.next()) {
        names.add(rows.getString(1));
        definitions.add(rows.getString(2));
      }
    }
    try (Statement statement = connection.createStatement()) {
      for (String name : names) {
        statement.execute("DROP INDEX " + name);
      }
    }
    return definitions;
  }

  private static void copy(Connection connection, String provider, int count) throws SQLException, IOException {
    List<String> names = names(provider, count);
    Random random = new Random(SEED + provider.hashCode());
    NamingPolicy naming = NamingPolicy.defaults();
    PGConnection pg = connection.unwrap(PGConnection.class);
    List<String[]> consumers = new ArrayList<>();
    CopyIn organizations = pg.getCopyAPI().copyIn("COPY " + PREFIX + "organization (provider_id, organization_id,"
        + " name, search_key, sort_key, live_name_hash, version, created_at, updated_at) FROM STDIN (FORMAT csv)");
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      NormalizedName name = naming.check(names.get(i));
      String id = new UUID(random.nextLong(), random.nextLong()).toString();
      byte[] sortKey = NameKeys.sortKey(name.searchKey());
      long at = START_MICROS + i;
      rows.append(provider).append(',').append(id).append(',').append(csv(name.value())).append(',')
          .append(csv(name.searchKey())).append(',').append(hex(sortKey)).append(',')
          .append(hex(NameKeys.uniquenessHash(name.uniquenessKey()))).append(",1,").append(at).append(',')
          .append(at).append('\n');
      if (random.nextInt(10) == 0) {
        consumers.add(new String[] {id, hex(sortKey)});
      }
      if (rows.length() > 1 << 20 || i == names.size() - 1) {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        organizations.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
      }
    }
    organizations.endCopy();
    CopyIn links = pg.getCopyAPI().copyIn("COPY " + PREFIX + "link (provider_id, link_id, share_id, organization_id,"
        + " opened_at, open_marker, sort_key) FROM STDIN (FORMAT csv)");
    for (int i = 0; i < consumers.size(); i++) {
      String[] consumer = consumers.get(i);
      rows.append(provider).append(',').append(new UUID(random.nextLong(), random.nextLong())).append(',')
          .append(share(provider).value()).append(',').append(consumer[0]).append(',').append(START_MICROS + i)
          .append(",1,").append(consumer[1]).append('\n');
      if (rows.length() > 1 << 20 || i == consumers.size() - 1) {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        links.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
      }
    }
    links.endCopy();
  }

  /** The names of a provider, the same on every run. */
  private static List<String> names(String provider, int count) {
    CompanyNames generator = new CompanyNames(SEED + provider.hashCode());
    List<String> names = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      names.add(generator.next());
    }
    return names;
  }

  private static String csv(String text) {
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  private static String hex(byte[] bytes) {
    return "\\x" + HexFormat.of().formatHex(bytes);
  }

  // --- measuring ---------------------------------------------------------------------------------------------------

  private static void measure(int searches) throws Exception {
    try (HikariDataSource pool = pool()) {
      ConsumerOrgs sdk = sdk(pool);
      for (String provider : PROVIDERS) {
        List<String> keys = searchKeys(pool, provider);
        List<Probe> probes = probes(keys, searches, new Random(SEED ^ provider.hashCode()));
        Actor actor = actor(provider);
        for (Probe probe : probes.subList(0, Math.min(500, probes.size()))) {
          search(sdk, actor, provider, probe);   // warm-up: the JIT, the pool, the buffer cache
        }
        Map<String, List<Double>> timings = new LinkedHashMap<>();
        List<Map.Entry<Double, Probe>> slowest = new ArrayList<>();
        for (Probe probe : probes) {
          long began = System.nanoTime();
          int hits = search(sdk, actor, provider, probe);
          double millis = (System.nanoTime() - began) / 1e6;
          timings.computeIfAbsent(probe.kind() + (probe.exclude() ? " excl" : ""), k -> new ArrayList<>())
              .add(millis);
          timings.computeIfAbsent("ALL", k -> new ArrayList<>()).add(millis);
          slowest.add(Map.entry(millis, new Probe(probe.kind(), probe.text() + " (" + hits + " hits)",
              probe.exclude())));
        }
        System.out.printf(Locale.ROOT, "%n%s: %,d organizations, %,d searches (ms)%n", provider, keys.size(),
            probes.size());
        System.out.printf(Locale.ROOT, "%-18s %6s %8s %8s %8s %8s%n", "kind", "n", "p50", "p95", "p99", "max");
        timings.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
          double[] sorted = e.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
          System.out.printf(Locale.ROOT, "%-18s %6d %8.2f %8.2f %8.2f %8.2f%n", e.getKey(), sorted.length,
              percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1]);
        });
        slowest.sort(Map.Entry.<Double, Probe>comparingByKey().reversed());
        System.out.println("slowest:");
        slowest.subList(0, Math.min(12, slowest.size())).forEach(e -> System.out.printf(Locale.ROOT,
            "  %8.2f  %-10s %s \"%s\"%n", e.getKey(), e.getValue().kind(), e.getValue().exclude() ? "excl" : "    ",
            e.getValue().text()));
      }
    }
  }

  private static int search(ConsumerOrgs sdk, Actor actor, String provider, Probe probe) {
    SearchRequest request = SearchRequest.of(probe.text());
    List<SearchHit> hits = sdk.organizations().search(actor,
        probe.exclude() ? request.excludingConsumersOf(share(provider)) : request);
    return hits.size();
  }

  private static double percentile(double[] sorted, int percent) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
  }

  private static List<String> searchKeys(HikariDataSource pool, String provider) throws SQLException {
    List<String> keys = new ArrayList<>();
    try (Connection connection = pool.getConnection();
        PreparedStatement statement = connection.prepareStatement(
            "SELECT search_key FROM " + PREFIX + "organization WHERE provider_id = ? AND deleted_at IS NULL")) {
      statement.setString(1, provider);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          keys.add(rows.getString(1));
        }
      }
      connection.commit();
    }
    return keys;
  }

  /** Texts drawn from the names in store, each kind in its proportion, half leaving out the share's consumers. */
  static List<Probe> probes(List<String> keys, int count, Random random) {
    int totalWeight = Arrays.stream(Kind.values()).mapToInt(k -> k.weight).sum();
    List<Probe> probes = new ArrayList<>(count);
    while (probes.size() < count) {
      int point = random.nextInt(totalWeight);
      Kind kind = Kind.PREFIX_1_2;
      for (Kind k : Kind.values()) {
        if (point < k.weight) {
          kind = k;
          break;
        }
        point -= k.weight;
      }
      String text = text(kind, keys, random);
      if (text != null) {
        probes.add(new Probe(kind, text, random.nextBoolean()));
      }
    }
    Collections.shuffle(probes, random);
    return probes;
  }

  /** A text of this kind, or null when the name drawn has none. */
  private static String text(Kind kind, List<String> keys, Random random) {
    String key = keys.get(random.nextInt(keys.size()));
    switch (kind) {
      case PREFIX_1_2:
        return cut(key, 0, 1 + random.nextInt(2));
      case PREFIX_3_8:
        return cut(key, 0, 3 + random.nextInt(6));
      case WORD_START: {
        List<Integer> starts = new ArrayList<>();
        for (int i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
          if (i + 1 < key.length() && Character.isLetterOrDigit(key.charAt(i + 1))) {
            starts.add(i + 1);
          }
        }
        return starts.isEmpty() ? null : cut(key, starts.get(random.nextInt(starts.size())), 1 + random.nextInt(8));
      }
      case INSIDE: {
        String[] words = key.split(" ");
        String word = words[random.nextInt(words.length)];
        int length = 3 + random.nextInt(4);
        if (word.length() < length + 1) {
          return null;
        }
        int start = 1 + random.nextInt(word.length() - length);
        return word.substring(start, start + length);
      }
      case MISS: {
        String letters = "qxzjvkwy";
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(6);
        for (int i = 0; i < length; i++) {
          text.append(letters.charAt(random.nextInt(letters.length())));
        }
        String miss = text.toString();
        // a miss matches nothing, neither at a start nor, once long enough to count there, anywhere
        return keys.stream().anyMatch(k -> length >= 3 ? k.contains(miss)
            : k.startsWith(miss) || k.contains(" " + miss)) ? null : miss;
      }
      default:
        throw new IllegalArgumentException(kind.toString());
    }
  }

  private static String cut(String text, int start, int length) {
    return text.substring(start, Math.min(text.length(), start + length)).trim();
  }

  // --- explaining --------------------------------------------------------------------------------------------------

  private static void explain(String provider, String text, boolean exclude) throws Exception {
    try (HikariDataSource pool = pool()) {
      StatementLog log = new StatementLog(pool);
      ConsumerOrgs sdk = ConsumerOrgs.builder(JdbcStorage.builder(log.dataSource()).dialect(Dialect.POSTGRESQL)
          .tablePrefix(PREFIX).build()).build();
      long began = System.nanoTime();
      int hits = search(sdk, actor(provider), provider, new Probe(Kind.MISS, text, exclude));
      System.out.printf(Locale.ROOT, "%d hits in %.2f ms%n", hits, (System.nanoTime() - began) / 1e6);
      for (StatementLog.Query query : log.takeQueries()) {
        if (!query.sql().contains(PREFIX + "organization o")) {
          continue;
        }
        System.out.println("\n" + query.sql());
        try (Connection connection = pool.getConnection();
            PreparedStatement statement = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + query.sql())) {
          if (query.sql().startsWith("WITH candidates")) {
            // as the adapter runs its capped queries
            try (Statement settings = connection.createStatement()) {
              settings.execute(CappedSubstringSearch.SETTINGS);
            }
          }
          query.bind(statement);
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              System.out.println(rows.getString(1));
            }
          }
          connection.rollback();
        }
      }
    }
  }

  // --- plumbing ----------------------------------------------------------------------------------------------------

  private static ConsumerOrgs sdk(HikariDataSource pool) {
    return ConsumerOrgs.builder(JdbcStorage.builder(pool).dialect(Dialect.POSTGRESQL).tablePrefix(PREFIX).build())
        .build();
  }

  private static Actor actor(String provider) {
    return Actor.ofProvider(ProviderId.of(provider), "bench");
  }

  private static ShareId share(String provider) {
    return ShareId.of(provider + "-share");
  }

  private static HikariDataSource pool() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(URL);
    config.setUsername(TestDatabase.POSTGRES_USER);
    config.setPassword("");
    config.setMaximumPoolSize(2);
    config.setAutoCommit(false);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    return new HikariDataSource(config);
  }

  private static void execute(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(TestDatabase.POSTGRES_URL, TestDatabase.POSTGRES_USER,
        "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static void log(long began, String what) {
    System.out.printf(Locale.ROOT, "%7.1f s  %s%n", (System.nanoTime() - began) / 1e9, what);
  }
}
