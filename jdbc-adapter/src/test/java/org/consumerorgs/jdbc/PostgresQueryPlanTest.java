package org.consumerorgs.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.MatchKind;
import org.consumerorgs.domain.Page;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.SearchHit;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.domain.ShareId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On PostgreSQL, the statements behind every list and search of organizations reach the organization table through
 * an index, chosen by the planner on its own (no {@code enable_seqscan = off}), once the table holds other providers'
 * rows too. The statements are the ones the adapter really ran, with the values it bound, recorded under the SDK.
 */
@ExtendWith(ServerAvailable.Postgres.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresQueryPlanTest {
  private static final String PREFIX = "qp1_";
  private static final int SMALL_ORGANIZATIONS = 3_000;
  private static final int BIG_ORGANIZATIONS = 30_000;
  private static final String[] FIRST_WORDS = {"Acme", "Blue", "Cobalt", "Delta", "Echo", "Falcon", "Granite",
      "Harbor", "Iron", "Juniper", "Kestrel", "Lumen", "Maple", "Nimbus", "Orchid", "Pioneer", "Quartz", "Riverside",
      "Summit", "Tundra", "Umber", "Vertex", "Willow", "Xenon", "Yarrow", "Zephyr"};
  private static final String[] SECOND_WORDS = {"Analytics", "Bakery", "Consulting", "Dynamics", "Energy", "Foods",
      "Group", "Holdings", "Industries", "Logistics", "Media", "Networks", "Partners", "Robotics", "Systems",
      "Textiles", "Ventures", "Works"};
  /** Organizations, and the links joined to them, are what grow; a provider or share row is read by key. */
  private static final Pattern SEQ_SCAN = Pattern.compile("Seq Scan on " + PREFIX + "(organization|link)\\b");
  private static final Pattern ORGANIZATION_INDEX = Pattern.compile(
      "(Index Scan|Index Only Scan) (Backward )?using " + PREFIX + "organization_\\w+ on " + PREFIX + "organization\\b"
          + "|Bitmap Index Scan on " + PREFIX + "organization_\\w+");

  private static final Pattern SORT = Pattern.compile("\\bSort\\b");

  private final Actor small = Actor.ofProvider(ProviderId.of("small"), "loader");
  private final Actor big = Actor.ofProvider(ProviderId.of("big"), "loader");
  private final ShareId smallShare = ShareId.of("small-share");
  private StatementLog recorder;
  private ConsumerOrgs sdk;

  /**
   * A provider with a few thousand organizations and one with ten times as many, all through the SDK (the adapter
   * computes the sort and search keys).
   */
  @BeforeAll
  void load() throws SQLException {
    DataSource dataSource = TestDatabase.of(Dialect.POSTGRESQL).first();
    JdbcSchema.install(dataSource, PREFIX);
    recorder = new StatementLog(dataSource);
    sdk = ConsumerOrgs.builder(JdbcStorage.builder(recorder.dataSource()).dialect(Dialect.POSTGRESQL)
        .tablePrefix(PREFIX).build()).build();
    sdk.providers().register(small, "Small");
    sdk.providers().register(big, "Big");
    sdk.shares().register(small, smallShare, "Small's share");
    sdk.shares().register(small, ShareId.of("small-other"), "Small's other share");
    sdk.shares().register(big, ShareId.of("big-share"), "Big's share");
    // Two thirds of the small provider's organizations consume its share; the rest consume another.
    addOrganizations(small, smallShare, 0, SMALL_ORGANIZATIONS * 2 / 3);
    addOrganizations(small, ShareId.of("small-other"), SMALL_ORGANIZATIONS * 2 / 3, SMALL_ORGANIZATIONS);
    addOrganizations(big, ShareId.of("big-share"), 0, BIG_ORGANIZATIONS);
    // One name per kind of match for "quux", so that a search runs all three of its queries.
    sdk.shares().addConsumers(small, ShareId.of("small-other"), AddConsumersRequest.builder()
        .newOrganization("Quuxtronics").newOrganization("Big Quuxtronics").newOrganization("Megaquuxtronics")
        .build());
    analyze();
    recorder.takeQueries();
  }

  private void addOrganizations(Actor actor, ShareId share, int from, int to) throws SQLException {
    for (int start = from; start < to; start += AddConsumersRequest.MAX_ENTRIES) {
      AddConsumersRequest.Builder request = AddConsumersRequest.builder();
      for (int i = start; i < Math.min(to, start + AddConsumersRequest.MAX_ENTRIES); i++) {
        request.newOrganization(name(i));
      }
      sdk.shares().addConsumers(actor, share, request.build());
      // Statistics as autovacuum keeps them (the test servers may run without it). Tables that were never analyzed
      // get guessed plans, and the guard of every new link then walks the provider's whole name index.
      if ((start / AddConsumersRequest.MAX_ENTRIES) % 10 == 0) {
        analyze();
      }
    }
  }

  private static String name(int i) {
    return FIRST_WORDS[i % FIRST_WORDS.length] + " " + SECOND_WORDS[(i / FIRST_WORDS.length) % SECOND_WORDS.length]
        + " " + i;
  }

  private static void analyze() throws SQLException {
    try (Connection connection = TestDatabase.of(Dialect.POSTGRESQL).first().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("ANALYZE " + PREFIX + "organization, " + PREFIX + "link, " + PREFIX + "share");
    }
  }

  @Test
  void listingTheFirstPageReadsTheNameIndex() throws SQLException {
    sdk.organizations().list(small, PageRequest.first(50));

    assertPlansUseAnIndex(organizationQuery(recorder.takeQueries()));
  }

  @Test
  void listingANextPageSeeksInTheNameIndex() throws SQLException {
    Page<ConsumerOrganization> first = sdk.organizations().list(small, PageRequest.first(50));
    recorder.takeQueries();

    sdk.organizations().list(small, first.next(50).orElseThrow());

    assertPlansUseAnIndex(organizationQuery(recorder.takeQueries()));
  }

  @Test
  void everyQueryOfASearchUsesAnIndex() throws SQLException {
    List<SearchHit> hits = sdk.organizations().search(small, SearchRequest.of("quux"));

    assertEquals(List.of(MatchKind.PREFIX, MatchKind.WORD_PREFIX, MatchKind.ANYWHERE),
        hits.stream().map(SearchHit::match).toList());
    List<StatementLog.Query> queries = organizationQueries(recorder.takeQueries());
    assertEquals(5, queries.size(), "prefix; for word prefix, then anywhere: a walk of the first names, the capped");
    for (StatementLog.Query query : queries) {
      assertPlansUseAnIndex(query);
    }
  }

  /**
   * A text that few names hold: the first names of the list hold too few of them, so each substring stage reads the
   * names that do through a trigram index, the index of word starts for a word prefix.
   */
  @Test
  void aSearchForARareTextReadsTheTrigramIndexes() throws SQLException {
    sdk.organizations().search(small, SearchRequest.of("quux"));

    List<StatementLog.Query> queries = organizationQueries(recorder.takeQueries());
    assertPlanReads(queries.get(2), "Bitmap Index Scan on " + PREFIX + "organization_live_word_starts");
    assertPlanReads(queries.get(4), "Bitmap Index Scan on " + PREFIX + "organization_live_search");
  }

  /** A word that many names hold after their first: the walk of the first names finds enough, index only. */
  @Test
  void aSearchForACommonWordReadsTheFirstNamesOfTheNameIndexOnly() throws SQLException {
    List<SearchHit> hits = sdk.organizations().search(big, SearchRequest.of("robot"));

    assertEquals(SearchRequest.DEFAULT_LIMIT, hits.size());
    assertTrue(hits.stream().allMatch(hit -> hit.match() == MatchKind.WORD_PREFIX), hits::toString);
    List<StatementLog.Query> queries = organizationQueries(recorder.takeQueries());
    assertEquals(2, queries.size(), "prefix, then the first names");
    assertPlanReads(queries.get(1), "Index Only Scan using " + PREFIX + "organization_live_by_name");
  }

  /**
   * A text that more names hold than a substring stage reads through a trigram index, all of them far down the list
   * ("ephyr" of "Zephyr", the last first word): the stage then walks the whole name index in order, index only, and
   * still finds the first ones by name.
   */
  @Test
  void aSearchForACommonTextFarDownTheListWalksTheNameIndex() throws SQLException {
    List<SearchHit> hits = sdk.organizations().search(big, SearchRequest.of("ephyr"));

    assertEquals(expectedNames("ephyr", SearchRequest.DEFAULT_LIMIT), hits.stream()
        .map(hit -> hit.organization().name()).toList());
    assertTrue(hits.stream().allMatch(hit -> hit.match() == MatchKind.ANYWHERE), hits::toString);
    List<StatementLog.Query> queries = organizationQueries(recorder.takeQueries());
    StatementLog.Query walk = queries.get(queries.size() - 1);
    assertTrue(walk.sql().contains("octet_length"), walk::sql);
    assertPlanReads(walk, "Index Only Scan using " + PREFIX + "organization_live_by_name");
    assertPlansUseAnIndex(walk);
  }

  /** The first {@code limit} names by search key among those of the big provider that hold {@code text}. */
  private static List<String> expectedNames(String text, int limit) {
    return IntStream.range(0, BIG_ORGANIZATIONS).mapToObj(PostgresQueryPlanTest::name)
        .filter(name -> name.toLowerCase(Locale.ROOT).contains(text))
        .sorted(Comparator.comparing(name -> name.toLowerCase(Locale.ROOT))).limit(limit).toList();
  }

  /**
   * A prefix that many names share fills the limit from the name index, read in order: the plan stops after the
   * rows it returns instead of reading and sorting every name with the prefix.
   */
  @Test
  void aPrefixSearchWithManyMatchesReadsTheNameIndexInOrder() throws SQLException {
    List<SearchHit> hits = sdk.organizations().search(big, SearchRequest.of("acme"));

    assertEquals(SearchRequest.DEFAULT_LIMIT, hits.size());
    StatementLog.Query query = organizationQuery(recorder.takeQueries());
    assertPlansUseAnIndex(query);
    try (Connection connection = TestDatabase.of(Dialect.POSTGRESQL).first().getConnection()) {
      List<String> plan = explain(connection, "EXPLAIN " + query.sql(), query);
      assertFalse(plan.stream().anyMatch(line -> SORT.matcher(line).find()),
          () -> query.sql() + "\n" + String.join("\n", plan));
    }
  }

  @Test
  void aSearchThatLeavesOutAShareConsumersUsesAnIndexInEachQuery() throws SQLException {
    sdk.organizations().search(small, SearchRequest.of("quux").excludingConsumersOf(smallShare));

    List<StatementLog.Query> queries = organizationQueries(recorder.takeQueries());
    assertEquals(5, queries.size(), "prefix; for word prefix, then anywhere: a walk of the first names, the capped");
    for (StatementLog.Query query : queries) {
      assertPlansUseAnIndex(query);
    }
  }

  @Test
  void listingAShareConsumersUsesAnIndexOnEveryPage() throws SQLException {
    Page<ConsumerOrganization> first = sdk.shares().consumers(small, smallShare, PageRequest.first(50));
    assertPlansUseAnIndex(organizationQuery(recorder.takeQueries()));

    sdk.shares().consumers(small, smallShare, first.next(50).orElseThrow());

    assertPlansUseAnIndex(organizationQuery(recorder.takeQueries()));
  }

  /**
   * A page of a share's consumers is read in name order from the share's open links, so it costs its rows whatever
   * the share's size: no sort, and the index of open links by name.
   */
  @Test
  void aPageOfAShareConsumersReadsTheShareLinksInNameOrder() throws SQLException {
    Page<ConsumerOrganization> first = sdk.shares().consumers(small, smallShare, PageRequest.first(50));
    assertReadsOpenLinksInOrder(organizationQuery(recorder.takeQueries()));

    sdk.shares().consumers(small, smallShare, first.next(50).orElseThrow());

    assertReadsOpenLinksInOrder(organizationQuery(recorder.takeQueries()));
  }

  private static void assertReadsOpenLinksInOrder(StatementLog.Query query) throws SQLException {
    try (Connection connection = TestDatabase.of(Dialect.POSTGRESQL).first().getConnection()) {
      List<String> plan = explain(connection, "EXPLAIN " + query.sql(), query);
      String shown = query.sql() + "\n" + String.join("\n", plan);
      assertFalse(plan.stream().anyMatch(line -> SORT.matcher(line).find()), shown);
      assertTrue(plan.stream().anyMatch(line -> line.contains("using " + PREFIX + "link_open_by_name")), shown);
    }
  }

  private static StatementLog.Query organizationQuery(List<StatementLog.Query> queries) {
    List<StatementLog.Query> found = organizationQueries(queries);
    assertEquals(1, found.size(), () -> "queries of organizations: " + found);
    return found.get(0);
  }

  /** The recorded queries that read the organization table; the SDK's checks of the provider and share are not. */
  private static List<StatementLog.Query> organizationQueries(List<StatementLog.Query> queries) {
    return queries.stream().filter(query -> query.sql().contains(PREFIX + "organization o")).toList();
  }

  /**
   * Checks both plans PostgreSQL may run the query with: the custom plan, made for these values, and the generic
   * plan, made for any values, which a prepared statement may switch to after its fifth execution (the driver
   * prepares a statement on the server once a connection has run it five times, so pooled connections get there).
   * A substring stage's query is planned under the settings the adapter makes for it.
   */
  private void assertPlansUseAnIndex(StatementLog.Query query) throws SQLException {
    try (Connection connection = TestDatabase.of(Dialect.POSTGRESQL).first().getConnection()) {
      connection.setAutoCommit(false);
      settingsOf(connection, query);
      assertPlanUsesAnIndex("custom plan", query, explain(connection, "EXPLAIN " + query.sql(), query));
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET plan_cache_mode = force_generic_plan");
        statement.execute("PREPARE plan_probe(" + parameterTypes(query) + ") AS " + numbered(query.sql()));
        try {
          // EXECUTE takes no bound parameters; its arguments go as literals.
          assertPlanUsesAnIndex("generic plan", query,
              explain(connection, "EXPLAIN EXECUTE plan_probe(" + literals(query) + ")", null));
        } finally {
          statement.execute("DEALLOCATE plan_probe");
          statement.execute("RESET plan_cache_mode");
        }
      }
      connection.rollback();
    }
  }

  /** The custom plan of {@code query}, under the adapter's settings for it, reads as {@code step} says. */
  private static void assertPlanReads(StatementLog.Query query, String step) throws SQLException {
    try (Connection connection = TestDatabase.of(Dialect.POSTGRESQL).first().getConnection()) {
      connection.setAutoCommit(false);
      settingsOf(connection, query);
      List<String> plan = explain(connection, "EXPLAIN " + query.sql(), query);
      connection.rollback();
      assertTrue(plan.stream().anyMatch(line -> line.contains(step)),
          () -> query.sql() + "\n" + String.join("\n", plan));
    }
  }

  /**
   * What the adapter sets in the transaction before the first capped query of a substring stage
   * ({@link CappedSubstringSearch}); the walks of the name index are planned without it, which it could only help.
   */
  private static void settingsOf(Connection connection, StatementLog.Query query) throws SQLException {
    if (query.sql().startsWith("WITH candidates")) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(CappedSubstringSearch.SETTINGS);
      }
    }
  }

  private static void assertPlanUsesAnIndex(String kind, StatementLog.Query query, List<String> plan) {
    String shown = kind + " of " + query.sql() + "\n" + String.join("\n", plan);
    assertFalse(plan.stream().anyMatch(line -> SEQ_SCAN.matcher(line).find()), shown);
    assertTrue(plan.stream().anyMatch(line -> ORGANIZATION_INDEX.matcher(line).find()), shown);
  }

  private static List<String> explain(Connection connection, String sql, StatementLog.Query query)
      throws SQLException {
    List<String> plan = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      if (query != null) {
        query.bind(statement);
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          plan.add(rows.getString(1));
        }
      }
    }
    return plan;
  }

  /** The types the driver sends for the values the adapter binds (strings go as varchar, the driver's default). */
  private static String parameterTypes(StatementLog.Query query) {
    return String.join(", ", query.bindings().stream().map(binding -> switch (binding.setter().getName()) {
      case "setString" -> "varchar";
      case "setBytes" -> "bytea";
      case "setLong" -> "int8";
      case "setInt" -> "int4";
      default -> throw new IllegalStateException("no PostgreSQL type known for " + binding.setter());
    }).toList());
  }

  /** The values the adapter bound, as SQL literals. */
  private static String literals(StatementLog.Query query) {
    return String.join(", ", query.bindings().stream().map(binding -> {
      Object value = binding.arguments()[1];
      if (value instanceof String text) {
        return "'" + text.replace("'", "''") + "'";
      }
      if (value instanceof byte[] bytes) {
        return "'\\x" + HexFormat.of().formatHex(bytes) + "'::bytea";
      }
      return String.valueOf(value);
    }).toList());
  }

  /** The statement with its placeholders numbered ($1, $2, ...) for PREPARE; the adapter puts no '?' in literals. */
  private static String numbered(String sql) {
    StringBuilder numbered = new StringBuilder();
    int parameter = 0;
    for (char c : sql.toCharArray()) {
      if (c == '?') {
        numbered.append('$').append(++parameter);
      } else {
        numbered.append(c);
      }
    }
    return numbered.toString();
  }
}
