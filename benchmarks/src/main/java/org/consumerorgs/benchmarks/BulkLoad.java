package org.consumerorgs.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.consumerorgs.domain.ChangeEvent;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.LinkId;
import org.consumerorgs.domain.NormalizedName;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.policy.NamingPolicy;

/**
 * The benchmark's bulk-load path for PostgreSQL, for datasets the SDK's batch path would take too long to write
 * (the search datasets above 10^4 organizations, and the million link intervals of the Monthly Active Consumers
 * history). It writes with COPY exactly the rows the JDBC adapter writes: organizations with their name keys (from the
 * SDK's own naming policy), links with their organization's sort key, and every event (with the attributes the SDK
 * records, see {@link ChangeEvents}, numbered on from the provider's counter, which is then moved on). Provider and
 * shares are registered through the SDK first.
 *
 * <p>For speed, the secondary indexes of the three tables are dropped and re-created from their own definitions
 * (read from the catalog, so a changed DDL is followed), and foreign-key triggers are off during the COPY
 * ({@code session_replication_role = replica}, which needs a superuser, as {@code postgres} is): the rows satisfy the
 * keys by construction. The column lists are checked against the installed tables first: if the DDL gains or loses a
 * column, the load stops and says so, rather than write rows the adapter would not.
 */
final class BulkLoad {
  static final Map<String, List<String>> COLUMNS = Map.of(
      "organization", List.of("provider_id", "organization_id", "name", "search_key", "sort_key", "live_name_hash",
          "version", "created_at", "updated_at", "deleted_at", "external_id", "live_external_id"),
      "link", List.of("provider_id", "link_id", "share_id", "organization_id", "opened_at", "closed_at",
          "open_marker", "sort_key"),
      "event", List.of("provider_id", "event_sequence", "event_type", "occurred_at", "actor_id", "organization_id",
          "share_id", "before_state", "after_state"));

  private static final NamingPolicy NAMING = NamingPolicy.defaults();

  private final HikariDataSource pool;
  private final String prefix;
  private final ProviderId provider;
  private final String actor;
  private final Connection organizations;
  private final Connection links;
  private final Connection events;
  private final CopyWriter organizationRows;
  private final CopyWriter linkRows;
  private final CopyWriter eventRows;
  private final Map<String, String> droppedIndexes;
  private long sequence;

  private BulkLoad(HikariDataSource pool, String prefix, ProviderId provider, String actor) throws SQLException {
    this.pool = pool;
    this.prefix = prefix;
    this.provider = provider;
    this.actor = actor;
    requireKnownColumns();
    this.sequence = lastSequence();
    this.droppedIndexes = dropSecondaryIndexes();
    this.organizations = copyConnection();
    this.links = copyConnection();
    this.events = copyConnection();
    this.organizationRows = new CopyWriter(organizations, copy("organization"));
    this.linkRows = new CopyWriter(links, copy("link"));
    this.eventRows = new CopyWriter(events, copy("event"));
  }

  /**
   * The search dataset of {@code names}: batch k of 1000 organizations, created and linked to share k mod
   * {@code shares} at one instant, as one {@code addConsumers} call would.
   */
  static void searchDataset(HikariDataSource pool, String prefix, ProviderId provider, String actor,
      List<String> names, int batch, int shares) {
    Random random = new Random(0xB0_1CL + names.size());
    Instant start = Instant.parse("2026-01-05T09:00:00Z");
    run(pool, prefix, provider, actor, load -> {
      for (int from = 0; from < names.size(); from += batch) {
        Instant now = start.plusMillis(from);
        ShareId share = SearchDataset.share((from / batch) % shares);
        List<ConsumerOrganization> created = new ArrayList<>(batch);
        List<Link> opened = new ArrayList<>(batch);
        for (int i = from; i < Math.min(names.size(), from + batch); i++) {
          NormalizedName name = NAMING.check(names.get(i));
          ConsumerOrganization org = new ConsumerOrganization(
              ConsumerOrganizationId.of(MacHistory.uuid(random)), provider, name.value(), 1, now, now);
          byte[] sortKey = load.organization(org, name);
          created.add(org);
          Link link = new Link(LinkId.of(MacHistory.uuid(random)), provider, share, org.id(), now,
              Optional.empty());
          load.link(link, sortKey);
          opened.add(link);
        }
        for (ConsumerOrganization org : created) {
          load.event(ChangeEvents.organizationCreated(actor, org));
        }
        for (Link link : opened) {
          load.event(ChangeEvents.consumerAdded(actor, link));
        }
      }
    });
  }

  /** The Monthly Active Consumers history, every change in time order. */
  static void macHistory(HikariDataSource pool, String prefix, MacHistory history) {
    run(pool, prefix, MacHistory.PROVIDER, MacHistory.ACTOR.id(), load -> {
      ConsumerOrganization[] orgs = new ConsumerOrganization[history.names.size()];
      byte[][] sortKeys = new byte[orgs.length][];
      for (long event : history.events()) {
        int i = MacHistory.index(event);
        Instant at = MacHistory.at(MacHistory.second(event));
        switch (MacHistory.kind(event)) {
          case MacHistory.CREATED -> {
            NormalizedName name = NAMING.check(history.names.get(i));
            orgs[i] = new ConsumerOrganization(history.organization(i), MacHistory.PROVIDER, name.value(), 1, at, at);
            sortKeys[i] = load.organization(orgs[i], name);
            load.event(ChangeEvents.organizationCreated(MacHistory.ACTOR.id(), orgs[i]));
          }
          case MacHistory.OPENED -> {
            Link link = new Link(history.linkId(i), MacHistory.PROVIDER, MacHistory.share(history.shareOf[i]),
                history.organization(history.organizationOf[i]), at,
                history.closedAt[i] < 0 ? Optional.empty() : Optional.of(MacHistory.at(history.closedAt[i])));
            load.link(link, sortKeys[history.organizationOf[i]]);
            load.event(ChangeEvents.consumerAdded(MacHistory.ACTOR.id(),
                new Link(link.id(), link.providerId(), link.shareId(), link.organizationId(), at, Optional.empty())));
          }
          case MacHistory.CLOSED -> {
            Link link = new Link(history.linkId(i), MacHistory.PROVIDER, MacHistory.share(history.shareOf[i]),
                history.organization(history.organizationOf[i]), MacHistory.at(history.openedAt[i]),
                Optional.of(at));
            load.event(ChangeEvents.consumerRemoved(MacHistory.ACTOR.id(), link));
          }
          default -> throw new IllegalStateException("unknown event kind");
        }
      }
    });
  }

  @FunctionalInterface
  interface Rows {
    void write(BulkLoad load) throws SQLException;
  }

  private static void run(HikariDataSource pool, String prefix, ProviderId provider, String actor, Rows rows) {
    long started = System.nanoTime();
    try {
      BulkLoad load = new BulkLoad(pool, prefix, provider, actor);
      rows.write(load);
      load.finish();
      Log.info("PostgreSQL %s: bulk load (COPY) of %,d organizations, %,d links, %,d events in %.1f s", prefix,
          load.organizationRows.rows(), load.linkRows.rows(), load.eventRows.rows(),
          (System.nanoTime() - started) / 1e9);
    } catch (SQLException e) {
      throw new IllegalStateException("bulk load of " + prefix + " failed: " + e.getMessage(), e);
    }
  }

  /** Writes an organization row and returns its sort key, which its links carry. */
  byte[] organization(ConsumerOrganization org, NormalizedName name) {
    byte[] sortKey = StoredKeys.sortKey(name.searchKey());
    organizationRows.text(provider.value()).text(org.id().value()).text(name.value()).text(name.searchKey())
        .bytes(sortKey).bytes(StoredKeys.uniquenessHash(name.uniquenessKey())).number(org.version())
        .time(org.createdAt()).time(org.updatedAt()).nul()
        // The datasets' organizations have no external id, as most hosts' would not.
        .nul().nul().endRow();
    return sortKey;
  }

  void link(Link link, byte[] sortKey) {
    linkRows.text(provider.value()).text(link.id().value()).text(link.shareId().value())
        .text(link.organizationId().value()).time(link.openedAt());
    if (link.closedAt().isPresent()) {
      linkRows.time(link.closedAt().get()).nul();
    } else {
      linkRows.nul().number(1);
    }
    linkRows.bytes(sortKey).endRow();
  }

  void event(ChangeEvent event) {
    eventRows.text(provider.value()).number(++sequence).text(event.type().name()).time(event.occurredAt())
        .text(event.actorId()).optionalText(event.organizationId().map(ConsumerOrganizationId::value))
        .optionalText(event.shareId().map(ShareId::value)).json(event.before()).json(event.after()).endRow();
  }

  private void finish() throws SQLException {
    organizationRows.close();
    linkRows.close();
    eventRows.close();
    organizations.commit();
    links.commit();
    events.commit();
    for (Connection c : List.of(organizations, links, events)) {
      try (Statement s = c.createStatement()) {
        s.execute("RESET session_replication_role");
      }
      c.commit();
      c.close();
    }
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute("SET maintenance_work_mem = '256MB'");
      for (String definition : droppedIndexes.values()) {
        s.execute(definition);
      }
      try (PreparedStatement counter = c.prepareStatement(
          "UPDATE " + prefix + "event_counter SET last_sequence = ? WHERE provider_id = ?")) {
        counter.setLong(1, sequence);
        counter.setString(2, provider.value());
        if (counter.executeUpdate() != 1) {
          throw new IllegalStateException("the provider has no event counter: register it through the SDK first");
        }
      }
      c.commit();
    }
  }

  private Connection copyConnection() throws SQLException {
    Connection c = Postgres.schemaConnection();
    try (Statement s = c.createStatement()) {
      s.execute("SET session_replication_role = replica");
    }
    return c;
  }

  private String copy(String table) {
    return "COPY " + prefix + table + " (" + String.join(", ", COLUMNS.get(table)) + ") FROM STDIN";
  }

  private void requireKnownColumns() throws SQLException {
    try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(
        // Generated columns (word_starts) are left out: the database computes them from the row, as for the adapter.
        "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
            + " AND table_name = ? AND is_generated = 'NEVER' ORDER BY ordinal_position")) {
      for (Map.Entry<String, List<String>> table : COLUMNS.entrySet()) {
        s.setString(1, prefix + table.getKey());
        List<String> actual = new ArrayList<>();
        try (ResultSet rows = s.executeQuery()) {
          while (rows.next()) {
            actual.add(rows.getString(1));
          }
        }
        if (!actual.equals(table.getValue())) {
          throw new IllegalStateException("the adapter's " + table.getKey() + " table now has the columns " + actual
              + ", not " + table.getValue() + ": the benchmark's bulk load (BulkLoad) must be taught the new DDL"
              + " before it can write rows as the adapter does");
        }
      }
      c.commit();
    }
  }

  private long lastSequence() throws SQLException {
    try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(
        "SELECT last_sequence FROM " + prefix + "event_counter WHERE provider_id = ?")) {
      s.setString(1, provider.value());
      try (ResultSet rows = s.executeQuery()) {
        if (!rows.next()) {
          throw new IllegalStateException("register the provider through the SDK before the bulk load");
        }
        long last = rows.getLong(1);
        c.commit();
        return last;
      }
    }
  }

  /** Drops the indexes of the three tables that back no constraint; returns their definitions to re-create. */
  private Map<String, String> dropSecondaryIndexes() throws SQLException {
    Map<String, String> definitions = new LinkedHashMap<>();
    try (Connection c = pool.getConnection()) {
      try (PreparedStatement s = c.prepareStatement("""
          SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x
          JOIN pg_class i ON i.oid = x.indexrelid
          JOIN pg_class t ON t.oid = x.indrelid
          JOIN pg_namespace n ON n.oid = t.relnamespace
          WHERE n.nspname = current_schema() AND t.relname IN (?, ?, ?)
            AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.oid)""")) {
        s.setString(1, prefix + "organization");
        s.setString(2, prefix + "link");
        s.setString(3, prefix + "event");
        try (ResultSet rows = s.executeQuery()) {
          while (rows.next()) {
            definitions.put(rows.getString(1), rows.getString(2));
          }
        }
      }
      try (Statement s = c.createStatement()) {
        for (String index : definitions.keySet()) {
          s.execute("DROP INDEX " + index);
        }
      }
      c.commit();
    }
    return definitions;
  }
}
