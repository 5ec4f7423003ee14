package org.consumerorgs.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.LinkId;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.domain.TimeWindow;
import org.consumerorgs.spi.Keyed;
import org.consumerorgs.spi.LinkStore;
import org.consumerorgs.spi.LinkedOrganization;
import org.consumerorgs.spi.PageQuery;

final class JdbcLinkStore implements LinkStore {
  private static final String COLUMNS =
      "l.link_id, l.share_id, l.organization_id, l.opened_at, l.closed_at";
  /** A link intersects [start, end) when it opened before the end and is open, or closed after the start and later
   * than it opened (a link closed the instant it opened never gave access). */
  private static final String INTERSECTS =
      " AND l.opened_at < ? AND (l.closed_at IS NULL OR (l.closed_at > ? AND l.closed_at > l.opened_at))";

  private final Statements statements;
  private final Dialect dialect;
  private final String open;
  private final String openHead;
  private final String openGuard;
  private final String openedAmong;
  private final String openPairsAmong;
  private final String openOfPair;
  private final String openOfOrganization;
  private final String openOfShare;
  private final String closeAmong;
  private final String ofOrganizationInWindow;
  private final String consumersFirst;
  private final String consumersNext;
  private final String sharesFirst;
  private final String sharesNext;
  private final String linkedOrganizations;

  JdbcLinkStore(Statements statements, Dialect dialect, String prefix) {
    this.statements = statements;
    this.dialect = dialect;
    // A link carries its organization's sort key, read from the organization row the guard joins (locked by the SDK
    // before it opens links, so a concurrent rename cannot slip between the read and the insert).
    this.openHead = TablePrefix.apply(prefix, """
        INSERT INTO ${table_prefix}link (provider_id, link_id, share_id, organization_id, opened_at, open_marker,
          sort_key)
        SELECT v.provider_id, v.link_id, v.share_id, v.organization_id, v.opened_at, 1, o.sort_key""");
    this.openGuard = TablePrefix.apply(prefix, """
        JOIN ${table_prefix}organization o ON o.provider_id = v.provider_id
          AND o.organization_id = v.organization_id AND o.deleted_at IS NULL
        JOIN ${table_prefix}share s ON s.provider_id = v.provider_id AND s.share_id = v.share_id
          AND s.deleted_at IS NULL
        WHERE NOT EXISTS (SELECT 1 FROM ${table_prefix}link l WHERE l.provider_id = v.provider_id
          AND l.share_id = v.share_id AND l.organization_id = v.organization_id AND l.open_marker = 1"""
        + dialect.sharedLock() + ")");
    // Guarded: only for a live organization and a live share, and only when the pair has no open link. The unique
    // key on (share, organization, open_marker) is the judge when two transactions race.
    this.open = TablePrefix.apply(prefix, """
        INSERT INTO ${table_prefix}link (provider_id, link_id, share_id, organization_id, opened_at, open_marker,
          sort_key)
        SELECT ?, ?, ?, ?, ?, 1, o.sort_key FROM ${table_prefix}organization o
        WHERE o.provider_id = ? AND o.organization_id = ? AND o.deleted_at IS NULL
          AND EXISTS (SELECT 1 FROM ${table_prefix}share s
            WHERE s.provider_id = ? AND s.share_id = ? AND s.deleted_at IS NULL)
          AND NOT EXISTS (SELECT 1 FROM ${table_prefix}link l
            WHERE l.provider_id = ? AND l.share_id = ? AND l.organization_id = ? AND l.open_marker = 1"""
        + dialect.sharedLock() + ")" + onOpenLinkConflict(dialect));
    String select = "SELECT " + COLUMNS + " FROM ${table_prefix}link l WHERE l.provider_id = ?";
    this.openedAmong = TablePrefix.apply(prefix,
        "SELECT l.link_id FROM ${table_prefix}link l WHERE l.provider_id = ? AND l.link_id IN ");
    this.openPairsAmong = TablePrefix.apply(prefix, "SELECT l.organization_id FROM ${table_prefix}link l"
        + " WHERE l.provider_id = ? AND l.share_id = ? AND l.open_marker = 1 AND l.organization_id IN ");
    String order = " ORDER BY l.opened_at, l.link_id";
    this.openOfPair = TablePrefix.apply(prefix, select
        + " AND l.share_id = ? AND l.organization_id = ? AND l.open_marker = 1 FOR UPDATE");
    this.openOfOrganization = TablePrefix.apply(prefix, select
        + " AND l.organization_id = ? AND l.open_marker = 1" + order);
    this.openOfShare = TablePrefix.apply(prefix, select + " AND l.share_id = ? AND l.open_marker = 1" + order);
    this.closeAmong = TablePrefix.apply(prefix, """
        UPDATE ${table_prefix}link
        SET closed_at = CASE WHEN opened_at > ? THEN opened_at ELSE ? END, open_marker = NULL
        WHERE provider_id = ? AND open_marker = 1 AND link_id IN """);
    this.ofOrganizationInWindow = TablePrefix.apply(prefix, select + " AND l.organization_id = ?" + INTERSECTS + order);
    // In the order of the link's copy of the sort key (the same as the organization's), which one index holds with the
    // share's open links: a page reads only its rows. Columns as JdbcOrganizationStore.COLUMNS, the key the link's.
    String consumers = "SELECT o.organization_id, o.name, o.version, o.created_at, o.updated_at, l.sort_key,"
        + " o.deleted_at FROM ${table_prefix}link l"
        + " JOIN ${table_prefix}organization o"
        + " ON o.provider_id = l.provider_id AND o.organization_id = l.organization_id"
        + " WHERE l.provider_id = ? AND l.share_id = ? AND l.open_marker = 1 AND o.deleted_at IS NULL";
    this.consumersFirst = TablePrefix.apply(prefix, consumers + " ORDER BY l.sort_key, l.organization_id LIMIT ?");
    this.consumersNext = TablePrefix.apply(prefix, consumers
        + " AND l.sort_key >= ? AND (l.sort_key > ? OR l.organization_id > ?)"
        + " ORDER BY l.sort_key, l.organization_id LIMIT ?");
    String shares = "SELECT " + JdbcShareStore.COLUMNS + " FROM ${table_prefix}link l"
        + " JOIN ${table_prefix}share s ON s.provider_id = l.provider_id AND s.share_id = l.share_id"
        + " WHERE l.provider_id = ? AND l.organization_id = ? AND l.open_marker = 1 AND s.deleted_at IS NULL";
    this.sharesFirst = TablePrefix.apply(prefix, shares + " ORDER BY s.sort_key, s.share_id LIMIT ?");
    this.sharesNext = TablePrefix.apply(prefix, shares
        + " AND s.sort_key >= ? AND (s.sort_key > ? OR s.share_id > ?) ORDER BY s.sort_key, s.share_id LIMIT ?");
    // One pass for a report: each link in the window with its organization, live or deleted, in the order of the
    // organization's sort key, which keeps each organization's links together. Its name, search key and deletion
    // come from the organization row (a link's own copy of the sort key is not rewritten once it closes).
    this.linkedOrganizations = TablePrefix.apply(prefix, "SELECT o.organization_id, o.name, o.search_key,"
        + " o.deleted_at, l.link_id, l.share_id, l.opened_at, l.closed_at FROM ${table_prefix}link l "
        + dialect.joinInOrder() + " ${table_prefix}organization o"
        + " ON o.provider_id = l.provider_id AND o.organization_id = l.organization_id"
        + " WHERE l.provider_id = ?" + INTERSECTS + " ORDER BY o.sort_key, o.organization_id");
  }

  /**
   * One batch of guarded inserts, then one query for which of them opened when the driver does not report row
   * counts. A link that did not open because its organization or share is not live is a caller's bug (the SDK locks
   * both first), and fails loudly rather than pass for "already linked".
   *
   * <p>A pair is skipped only for an open link that this transaction then holds locked until it ends, so that a
   * concurrent removal of the pair ({@link #close}, which locks the link for update) commits either before the insert
   * looks, and the pair is linked anew, or after this transaction, and "already linked" stays true until the answer
   * is committed. Under READ COMMITTED a plain {@code NOT EXISTS} would read the statement's snapshot: it could see
   * the link still open while the removal commits, skip the pair, and leave the re-read below finding no open link at
   * all. A locking read in the guard waits for that removal instead and, once it committed, reads the link as closed
   * (PostgreSQL re-checks a row changed by a committed transaction; InnoDB's locking reads read the latest committed
   * row, not the snapshot, in a subquery too). A pair whose link another insert is opening at the same moment is the
   * unique key's to judge on PostgreSQL ({@link #onOpenLinkConflict}); on MariaDB, where that judgement takes
   * next-key locks that deadlock two such inserts, the SDK's lock on the organization is exclusive
   * ({@link JdbcOrganizationStore#lockLive}), so that they never meet.
   */
  @Override
  public List<Link> openAll(List<Link> links) {
    if (links.isEmpty()) {
      return List.of();
    }
    for (Link link : links) {
      if (!link.isOpen()) {
        throw new IllegalArgumentException("only open links can be opened: " + link);
      }
    }
    ProviderId provider = links.get(0).providerId();
    Optional<int[]> counts;
    if (dialect.multiRowInserts()) {
      int inserted = statements.insertRows("adding consumers to a share", openHead,
          "? AS provider_id, ? AS link_id, ? AS share_id, ? AS organization_id, ? AS opened_at", openGuard, links,
          (link, p) -> p.text(provider.value()).text(link.id().value()).text(link.shareId().value())
              .text(link.organizationId().value()).time(link.openedAt()));
      counts = Statements.uniformCounts(inserted, links.size());
    } else {
      counts = statements.batch("adding consumers to a share", open, links, (link, p) -> p
          .text(provider.value()).text(link.id().value()).text(link.shareId().value())
          .text(link.organizationId().value()).time(link.openedAt())
          .text(provider.value()).text(link.organizationId().value())
          .text(provider.value()).text(link.shareId().value())
          .text(provider.value()).text(link.shareId().value()).text(link.organizationId().value()));
    }
    List<Link> opened = new ArrayList<>(links.size());
    List<Link> skipped = new ArrayList<>();
    if (counts.isPresent()) {
      for (int i = 0; i < links.size(); i++) {
        (counts.get()[i] > 0 ? opened : skipped).add(links.get(i));
      }
    } else {
      List<String> ids = links.stream().map(link -> link.id().value()).toList();
      Set<String> inserted = new HashSet<>(statements.list("adding consumers to a share",
          openedAmong + Statements.placeholders(ids.size()), p -> p.text(provider.value()).texts(ids),
          row -> row.getString(1)));
      for (Link link : links) {
        (inserted.contains(link.id().value()) ? opened : skipped).add(link);
      }
    }
    if (!skipped.isEmpty()) {
      requireAlreadyOpen(provider, skipped);
    }
    return opened;
  }

  /**
   * What the guarded insert does when its row meets, on the unique key, the open link a concurrent insert of the same
   * pair wrote after the guard looked. On PostgreSQL it waits for that insert to commit and then locks the link
   * instead of failing: {@code DO UPDATE ... WHERE FALSE} locks the row and changes nothing, where {@code DO NOTHING}
   * would leave the link free for a removal to close before this transaction ends. On MariaDB such inserts never
   * meet (see {@link #openAll}), nor on H2, which locks a share exclusively ({@link Dialect#sharedLock()}).
   */
  private static String onOpenLinkConflict(Dialect dialect) {
    return dialect == Dialect.POSTGRESQL
        ? " ON CONFLICT ON CONSTRAINT ${table_prefix}link_one_open_per_pair DO UPDATE SET open_marker = 1 WHERE FALSE"
        : dialect.skipConflicts();
  }

  private void requireAlreadyOpen(ProviderId provider, List<Link> skipped) {
    Map<ShareId, List<Link>> byShare = new LinkedHashMap<>();
    skipped.forEach(link -> byShare.computeIfAbsent(link.shareId(), share -> new ArrayList<>()).add(link));
    byShare.forEach((share, links) -> {
      List<String> organizations = links.stream().map(link -> link.organizationId().value()).toList();
      Set<String> open = new HashSet<>(statements.list("adding consumers to a share",
          openPairsAmong + Statements.placeholders(organizations.size()),
          p -> p.text(provider.value()).text(share.value()).texts(organizations), row -> row.getString(1)));
      for (Link link : links) {
        if (!open.contains(link.organizationId().value())) {
          throw new IllegalStateException("cannot open " + link + ": its organization or share is not live");
        }
      }
    });
  }


  @Override
  public Optional<Link> close(ProviderId provider, ShareId share, ConsumerOrganizationId organization, Instant at) {
    List<Link> open = statements.list("removing a consumer", openOfPair,
        p -> p.text(provider.value()).text(share.value()).text(organization.value()), row -> link(provider, row));
    List<Link> closed = close(provider, open, at);
    return closed.isEmpty() ? Optional.empty() : Optional.of(closed.get(0));
  }

  @Override
  public List<Link> closeAllOfOrganization(ProviderId provider, ConsumerOrganizationId organization, Instant at) {
    return close(provider, statements.list("closing an organization's links", openOfOrganization + " FOR UPDATE",
        p -> p.text(provider.value()).text(organization.value()), row -> link(provider, row)), at);
  }

  @Override
  public List<Link> closeAllOfShare(ProviderId provider, ShareId share, Instant at) {
    return close(provider, statements.list("closing a share's links", openOfShare + " FOR UPDATE",
        p -> p.text(provider.value()).text(share.value()), row -> link(provider, row)), at);
  }

  /** Closes exactly the links read (and locked) before, by id, so that the answer matches what was written. */
  private List<Link> close(ProviderId provider, List<Link> open, Instant at) {
    if (open.isEmpty()) {
      return List.of();
    }
    List<String> ids = open.stream().map(link -> link.id().value()).toList();
    statements.update("closing links", closeAmong + Statements.placeholders(ids.size()),
        p -> p.time(at).time(at).text(provider.value()).texts(ids));
    return open.stream().map(link -> link.closedAt(at)).toList();
  }

  @Override
  public List<Link> openLinksOfOrganization(ProviderId provider, ConsumerOrganizationId organization) {
    return statements.list("reading an organization's links", openOfOrganization,
        p -> p.text(provider.value()).text(organization.value()), row -> link(provider, row));
  }

  @Override
  public List<Link> linksOfOrganization(
      ProviderId provider, ConsumerOrganizationId organization, TimeWindow window) {
    return statements.list("reading an organization's links", ofOrganizationInWindow,
        p -> p.text(provider.value()).text(organization.value()).time(window.end()).time(window.start()),
        row -> link(provider, row));
  }

  @Override
  public List<Keyed<ConsumerOrganization>> consumersOf(ProviderId provider, ShareId share, PageQuery query) {
    return statements.page("listing a share's consumers", consumersFirst, consumersNext, query,
        p -> p.text(provider.value()).text(share.value()), row -> JdbcOrganizationStore.keyed(provider, row));
  }

  @Override
  public List<Keyed<Share>> sharesOf(ProviderId provider, ConsumerOrganizationId organization, PageQuery query) {
    return statements.page("listing an organization's shares", sharesFirst, sharesNext, query,
        p -> p.text(provider.value()).text(organization.value()), row -> JdbcShareStore.keyed(provider, row));
  }

  @Override
  public void forEachLinkedOrganization(
      ProviderId provider, TimeWindow window, Consumer<LinkedOrganization> visitor) {
    LinkedOrganizations grouping = new LinkedOrganizations(provider, visitor);
    statements.forEachRow("reading links for a report", linkedOrganizations,
        p -> p.text(provider.value()).time(window.end()).time(window.start()), grouping);
    grouping.finish();
  }

  /**
   * Gathers the rows of one organization, which the order keeps together, into one {@link LinkedOrganization}, and
   * hands it on when the next one starts. Reads an organization's columns once, on its first row.
   */
  private static final class LinkedOrganizations implements Statements.RowReader {
    private final ProviderId provider;
    private final Consumer<LinkedOrganization> visitor;
    private String id;
    private ConsumerOrganizationId organization;
    private String name;
    private String searchKey;
    private Optional<Instant> deletedAt;
    private List<Link> links = new ArrayList<>();
    /** A provider has few shares and a report many links: one id object per share. */
    private final Map<String, ShareId> shares = new HashMap<>();

    LinkedOrganizations(ProviderId provider, Consumer<LinkedOrganization> visitor) {
      this.provider = provider;
      this.visitor = visitor;
    }

    @Override
    public void read(ResultSet row) throws SQLException {
      String rowId = row.getString(1);
      if (!rowId.equals(id)) {
        finish();
        id = rowId;
        organization = new ConsumerOrganizationId(rowId);
        name = row.getString(2);
        searchKey = row.getString(3);
        long deleted = row.getLong(4);
        deletedAt = row.wasNull() ? Optional.empty() : Optional.of(Micros.toInstant(deleted));
      }
      long closedAt = row.getLong(8);
      Optional<Instant> closed = row.wasNull() ? Optional.empty() : Optional.of(Micros.toInstant(closedAt));
      ShareId share = shares.computeIfAbsent(row.getString(6), ShareId::new);
      links.add(new Link(new LinkId(row.getString(5)), provider, share, organization, Micros.toInstant(row.getLong(7)),
          closed));
    }

    /** Hands on the organization being gathered, if any. */
    void finish() {
      if (!links.isEmpty()) {
        visitor.accept(new LinkedOrganization(organization, name, searchKey, deletedAt, links));
        links = new ArrayList<>();
      }
    }
  }

  private static Link link(ProviderId provider, ResultSet row) throws SQLException {
    long closedAt = row.getLong(5);
    Optional<Instant> closed = row.wasNull() ? Optional.empty() : Optional.of(Micros.toInstant(closedAt));
    return new Link(new LinkId(row.getString(1)), provider, new ShareId(row.getString(2)),
        new ConsumerOrganizationId(row.getString(3)), Micros.toInstant(row.getLong(4)), closed);
  }
}
