package org.consumerorgs.jdbc;

import java.time.Instant;
import java.util.ArrayList;
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
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.domain.TimeWindow;
import org.consumerorgs.spi.Keyed;
import org.consumerorgs.spi.LinkStore;
import org.consumerorgs.spi.LinkedOrganization;
import org.consumerorgs.spi.PageQuery;

final class JdbcLinkStore implements LinkStore {
  /**
   * Opens links on MariaDB, one statement for up to 500 ({@link Statements#insertRows}), guarded: only for a live
   * organization and a live share, and only when the pair has no open link, which the guard reads locked (see
   * {@link #openAll}). A link carries its organization's sort key, read from the organization row the guard joins
   * (locked by the SDK before it opens links, so a concurrent rename cannot slip between the read and the insert).
   * The unique key on (share, organization, open_marker) is the judge when two transactions race.
   */
  private static final String OPEN_MARIADB = """
      INSERT INTO ${table_prefix}link (provider_id, link_id, share_id, organization_id, opened_at, open_marker,
        sort_key)
      SELECT v.provider_id, v.link_id, v.share_id, v.organization_id, v.opened_at, 1, o.sort_key
      FROM (SELECT ? AS provider_id, ? AS link_id, ? AS share_id, ? AS organization_id, ? AS opened_at) v
      JOIN ${table_prefix}organization o ON o.provider_id = v.provider_id
        AND o.organization_id = v.organization_id AND o.deleted_at IS NULL
      JOIN ${table_prefix}share s ON s.provider_id = v.provider_id AND s.share_id = v.share_id
        AND s.deleted_at IS NULL
      WHERE NOT EXISTS (SELECT 1 FROM ${table_prefix}link l WHERE l.provider_id = v.provider_id
        AND l.share_id = v.share_id AND l.organization_id = v.organization_id AND l.open_marker = 1
        LOCK IN SHARE MODE)""";
  /**
   * Opens one link, run as a JDBC batch, guarded as {@link #OPEN_MARIADB}. When its row meets, on the unique key, the
   * open link a concurrent insert of the same pair wrote after the guard looked, it waits for that insert to commit
   * and then locks the link instead of failing: {@code DO UPDATE ... WHERE FALSE} locks the row and changes nothing,
   * where {@code DO NOTHING} would leave the link free for a removal to close before this transaction ends.
   */
  private static final String OPEN_POSTGRESQL = """
      INSERT INTO ${table_prefix}link (provider_id, link_id, share_id, organization_id, opened_at, open_marker,
        sort_key)
      SELECT ?, ?, ?, ?, ?, 1, o.sort_key FROM ${table_prefix}organization o
      WHERE o.provider_id = ? AND o.organization_id = ? AND o.deleted_at IS NULL
        AND EXISTS (SELECT 1 FROM ${table_prefix}share s
          WHERE s.provider_id = ? AND s.share_id = ? AND s.deleted_at IS NULL)
        AND NOT EXISTS (SELECT 1 FROM ${table_prefix}link l
          WHERE l.provider_id = ? AND l.share_id = ? AND l.organization_id = ? AND l.open_marker = 1 FOR SHARE)
      ON CONFLICT ON CONSTRAINT ${table_prefix}link_one_open_per_pair DO UPDATE SET open_marker = 1 WHERE FALSE""";
  /**
   * {@link #OPEN_POSTGRESQL} on H2, which has no shared row lock: the guard's lock is exclusive, so two inserts of one
   * pair never meet on the unique key.
   */
  private static final String OPEN_H2 = """
      INSERT INTO ${table_prefix}link (provider_id, link_id, share_id, organization_id, opened_at, open_marker,
        sort_key)
      SELECT ?, ?, ?, ?, ?, 1, o.sort_key FROM ${table_prefix}organization o
      WHERE o.provider_id = ? AND o.organization_id = ? AND o.deleted_at IS NULL
        AND EXISTS (SELECT 1 FROM ${table_prefix}share s
          WHERE s.provider_id = ? AND s.share_id = ? AND s.deleted_at IS NULL)
        AND NOT EXISTS (SELECT 1 FROM ${table_prefix}link l
          WHERE l.provider_id = ? AND l.share_id = ? AND l.organization_id = ? AND l.open_marker = 1 FOR UPDATE)""";
  private static final String OPENED_AMONG = """
      SELECT l.link_id FROM ${table_prefix}link l WHERE l.provider_id = ? AND l.link_id IN (?)""";
  private static final String OPEN_PAIRS_AMONG = """
      SELECT l.organization_id FROM ${table_prefix}link l
      WHERE l.provider_id = ? AND l.share_id = ? AND l.open_marker = 1 AND l.organization_id IN (?)""";
  private static final String LOCK_OPEN_OF_PAIR = """
      SELECT l.link_id, l.share_id, l.organization_id, l.opened_at, l.closed_at FROM ${table_prefix}link l
      WHERE l.provider_id = ? AND l.share_id = ? AND l.organization_id = ? AND l.open_marker = 1 FOR UPDATE""";
  private static final String OPEN_OF_ORGANIZATION = """
      SELECT l.link_id, l.share_id, l.organization_id, l.opened_at, l.closed_at FROM ${table_prefix}link l
      WHERE l.provider_id = ? AND l.organization_id = ? AND l.open_marker = 1
      ORDER BY l.opened_at, l.link_id""";
  private static final String LOCK_OPEN_OF_ORGANIZATION = """
      SELECT l.link_id, l.share_id, l.organization_id, l.opened_at, l.closed_at FROM ${table_prefix}link l
      WHERE l.provider_id = ? AND l.organization_id = ? AND l.open_marker = 1
      ORDER BY l.opened_at, l.link_id FOR UPDATE""";
  private static final String LOCK_OPEN_OF_SHARE = """
      SELECT l.link_id, l.share_id, l.organization_id, l.opened_at, l.closed_at FROM ${table_prefix}link l
      WHERE l.provider_id = ? AND l.share_id = ? AND l.open_marker = 1
      ORDER BY l.opened_at, l.link_id FOR UPDATE""";
  private static final String CLOSE_AMONG = """
      UPDATE ${table_prefix}link
      SET closed_at = CASE WHEN opened_at > ? THEN opened_at ELSE ? END, open_marker = NULL
      WHERE provider_id = ? AND open_marker = 1 AND link_id IN (?)""";
  /**
   * A link intersects [start, end) when it opened before the end and is open, or closed after the start and later
   * than it opened (a link closed the instant it opened never gave access).
   */
  private static final String OF_ORGANIZATION_IN_WINDOW = """
      SELECT l.link_id, l.share_id, l.organization_id, l.opened_at, l.closed_at FROM ${table_prefix}link l
      WHERE l.provider_id = ? AND l.organization_id = ?
        AND l.opened_at < ? AND (l.closed_at IS NULL OR (l.closed_at > ? AND l.closed_at > l.opened_at))
      ORDER BY l.opened_at, l.link_id""";
  /**
   * In the order of the link's copy of the sort key (the same as the organization's), which one index holds with the
   * share's open links: a page reads only its rows.
   */
  private static final String CONSUMERS_FIRST = """
      SELECT o.organization_id, o.name, o.version, o.created_at, o.updated_at, o.external_id, l.sort_key, o.deleted_at
      FROM ${table_prefix}link l
      JOIN ${table_prefix}organization o ON o.provider_id = l.provider_id AND o.organization_id = l.organization_id
      WHERE l.provider_id = ? AND l.share_id = ? AND l.open_marker = 1 AND o.deleted_at IS NULL
      ORDER BY l.sort_key, l.organization_id LIMIT ?""";
  private static final String CONSUMERS_NEXT = """
      SELECT o.organization_id, o.name, o.version, o.created_at, o.updated_at, o.external_id, l.sort_key, o.deleted_at
      FROM ${table_prefix}link l
      JOIN ${table_prefix}organization o ON o.provider_id = l.provider_id AND o.organization_id = l.organization_id
      WHERE l.provider_id = ? AND l.share_id = ? AND l.open_marker = 1 AND o.deleted_at IS NULL
        AND l.sort_key >= ? AND (l.sort_key > ? OR l.organization_id > ?)
      ORDER BY l.sort_key, l.organization_id LIMIT ?""";
  private static final String SHARES_FIRST = """
      SELECT s.share_id, s.name, s.registered_at, s.sort_key FROM ${table_prefix}link l
      JOIN ${table_prefix}share s ON s.provider_id = l.provider_id AND s.share_id = l.share_id
      WHERE l.provider_id = ? AND l.organization_id = ? AND l.open_marker = 1 AND s.deleted_at IS NULL
      ORDER BY s.sort_key, s.share_id LIMIT ?""";
  private static final String SHARES_NEXT = """
      SELECT s.share_id, s.name, s.registered_at, s.sort_key FROM ${table_prefix}link l
      JOIN ${table_prefix}share s ON s.provider_id = l.provider_id AND s.share_id = l.share_id
      WHERE l.provider_id = ? AND l.organization_id = ? AND l.open_marker = 1 AND s.deleted_at IS NULL
        AND s.sort_key >= ? AND (s.sort_key > ? OR s.share_id > ?)
      ORDER BY s.sort_key, s.share_id LIMIT ?""";
  /**
   * One pass for a report: each link in the window (as in {@link #OF_ORGANIZATION_IN_WINDOW}) with its organization,
   * live or deleted, in the order of the organization's sort key, which keeps each organization's links together.
   * Its name, search key and deletion come from the organization row (a link's own copy of the sort key is not
   * rewritten once it closes).
   */
  private static final String LINKED_ORGANIZATIONS = """
      SELECT o.organization_id, o.name, o.search_key, o.deleted_at, l.link_id, l.share_id, l.opened_at, l.closed_at
      FROM ${table_prefix}link l
      JOIN ${table_prefix}organization o ON o.provider_id = l.provider_id AND o.organization_id = l.organization_id
      WHERE l.provider_id = ?
        AND l.opened_at < ? AND (l.closed_at IS NULL OR (l.closed_at > ? AND l.closed_at > l.opened_at))
      ORDER BY o.sort_key, o.organization_id""";
  /**
   * {@link #LINKED_ORGANIZATIONS} on MariaDB, whose {@code STRAIGHT_JOIN} reads the links first. Left to itself
   * MariaDB reads the join the other way round: it sorts the provider's organizations, which spares it sorting the
   * joined rows, and then looks up every link of each one by index, 10^6 random reads for 2x10^5 links in the month
   * (23 s against 3.7 s). PostgreSQL and H2 choose well with a plain join.
   */
  private static final String LINKED_ORGANIZATIONS_MARIADB = """
      SELECT o.organization_id, o.name, o.search_key, o.deleted_at, l.link_id, l.share_id, l.opened_at, l.closed_at
      FROM ${table_prefix}link l
      STRAIGHT_JOIN ${table_prefix}organization o
        ON o.provider_id = l.provider_id AND o.organization_id = l.organization_id
      WHERE l.provider_id = ?
        AND l.opened_at < ? AND (l.closed_at IS NULL OR (l.closed_at > ? AND l.closed_at > l.opened_at))
      ORDER BY o.sort_key, o.organization_id""";

  private final Statements statements;
  private final Dialect dialect;
  private final String open;
  private final String openedAmong;
  private final String openPairsAmong;
  private final String lockOpenOfPair;
  private final String openOfOrganization;
  private final String lockOpenOfOrganization;
  private final String lockOpenOfShare;
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
    this.open = TablePrefix.apply(prefix, switch (dialect) {
      case POSTGRESQL -> OPEN_POSTGRESQL;
      case MARIADB -> OPEN_MARIADB;
      case H2 -> OPEN_H2;
    });
    this.openedAmong = TablePrefix.apply(prefix, OPENED_AMONG);
    this.openPairsAmong = TablePrefix.apply(prefix, OPEN_PAIRS_AMONG);
    this.lockOpenOfPair = TablePrefix.apply(prefix, LOCK_OPEN_OF_PAIR);
    this.openOfOrganization = TablePrefix.apply(prefix, OPEN_OF_ORGANIZATION);
    this.lockOpenOfOrganization = TablePrefix.apply(prefix, LOCK_OPEN_OF_ORGANIZATION);
    this.lockOpenOfShare = TablePrefix.apply(prefix, LOCK_OPEN_OF_SHARE);
    this.closeAmong = TablePrefix.apply(prefix, CLOSE_AMONG);
    this.ofOrganizationInWindow = TablePrefix.apply(prefix, OF_ORGANIZATION_IN_WINDOW);
    this.consumersFirst = TablePrefix.apply(prefix, CONSUMERS_FIRST);
    this.consumersNext = TablePrefix.apply(prefix, CONSUMERS_NEXT);
    this.sharesFirst = TablePrefix.apply(prefix, SHARES_FIRST);
    this.sharesNext = TablePrefix.apply(prefix, SHARES_NEXT);
    this.linkedOrganizations = TablePrefix.apply(prefix,
        dialect == Dialect.MARIADB ? LINKED_ORGANIZATIONS_MARIADB : LINKED_ORGANIZATIONS);
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
   * unique key's to judge on PostgreSQL ({@link #OPEN_POSTGRESQL}); on MariaDB, where that judgement takes
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
    Optional<int[]> counts = openGuarded(provider, links);
    Set<String> inserted = counts.isPresent() ? Set.of() : openedAmong(provider, links);
    List<Link> opened = new ArrayList<>(links.size());
    List<Link> skipped = new ArrayList<>();
    for (int i = 0; i < links.size(); i++) {
      Link link = links.get(i);
      boolean wasOpened = counts.isPresent() ? counts.get()[i] > 0 : inserted.contains(link.id().value());
      (wasOpened ? opened : skipped).add(link);
    }
    if (!skipped.isEmpty()) {
      requireAlreadyOpen(provider, skipped);
    }
    return opened;
  }

  /** Runs the guarded inserts; returns the rows each inserted, or empty when the driver does not tell. */
  private Optional<int[]> openGuarded(ProviderId provider, List<Link> links) {
    if (dialect.multiRowInserts()) {
      int inserted = statements.insertRows("adding consumers to a share", open, links,
          (link, p) -> p.text(provider.value()).text(link.id().value()).text(link.shareId().value())
              .text(link.organizationId().value()).time(link.openedAt()), false);
      return Statements.uniformCounts(inserted, links.size());
    }
    return statements.batch("adding consumers to a share", open, links, (link, p) -> p
        .text(provider.value()).text(link.id().value()).text(link.shareId().value())
        .text(link.organizationId().value()).time(link.openedAt())
        .text(provider.value()).text(link.organizationId().value())
        .text(provider.value()).text(link.shareId().value())
        .text(provider.value()).text(link.shareId().value()).text(link.organizationId().value()));
  }

  private Set<String> openedAmong(ProviderId provider, List<Link> links) {
    List<String> ids = links.stream().map(link -> link.id().value()).toList();
    return new HashSet<>(statements.list("adding consumers to a share", ParameterLists.in(openedAmong, ids.size()),
        p -> p.text(provider.value()).texts(ids), LinkRows::id));
  }

  private void requireAlreadyOpen(ProviderId provider, List<Link> skipped) {
    Map<ShareId, List<Link>> byShare = new LinkedHashMap<>();
    skipped.forEach(link -> byShare.computeIfAbsent(link.shareId(), share -> new ArrayList<>()).add(link));
    byShare.forEach((share, links) -> {
      List<String> organizations = links.stream().map(link -> link.organizationId().value()).toList();
      Set<String> open = new HashSet<>(statements.list("adding consumers to a share",
          ParameterLists.in(openPairsAmong, organizations.size()),
          p -> p.text(provider.value()).text(share.value()).texts(organizations), OrganizationRows::id));
      for (Link link : links) {
        if (!open.contains(link.organizationId().value())) {
          throw new IllegalStateException("cannot open " + link + ": its organization or share is not live");
        }
      }
    });
  }

  @Override
  public Optional<Link> close(ProviderId provider, ShareId share, ConsumerOrganizationId organization, Instant at) {
    List<Link> open = statements.list("removing a consumer", lockOpenOfPair,
        p -> p.text(provider.value()).text(share.value()).text(organization.value()),
        row -> LinkRows.link(provider, row));
    List<Link> closed = close(provider, open, at);
    return closed.isEmpty() ? Optional.empty() : Optional.of(closed.get(0));
  }

  @Override
  public List<Link> closeAllOfOrganization(ProviderId provider, ConsumerOrganizationId organization, Instant at) {
    return close(provider, statements.list("closing an organization's links", lockOpenOfOrganization,
        p -> p.text(provider.value()).text(organization.value()), row -> LinkRows.link(provider, row)), at);
  }

  @Override
  public List<Link> closeAllOfShare(ProviderId provider, ShareId share, Instant at) {
    return close(provider, statements.list("closing a share's links", lockOpenOfShare,
        p -> p.text(provider.value()).text(share.value()), row -> LinkRows.link(provider, row)), at);
  }

  /** Closes exactly the links read (and locked) before, by id, so that the answer matches what was written. */
  private List<Link> close(ProviderId provider, List<Link> open, Instant at) {
    if (open.isEmpty()) {
      return List.of();
    }
    List<String> ids = open.stream().map(link -> link.id().value()).toList();
    statements.update("closing links", ParameterLists.in(closeAmong, ids.size()),
        p -> p.time(at).time(at).text(provider.value()).texts(ids));
    return open.stream().map(link -> link.closedAt(at)).toList();
  }

  @Override
  public List<Link> openLinksOfOrganization(ProviderId provider, ConsumerOrganizationId organization) {
    return statements.list("reading an organization's links", openOfOrganization,
        p -> p.text(provider.value()).text(organization.value()), row -> LinkRows.link(provider, row));
  }

  @Override
  public List<Link> linksOfOrganization(
      ProviderId provider, ConsumerOrganizationId organization, TimeWindow window) {
    return statements.list("reading an organization's links", ofOrganizationInWindow,
        p -> p.text(provider.value()).text(organization.value()).time(window.end()).time(window.start()),
        row -> LinkRows.link(provider, row));
  }

  @Override
  public List<Keyed<ConsumerOrganization>> consumersOf(ProviderId provider, ShareId share, PageQuery query) {
    return statements.page("listing a share's consumers", consumersFirst, consumersNext, query,
        p -> p.text(provider.value()).text(share.value()), row -> OrganizationRows.keyed(provider, row));
  }

  @Override
  public List<Keyed<Share>> sharesOf(ProviderId provider, ConsumerOrganizationId organization, PageQuery query) {
    return statements.page("listing an organization's shares", sharesFirst, sharesNext, query,
        p -> p.text(provider.value()).text(organization.value()), row -> ShareRows.keyed(provider, row));
  }

  @Override
  public void forEachLinkedOrganization(
      ProviderId provider, TimeWindow window, Consumer<LinkedOrganization> visitor) {
    LinkedOrganizationRows grouping = new LinkedOrganizationRows(provider, visitor);
    statements.forEachRow("reading links for a report", linkedOrganizations,
        p -> p.text(provider.value()).time(window.end()).time(window.start()), grouping);
    grouping.finish();
  }
}
