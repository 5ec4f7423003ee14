package org.consumerorgs.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.MatchKind;
import org.consumerorgs.domain.NormalizedName;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.SearchHit;
import org.consumerorgs.error.StorageException;
import org.consumerorgs.spi.InsertOutcome;
import org.consumerorgs.spi.Keyed;
import org.consumerorgs.spi.Keyset;
import org.consumerorgs.spi.NamedOrganization;
import org.consumerorgs.spi.OrganizationStore;
import org.consumerorgs.spi.PageQuery;
import org.consumerorgs.spi.RenameOutcome;
import org.consumerorgs.spi.SearchCriteria;
import org.consumerorgs.spi.StoredOrganization;

final class JdbcOrganizationStore implements OrganizationStore {
  /** The columns {@link #organization} reads, in its order, then the sort key and the deletion time. */
  static final String COLUMNS =
      "o.organization_id, o.name, o.version, o.created_at, o.updated_at, o.sort_key, o.deleted_at";

  private final Statements statements;
  private final Dialect dialect;
  private final String insert;
  private final String insertHead;
  private final String insertGuard;
  private final String insertedAmong;
  private final String holdersOf;
  private final String renameTargets;
  private final String rename;
  private final String renameOpenLinks;
  private final String findLive;
  private final String lockLiveAmong;
  private final String markDeleted;
  private final String findAmong;
  private final String firstPage;
  private final String nextPage;
  private final String searchPrefix;
  private final String searchLongPrefix;
  private final SubstringSearch substrings;
  private final String notConsumerOf;
  private final String everyLive;
  private final String lockSuffix;

  JdbcOrganizationStore(Statements statements, Dialect dialect, String prefix, int glance, int cap) {
    this.statements = statements;
    this.dialect = dialect;
    // MariaDB's guard reads a snapshot, which does not see a name that a concurrent transaction inserted and has not
    // committed yet: the insert then waits for that transaction and, once it commits, fails on the unique key of live
    // names (and the driver logs every failed statement as a warning). IGNORE makes that row skipped instead, exactly
    // like PostgreSQL's ON CONFLICT DO NOTHING, and the holder, committed by then, is read below as for any taken name.
    this.insertHead = TablePrefix.apply(prefix, (dialect == Dialect.MARIADB ? "INSERT IGNORE" : "INSERT") + """
         INTO ${table_prefix}organization (provider_id, organization_id, name, search_key, sort_key,
          live_name_hash, version, created_at, updated_at)
        SELECT v.provider_id, v.organization_id, v.name, v.search_key, v.sort_key, v.live_name_hash, 1,
          v.created_at, v.updated_at""");
    this.insertGuard = TablePrefix.apply(prefix, """
        WHERE NOT EXISTS (SELECT 1 FROM ${table_prefix}organization o
          WHERE o.provider_id = v.provider_id AND o.live_name_hash = v.live_name_hash)""");
    this.insert = TablePrefix.apply(prefix, """
        INSERT INTO ${table_prefix}organization (provider_id, organization_id, name, search_key, sort_key,
          live_name_hash, version, created_at, updated_at)
        SELECT ?, ?, ?, ?, ?, ?, 1, ?, ? FROM (SELECT 1 AS one) AS single_row
        WHERE NOT EXISTS (SELECT 1 FROM ${table_prefix}organization WHERE provider_id = ? AND live_name_hash = ?)"""
        + dialect.skipConflicts());
    String select = "SELECT " + COLUMNS + " FROM ${table_prefix}organization o WHERE o.provider_id = ?";
    String live = select + " AND o.deleted_at IS NULL";
    this.insertedAmong = TablePrefix.apply(prefix,
        "SELECT o.organization_id FROM ${table_prefix}organization o"
            + " WHERE o.provider_id = ? AND o.organization_id IN ");
    this.holdersOf = TablePrefix.apply(prefix,
        "SELECT " + COLUMNS + ", o.live_name_hash FROM ${table_prefix}organization o"
            + " WHERE o.provider_id = ? AND o.live_name_hash IN ");
    // On MariaDB the read locks what it finds: a plain read there does not see a name that a concurrent transaction
    // inserted and has not committed yet, and the UPDATE would then wait for it and fail on the unique key of live
    // names, a failed statement the driver logs as a warning. Locking, the read waits for that transaction instead and
    // then sees its name taken. (UPDATE IGNORE cannot stand in: its count is of the rows matched, changed or not.)
    this.renameTargets = TablePrefix.apply(prefix,
        "SELECT " + COLUMNS + " FROM ${table_prefix}organization o"
            + " WHERE o.provider_id = ? AND (o.organization_id = ? OR o.live_name_hash = ?)"
            + (dialect == Dialect.MARIADB ? " FOR UPDATE" : ""));
    this.rename = TablePrefix.apply(prefix, """
        UPDATE ${table_prefix}organization
        SET name = ?, search_key = ?, sort_key = ?, live_name_hash = ?, version = version + 1, updated_at = ?
        WHERE provider_id = ? AND organization_id = ? AND deleted_at IS NULL AND version = ?""");
    // Open links carry their organization's sort key (a share's consumers are listed in its order).
    this.renameOpenLinks = TablePrefix.apply(prefix, """
        UPDATE ${table_prefix}link SET sort_key = ?
        WHERE provider_id = ? AND organization_id = ? AND open_marker = 1""");
    this.findLive = TablePrefix.apply(prefix, live + " AND o.organization_id = ?");
    this.lockLiveAmong = TablePrefix.apply(prefix, live + " AND o.organization_id IN ");
    // Exclusive on MariaDB: adds and removals of one organization's links then take turns. Under InnoDB two adds of
    // one pair that both passed the guard would deadlock in the unique key's duplicate check, whose next-key locks
    // cover the entries of the pair's closed links not yet purged (see JdbcLinkStore.openAll).
    this.lockSuffix = dialect == Dialect.MARIADB ? " FOR UPDATE" : dialect.sharedLock();
    this.markDeleted = TablePrefix.apply(prefix, """
        UPDATE ${table_prefix}organization SET deleted_at = ?, live_name_hash = NULL
        WHERE provider_id = ? AND organization_id = ? AND deleted_at IS NULL""");
    this.findAmong = TablePrefix.apply(prefix, select + " AND o.organization_id IN ");
    this.notConsumerOf = SubstringSearch.notConsumerOf(prefix, "o");
    this.firstPage = TablePrefix.apply(prefix, live + " ORDER BY o.sort_key, o.organization_id LIMIT ?");
    this.nextPage = TablePrefix.apply(prefix, live
        + " AND o.sort_key >= ? AND (o.sort_key > ? OR o.organization_id > ?)"
        + " ORDER BY o.sort_key, o.organization_id LIMIT ?");
    String matching = TablePrefix.apply(prefix, "SELECT " + COLUMNS + ", o.search_key"
        + " FROM ${table_prefix}organization o WHERE o.provider_id = ? AND o.deleted_at IS NULL");
    this.everyLive = matching;
    // A text of at most the sort key's length starts a search key exactly when its bytes start the sort key, so the
    // range alone decides. Repeating the test as a LIKE would make the planner count the same condition twice and
    // expect a hundredth of the rows: it then reads and sorts every name with the prefix instead of stopping at the
    // limit (14,715 rows and 19 ms for "ka" among 10^6 names, against 20 rows and 0.2 ms).
    this.searchPrefix = matching + " AND o.sort_key >= ? AND o.sort_key < ?";
    this.searchLongPrefix = searchPrefix + " AND o.search_key LIKE ? ESCAPE '!'";
    this.substrings = dialect.trigramIndexes()
        ? new CappedSubstringSearch(statements, prefix, glance, cap)
        : new LikeSubstringSearch(statements, prefix);
  }

  @Override
  public InsertOutcome insert(ConsumerOrganization organization, NormalizedName name) {
    return insertAll(List.of(new NamedOrganization(organization, name))).get(0);
  }

  /**
   * One batch of guarded inserts, then at most two queries: which were inserted (only when the driver does not
   * report row counts), and who holds the names of those that were not.
   */
  @Override
  public List<InsertOutcome> insertAll(List<NamedOrganization> organizations) {
    List<byte[]> hashes = new ArrayList<>(organizations.size());
    organizations.forEach(o -> hashes.add(NameKeys.uniquenessHash(o.name().uniquenessKey())));
    Optional<int[]> counts;
    if (dialect.multiRowInserts()) {
      int inserted = statements.insertRows("creating organizations", insertHead,
          "? AS provider_id, ? AS organization_id, ? AS name, ? AS search_key, ? AS sort_key, ? AS live_name_hash,"
              + " ? AS created_at, ? AS updated_at",
          insertGuard, Statements.positions(organizations.size()),
          (i, p) -> bindRow(organizations.get(i), hashes.get(i), p), dialect == Dialect.MARIADB);
      counts = Statements.uniformCounts(inserted, organizations.size());
    } else {
      List<Integer> positions = Statements.positions(organizations.size());
      counts = statements.batch("creating organizations", insert, positions, (i, p) -> {
        bindRow(organizations.get(i), hashes.get(i), p);
        p.text(organizations.get(i).organization().providerId().value()).bytes(hashes.get(i));
      });
    }
    ProviderId provider = organizations.get(0).organization().providerId();
    Set<Integer> skipped = new HashSet<>();
    if (counts.isPresent()) {
      for (int i = 0; i < organizations.size(); i++) {
        if (counts.get()[i] == 0) {
          skipped.add(i);
        }
      }
    } else {
      Set<String> ids = new HashSet<>();
      organizations.forEach(o -> ids.add(o.organization().id().value()));
      Set<String> inserted = new HashSet<>(statements.list("creating organizations",
          insertedAmong + Statements.placeholders(ids.size()), p -> p.text(provider.value()).texts(ids),
          row -> row.getString(1)));
      for (int i = 0; i < organizations.size(); i++) {
        if (!inserted.contains(organizations.get(i).organization().id().value())) {
          skipped.add(i);
        }
      }
    }
    List<InsertOutcome> outcomes = new ArrayList<>(organizations.size());
    Map<HashKey, ConsumerOrganization> holders = skipped.isEmpty() ? Map.of() : holders(provider, skipped, hashes);
    for (int i = 0; i < organizations.size(); i++) {
      if (!skipped.contains(i)) {
        outcomes.add(new InsertOutcome.Inserted());
        continue;
      }
      ConsumerOrganization holder = holders.get(new HashKey(hashes.get(i)));
      if (holder == null) {
        // The guard saw a holder that was deleted or renamed before we looked it up: judge again from the start.
        throw new StorageException("The organization holding the name \"" + organizations.get(i).name().value()
            + "\" changed while the name was being taken; trying again will decide.", null, true);
      }
      outcomes.add(new InsertOutcome.NameTaken(holder));
    }
    return outcomes;
  }

  private static void bindRow(NamedOrganization named, byte[] hash, Params p) throws SQLException {
    ConsumerOrganization org = named.organization();
    p.text(org.providerId().value()).text(org.id().value()).text(org.name()).text(named.name().searchKey())
        .bytes(NameKeys.sortKey(named.name().searchKey())).bytes(hash).time(org.createdAt()).time(org.updatedAt());
  }

  private Map<HashKey, ConsumerOrganization> holders(ProviderId provider, Set<Integer> skipped, List<byte[]> hashes) {
    List<byte[]> wanted = new ArrayList<>();
    skipped.forEach(i -> wanted.add(hashes.get(i)));
    Map<HashKey, ConsumerOrganization> holders = new HashMap<>();
    statements.stream("reading who holds a name", holdersOf + Statements.placeholders(wanted.size()),
        p -> {
          p.text(provider.value());
          for (byte[] hash : wanted) {
            p.bytes(hash);
          }
        },
        row -> Map.entry(new HashKey(row.getBytes(8)), organization(provider, row)),
        entry -> holders.put(entry.getKey(), entry.getValue()));
    return holders;
  }

  @Override
  public RenameOutcome rename(
      ProviderId provider, ConsumerOrganizationId id, long expectedVersion, NormalizedName newName, Instant at) {
    byte[] hash = NameKeys.uniquenessHash(newName.uniquenessKey());
    // One read finds both the organization and whoever holds the new name, so the outcomes are judged in the
    // order the port gives them; the guarded UPDATE then catches a rename that raced this read.
    List<Map.Entry<StoredOrganization, byte[]>> read = statements.list("renaming an organization", renameTargets,
        p -> p.text(provider.value()).text(id.value()).bytes(hash),
        row -> Map.entry(stored(provider, row), row.getBytes(6)));
    List<StoredOrganization> targets = read.stream().map(Map.Entry::getKey).toList();
    Optional<ConsumerOrganization> self = targets.stream()
        .filter(t -> t.organization().id().equals(id) && t.deletedAt().isEmpty())
        .map(StoredOrganization::organization).findFirst();
    if (self.isEmpty()) {
      return new RenameOutcome.NotFound();
    }
    if (self.get().version() != expectedVersion) {
      return new RenameOutcome.VersionMismatch(self.get().version());
    }
    Optional<ConsumerOrganization> holder = targets.stream()
        .filter(t -> !t.organization().id().equals(id) && t.deletedAt().isEmpty())
        .map(StoredOrganization::organization).findFirst();
    if (holder.isPresent()) {
      return new RenameOutcome.NameTaken(holder.get());
    }
    byte[] sortKey = NameKeys.sortKey(newName.searchKey());
    Statements.Binder renaming = p -> p
        .text(newName.value()).text(newName.searchKey()).bytes(sortKey).bytes(hash)
        .time(at).text(provider.value()).text(id.value()).number(expectedVersion);
    int updated;
    try {
      updated = statements.update("renaming an organization", rename, renaming);
    } catch (StorageException e) {
      // A transaction that took the name after the read above committed while the UPDATE waited for it. MariaDB and
      // H2 undo only the failed statement, so the holder can be read and the outcome told here; PostgreSQL ends the
      // transaction, whose retry sees the holder.
      Optional<ConsumerOrganization> taker = dialect == Dialect.POSTGRESQL || !statements.isDuplicateKey(e)
          ? Optional.empty() : liveHolder(provider, hash).filter(h -> !h.id().equals(id));
      return new RenameOutcome.NameTaken(taker.orElseThrow(() -> e));
    }
    if (updated == 0) {
      Optional<ConsumerOrganization> now = findLive(provider, id);
      if (now.isPresent() && now.get().version() == expectedVersion) {
        // The UPDATE waited for a concurrent change and then matched nothing, yet this read does not see the change
        // yet: H2 can let a committing transaction's row lock go before its data shows to new statements. Which
        // outcome holds cannot be told from here; a version mismatch with the version expected would be a lie.
        throw new StorageException("The organization changed while it was being renamed; trying again will decide.",
            null, true);
      }
      return now.isEmpty() ? new RenameOutcome.NotFound() : new RenameOutcome.VersionMismatch(now.get().version());
    }
    // The version matched, so the sort key read with it is the one replaced: a change of case keeps it.
    byte[] previous = read.stream().filter(e -> e.getKey().organization().id().equals(id)
        && e.getKey().deletedAt().isEmpty()).map(Map.Entry::getValue).findFirst().orElseThrow();
    if (!Arrays.equals(previous, sortKey)) {
      statements.update("renaming an organization", renameOpenLinks,
          p -> p.bytes(sortKey).text(provider.value()).text(id.value()));
    }
    return new RenameOutcome.Renamed(self.get().renamed(newName.value(), at));
  }

  /** The live organization whose name has this uniqueness hash, if any. */
  private Optional<ConsumerOrganization> liveHolder(ProviderId provider, byte[] hash) {
    List<ConsumerOrganization> found = new ArrayList<>();
    statements.stream("reading who holds a name", holdersOf + Statements.placeholders(1),
        p -> p.text(provider.value()).bytes(hash), row -> organization(provider, row), found::add);
    return found.stream().findFirst();
  }

  @Override
  public Optional<ConsumerOrganization> findLive(ProviderId provider, ConsumerOrganizationId id) {
    return statements.first("reading an organization", findLive, p -> p.text(provider.value()).text(id.value()),
        row -> organization(provider, row));
  }

  @Override
  public List<ConsumerOrganization> lockLive(ProviderId provider, Collection<ConsumerOrganizationId> ids) {
    List<ConsumerOrganization> live = new ArrayList<>();
    for (List<String> chunk : IdLists.organizations(ids)) {
      live.addAll(statements.list("locking organizations",
          lockLiveAmong + Statements.placeholders(chunk.size()) + lockSuffix,
          p -> p.text(provider.value()).texts(chunk), row -> organization(provider, row)));
    }
    return live;
  }

  @Override
  public Optional<ConsumerOrganization> markDeleted(ProviderId provider, ConsumerOrganizationId id, Instant at) {
    int updated = statements.update("deleting an organization", markDeleted,
        p -> p.time(at).text(provider.value()).text(id.value()));
    if (updated == 0) {
      return Optional.empty();
    }
    Map<ConsumerOrganizationId, StoredOrganization> deleted = findIncludingDeleted(provider, List.of(id));
    return Optional.of(deleted.get(id).organization());
  }

  @Override
  public Map<ConsumerOrganizationId, StoredOrganization> findIncludingDeleted(
      ProviderId provider, Collection<ConsumerOrganizationId> ids) {
    Map<ConsumerOrganizationId, StoredOrganization> found = new HashMap<>();
    for (List<String> chunk : IdLists.organizations(ids)) {
      statements.stream("reading organizations", findAmong + Statements.placeholders(chunk.size()),
          p -> p.text(provider.value()).texts(chunk), row -> stored(provider, row),
          stored -> found.put(stored.organization().id(), stored));
    }
    return found;
  }

  @Override
  public List<Keyed<ConsumerOrganization>> listLive(ProviderId provider, PageQuery query) {
    return statements.page("listing organizations", firstPage, nextPage, query, p -> p.text(provider.value()),
        row -> keyed(provider, row));
  }

  /**
   * Up to three stages, each only when the ones before did not fill the limit: names that start with the text (a
   * range of the name index), names with a word that starts with it, and, for a text long enough, names that contain
   * it (see {@link SubstringSearch}).
   */
  @Override
  public List<SearchHit> search(ProviderId provider, SearchCriteria criteria) {
    String text = criteria.text();
    List<SearchHit> hits = new ArrayList<>(criteria.limit());
    Optional<String> excluded = criteria.excludeConsumersOf().map(share -> share.value());
    String exclusion = excluded.isPresent() ? notConsumerOf : "";
    String order = " ORDER BY o.sort_key, o.organization_id LIMIT ?";

    byte[] low = NameKeys.sortKey(text);
    boolean longerThanSortKey = text.codePointCount(0, text.length()) > NameKeys.SORT_KEY_CHARACTERS;
    // Past the sort key's length, exact and prefix hits share one sort key; put the exact ones first explicitly.
    String prefixOrder = longerThanSortKey
        ? " ORDER BY CASE WHEN o.search_key = ? THEN 0 ELSE 1 END, o.sort_key, o.organization_id LIMIT ?"
        : order;
    String like = NameKeys.literal(text);
    if (text.isEmpty()) {
      statements.stream("searching organizations", everyLive + exclusion + order,
          p -> {
            p.text(provider.value());
            if (excluded.isPresent()) {
              p.text(excluded.get());
            }
            p.number(criteria.limit());
          },
          row -> new SearchHit(organization(provider, row), MatchKind.PREFIX), hits::add);
      return hits;
    }
    statements.stream("searching organizations",
        (longerThanSortKey ? searchLongPrefix : searchPrefix) + exclusion + prefixOrder,
        p -> {
          p.text(provider.value()).bytes(low).bytes(NameKeys.after(low));
          if (longerThanSortKey) {
            p.like(like + "%");
          }
          if (excluded.isPresent()) {
            p.text(excluded.get());
          }
          if (longerThanSortKey) {
            p.text(text);
          }
          p.number(criteria.limit());
        },
        row -> new SearchHit(organization(provider, row),
            row.getString(8).equals(text) ? MatchKind.EXACT : MatchKind.PREFIX),
        hits::add);
    if (!longerThanSortKey) {
      hits.sort((a, b) -> Boolean.compare(a.match() != MatchKind.EXACT, b.match() != MatchKind.EXACT));
    }
    if (hits.size() == criteria.limit()) {
      return hits;
    }
    SubstringSearch.Stages stages = substrings.begin();
    hits.addAll(stages.find(provider, text, MatchKind.WORD_PREFIX, criteria.limit() - hits.size(), excluded));
    if (hits.size() < criteria.limit() && criteria.matchesAnywhere()) {
      hits.addAll(stages.find(provider, text, MatchKind.ANYWHERE, criteria.limit() - hits.size(), excluded));
    }
    return hits;
  }

  static ConsumerOrganization organization(ProviderId provider, ResultSet row) throws SQLException {
    return new ConsumerOrganization(new ConsumerOrganizationId(row.getString(1)), provider, row.getString(2),
        row.getLong(3), Micros.toInstant(row.getLong(4)), Micros.toInstant(row.getLong(5)));
  }

  static Keyed<ConsumerOrganization> keyed(ProviderId provider, ResultSet row) throws SQLException {
    ConsumerOrganization org = organization(provider, row);
    return new Keyed<>(org, new Keyset(NameKeys.sortKeyText(row.getBytes(6)), org.id().value()));
  }

  private static StoredOrganization stored(ProviderId provider, ResultSet row) throws SQLException {
    long deletedAt = row.getLong(7);
    Optional<Instant> deleted = row.wasNull() ? Optional.empty() : Optional.of(Micros.toInstant(deletedAt));
    return new StoredOrganization(organization(provider, row), deleted);
  }



  /** A byte array as a map key. */
  private record HashKey(byte[] bytes) {
    @Override
    public boolean equals(Object other) {
      return other instanceof HashKey key && Arrays.equals(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }
  }
}
