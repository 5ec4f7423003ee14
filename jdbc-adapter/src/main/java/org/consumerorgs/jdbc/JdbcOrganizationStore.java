package org.consumerorgs.jdbc;

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
import org.consumerorgs.domain.ExternalId;
import org.consumerorgs.domain.NormalizedName;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.SearchHit;
import org.consumerorgs.error.StorageException;
import org.consumerorgs.spi.ExternalIdOutcome;
import org.consumerorgs.spi.InsertOutcome;
import org.consumerorgs.spi.Keyed;
import org.consumerorgs.spi.NamedOrganization;
import org.consumerorgs.spi.OrganizationStore;
import org.consumerorgs.spi.PageQuery;
import org.consumerorgs.spi.RenameOutcome;
import org.consumerorgs.spi.SearchCriteria;
import org.consumerorgs.spi.StoredOrganization;

final class JdbcOrganizationStore implements OrganizationStore {
  /**
   * Guarded inserts of many rows on MariaDB, one statement for up to 500 ({@link Statements#insertRows}): only names
   * that no live organization of the provider holds. The guard reads a snapshot, which does not see a name that a
   * concurrent transaction inserted and has not committed yet: the insert then waits for that transaction and, once it
   * commits, would fail on the unique key of live names (and the driver logs every failed statement as a warning).
   * IGNORE makes that row skipped instead, like PostgreSQL's ON CONFLICT DO NOTHING, and the holder, committed by then,
   * is read as for any taken name.
   */
  private static final String INSERT_MARIADB = """
      INSERT IGNORE INTO ${table_prefix}organization (provider_id, organization_id, name, search_key, sort_key,
        live_name_hash, version, created_at, updated_at, external_id, live_external_id)
      SELECT v.provider_id, v.organization_id, v.name, v.search_key, v.sort_key, v.live_name_hash, 1,
        v.created_at, v.updated_at, v.external_id, v.external_id
      FROM (SELECT ? AS provider_id, ? AS organization_id, ? AS name, ? AS search_key, ? AS sort_key,
        ? AS live_name_hash, ? AS created_at, ? AS updated_at, ? AS external_id) v
      WHERE NOT EXISTS (SELECT 1 FROM ${table_prefix}organization o
        WHERE o.provider_id = v.provider_id AND o.live_name_hash = v.live_name_hash)
        AND NOT EXISTS (SELECT 1 FROM ${table_prefix}organization o
          WHERE o.provider_id = v.provider_id AND o.live_external_id = v.external_id)""";
  /**
   * One guarded insert, run as a JDBC batch. PostgreSQL also skips a row whose name a concurrent, not yet committed
   * transaction took, instead of failing (which would abort the transaction); on H2 that rare race fails with a
   * duplicate key, which the adapter reports as retryable.
   */
  private static final String INSERT_POSTGRESQL = """
      INSERT INTO ${table_prefix}organization (provider_id, organization_id, name, search_key, sort_key,
        live_name_hash, version, created_at, updated_at, external_id, live_external_id)
      SELECT ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ? FROM (SELECT 1 AS one) AS single_row
      WHERE NOT EXISTS (SELECT 1 FROM ${table_prefix}organization WHERE provider_id = ? AND live_name_hash = ?)
        AND NOT EXISTS (SELECT 1 FROM ${table_prefix}organization WHERE provider_id = ? AND live_external_id = ?)
      ON CONFLICT DO NOTHING""";
  private static final String INSERT_H2 = """
      INSERT INTO ${table_prefix}organization (provider_id, organization_id, name, search_key, sort_key,
        live_name_hash, version, created_at, updated_at, external_id, live_external_id)
      SELECT ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ? FROM (SELECT 1 AS one) AS single_row
      WHERE NOT EXISTS (SELECT 1 FROM ${table_prefix}organization WHERE provider_id = ? AND live_name_hash = ?)
        AND NOT EXISTS (SELECT 1 FROM ${table_prefix}organization WHERE provider_id = ? AND live_external_id = ?)""";
  private static final String INSERTED_AMONG = """
      SELECT o.organization_id FROM ${table_prefix}organization o
      WHERE o.provider_id = ? AND o.organization_id IN (?)""";
  private static final String HOLDERS_OF = """
      SELECT o.organization_id, o.name, o.version, o.created_at, o.updated_at, o.external_id, o.sort_key,
        o.deleted_at, o.live_name_hash
      FROM ${table_prefix}organization o
      WHERE o.provider_id = ? AND o.live_name_hash IN (?)""";
  /** The organization renamed and whoever holds the new name, in one read. */
  private static final String RENAME_TARGETS = """
      SELECT o.organization_id, o.name, o.version, o.created_at, o.updated_at, o.external_id, o.sort_key, o.deleted_at
      FROM ${table_prefix}organization o
      WHERE o.provider_id = ? AND (o.organization_id = ? OR o.live_name_hash = ?)""";
  /**
   * On MariaDB the read locks what it finds: a plain read there does not see a name that a concurrent transaction
   * inserted and has not committed yet, and the UPDATE would then wait for it and fail on the unique key of live
   * names, a failed statement the driver logs as a warning. Locking, the read waits for that transaction instead and
   * then sees its name taken. (UPDATE IGNORE cannot stand in: its count is of the rows matched, changed or not.)
   */
  private static final String RENAME_TARGETS_MARIADB = """
      SELECT o.organization_id, o.name, o.version, o.created_at, o.updated_at, o.external_id, o.sort_key, o.deleted_at
      FROM ${table_prefix}organization o
      WHERE o.provider_id = ? AND (o.organization_id = ? OR o.live_name_hash = ?) FOR UPDATE""";
  private static final String RENAME = """
      UPDATE ${table_prefix}organization
      SET name = ?, search_key = ?, sort_key = ?, live_name_hash = ?, version = version + 1, updated_at = ?
      WHERE provider_id = ? AND organization_id = ? AND deleted_at IS NULL AND version = ?""";
  /** Open links carry their organization's sort key (a share's consumers are listed in its order). */
  private static final String RENAME_OPEN_LINKS = """
      UPDATE ${table_prefix}link SET sort_key = ?
      WHERE provider_id = ? AND organization_id = ? AND open_marker = 1""";
  private static final String FIND_LIVE = """
      SELECT o.organization_id, o.name, o.version, o.created_at, o.updated_at, o.external_id, o.sort_key, o.deleted_at
      FROM ${table_prefix}organization o
      WHERE o.provider_id = ? AND o.deleted_at IS NULL AND o.organization_id = ?""";
  /** Shared on PostgreSQL: the SDK locks the organizations whose links it opens or closes. */
  private static final String LOCK_LIVE_AMONG_POSTGRESQL = """
      SELECT o.organization_id, o.name, o.version, o.created_at, o.updated_at, o.external_id, o.sort_key, o.deleted_at
      FROM ${table_prefix}organization o
      WHERE o.provider_id = ? AND o.deleted_at IS NULL AND o.organization_id IN (?) FOR SHARE""";
  /**
   * Exclusive on MariaDB: adds and removals of one organization's links then take turns. Under InnoDB two adds of one
   * pair that both passed the guard would deadlock in the unique key's duplicate check, whose next-key locks cover the
   * entries of the pair's closed links not yet purged (see JdbcLinkStore.openAll). Exclusive on H2 too, which has no
   * shared row lock.
   */
  private static final String LOCK_LIVE_AMONG = """
      SELECT o.organization_id, o.name, o.version, o.created_at, o.updated_at, o.external_id, o.sort_key, o.deleted_at
      FROM ${table_prefix}organization o
      WHERE o.provider_id = ? AND o.deleted_at IS NULL AND o.organization_id IN (?) FOR UPDATE""";
  private static final String MARK_DELETED = """
      UPDATE ${table_prefix}organization SET deleted_at = ?, live_name_hash = NULL, live_external_id = NULL
      WHERE provider_id = ? AND organization_id = ? AND deleted_at IS NULL""";
  /** The organization changed and whoever holds the new external id, in one read. */
  private static final String EXTERNAL_ID_TARGETS = """
      SELECT o.organization_id, o.name, o.version, o.created_at, o.updated_at, o.external_id, o.sort_key, o.deleted_at
      FROM ${table_prefix}organization o
      WHERE o.provider_id = ? AND (o.organization_id = ? OR o.live_external_id = ?)""";
  /** Locking on MariaDB, for the reason {@link #RENAME_TARGETS_MARIADB} gives. */
  private static final String EXTERNAL_ID_TARGETS_MARIADB = """
      SELECT o.organization_id, o.name, o.version, o.created_at, o.updated_at, o.external_id, o.sort_key, o.deleted_at
      FROM ${table_prefix}organization o
      WHERE o.provider_id = ? AND (o.organization_id = ? OR o.live_external_id = ?) FOR UPDATE""";
  private static final String CHANGE_EXTERNAL_ID = """
      UPDATE ${table_prefix}organization
      SET external_id = ?, live_external_id = ?, version = version + 1, updated_at = ?
      WHERE provider_id = ? AND organization_id = ? AND deleted_at IS NULL AND version = ?""";
  private static final String FIND_LIVE_BY_EXTERNAL_ID = """
      SELECT o.organization_id, o.name, o.version, o.created_at, o.updated_at, o.external_id, o.sort_key, o.deleted_at
      FROM ${table_prefix}organization o
      WHERE o.provider_id = ? AND o.live_external_id = ?""";
  private static final String FIND_AMONG = """
      SELECT o.organization_id, o.name, o.version, o.created_at, o.updated_at, o.external_id, o.sort_key, o.deleted_at
      FROM ${table_prefix}organization o
      WHERE o.provider_id = ? AND o.organization_id IN (?)""";
  private static final String FIRST_PAGE = """
      SELECT o.organization_id, o.name, o.version, o.created_at, o.updated_at, o.external_id, o.sort_key, o.deleted_at
      FROM ${table_prefix}organization o
      WHERE o.provider_id = ? AND o.deleted_at IS NULL
      ORDER BY o.sort_key, o.organization_id LIMIT ?""";
  private static final String NEXT_PAGE = """
      SELECT o.organization_id, o.name, o.version, o.created_at, o.updated_at, o.external_id, o.sort_key, o.deleted_at
      FROM ${table_prefix}organization o
      WHERE o.provider_id = ? AND o.deleted_at IS NULL
        AND o.sort_key >= ? AND (o.sort_key > ? OR o.organization_id > ?)
      ORDER BY o.sort_key, o.organization_id LIMIT ?""";

  private final Statements statements;
  private final Dialect dialect;
  private final String insert;
  private final String insertedAmong;
  private final String holdersOf;
  private final String renameTargets;
  private final String rename;
  private final String renameOpenLinks;
  private final String findLive;
  private final String lockLiveAmong;
  private final String markDeleted;
  private final String findAmong;
  private final String externalIdTargets;
  private final String changeExternalId;
  private final String findLiveByExternalId;
  private final String firstPage;
  private final String nextPage;
  private final OrganizationSearch search;

  JdbcOrganizationStore(Statements statements, Dialect dialect, String prefix, int glance, int cap) {
    this.statements = statements;
    this.dialect = dialect;
    this.insert = TablePrefix.apply(prefix, switch (dialect) {
      case POSTGRESQL -> INSERT_POSTGRESQL;
      case MARIADB -> INSERT_MARIADB;
      case H2 -> INSERT_H2;
    });
    this.insertedAmong = TablePrefix.apply(prefix, INSERTED_AMONG);
    this.holdersOf = TablePrefix.apply(prefix, HOLDERS_OF);
    this.renameTargets = TablePrefix.apply(prefix,
        dialect == Dialect.MARIADB ? RENAME_TARGETS_MARIADB : RENAME_TARGETS);
    this.rename = TablePrefix.apply(prefix, RENAME);
    this.renameOpenLinks = TablePrefix.apply(prefix, RENAME_OPEN_LINKS);
    this.findLive = TablePrefix.apply(prefix, FIND_LIVE);
    this.lockLiveAmong = TablePrefix.apply(prefix,
        dialect == Dialect.POSTGRESQL ? LOCK_LIVE_AMONG_POSTGRESQL : LOCK_LIVE_AMONG);
    this.markDeleted = TablePrefix.apply(prefix, MARK_DELETED);
    this.findAmong = TablePrefix.apply(prefix, FIND_AMONG);
    this.externalIdTargets = TablePrefix.apply(prefix,
        dialect == Dialect.MARIADB ? EXTERNAL_ID_TARGETS_MARIADB : EXTERNAL_ID_TARGETS);
    this.changeExternalId = TablePrefix.apply(prefix, CHANGE_EXTERNAL_ID);
    this.findLiveByExternalId = TablePrefix.apply(prefix, FIND_LIVE_BY_EXTERNAL_ID);
    this.firstPage = TablePrefix.apply(prefix, FIRST_PAGE);
    this.nextPage = TablePrefix.apply(prefix, NEXT_PAGE);
    this.search = new OrganizationSearch(statements, dialect, prefix, glance, cap);
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
    ProviderId provider = organizations.get(0).organization().providerId();
    Set<Integer> skipped = skipped(provider, organizations, insertGuarded(organizations, hashes));
    Map<HashKey, ConsumerOrganization> holders = skipped.isEmpty() ? Map.of() : holders(provider, skipped, hashes);
    List<InsertOutcome> outcomes = new ArrayList<>(organizations.size());
    for (int i = 0; i < organizations.size(); i++) {
      if (!skipped.contains(i)) {
        outcomes.add(new InsertOutcome.Inserted());
        continue;
      }
      ConsumerOrganization holder = holders.get(new HashKey(hashes.get(i)));
      if (holder != null) {
        outcomes.add(new InsertOutcome.NameTaken(holder));
        continue;
      }
      // The name is free, so the external id stopped the row (only a single create carries one).
      Optional<ConsumerOrganization> externalIdHolder = organizations.get(i).organization().externalId()
          .flatMap(externalId -> findLiveByExternalId(provider, externalId));
      if (externalIdHolder.isEmpty()) {
        // The guard saw a holder that was deleted or changed before we looked it up: judge again from the start.
        throw new StorageException("The organization holding the name \"" + organizations.get(i).name().value()
            + "\" or its external id changed while they were being taken; trying again will decide.", null, true);
      }
      outcomes.add(new InsertOutcome.ExternalIdTaken(externalIdHolder.get()));
    }
    return outcomes;
  }

  /** Runs the guarded inserts; returns the rows each inserted, or empty when the driver does not tell. */
  private Optional<int[]> insertGuarded(List<NamedOrganization> organizations, List<byte[]> hashes) {
    List<Integer> positions = Statements.positions(organizations.size());
    if (dialect.multiRowInserts()) {
      int inserted = statements.insertRows("creating organizations", insert, positions,
          (i, p) -> bindRow(organizations.get(i), hashes.get(i), p), dialect == Dialect.MARIADB);
      return Statements.uniformCounts(inserted, organizations.size());
    }
    return statements.batch("creating organizations", insert, positions, (i, p) -> {
      ConsumerOrganization org = organizations.get(i).organization();
      bindRow(organizations.get(i), hashes.get(i), p);
      p.optionalText(externalId(org)).text(org.providerId().value()).bytes(hashes.get(i))
          .text(org.providerId().value()).optionalText(externalId(org));
    });
  }

  /** The positions of the organizations not inserted: told by the row counts, or else read back by id. */
  private Set<Integer> skipped(ProviderId provider, List<NamedOrganization> organizations, Optional<int[]> counts) {
    Set<String> inserted = counts.isPresent() ? Set.of() : insertedAmong(provider, organizations);
    Set<Integer> skipped = new HashSet<>();
    for (int i = 0; i < organizations.size(); i++) {
      boolean wasInserted = counts.isPresent() ? counts.get()[i] != 0
          : inserted.contains(organizations.get(i).organization().id().value());
      if (!wasInserted) {
        skipped.add(i);
      }
    }
    return skipped;
  }

  private Set<String> insertedAmong(ProviderId provider, List<NamedOrganization> organizations) {
    Set<String> ids = new HashSet<>();
    organizations.forEach(o -> ids.add(o.organization().id().value()));
    return new HashSet<>(statements.list("creating organizations", ParameterLists.in(insertedAmong, ids.size()),
        p -> p.text(provider.value()).texts(ids), OrganizationRows::id));
  }

  private static void bindRow(NamedOrganization named, byte[] hash, Params p) throws SQLException {
    ConsumerOrganization org = named.organization();
    p.text(org.providerId().value()).text(org.id().value()).text(org.name()).text(named.name().searchKey())
        .bytes(NameKeys.sortKey(named.name().searchKey())).bytes(hash).time(org.createdAt()).time(org.updatedAt())
        .optionalText(externalId(org));
  }

  private static Optional<String> externalId(ConsumerOrganization org) {
    return org.externalId().map(ExternalId::value);
  }

  private Map<HashKey, ConsumerOrganization> holders(ProviderId provider, Set<Integer> skipped, List<byte[]> hashes) {
    List<byte[]> wanted = new ArrayList<>();
    skipped.forEach(i -> wanted.add(hashes.get(i)));
    Map<HashKey, ConsumerOrganization> holders = new HashMap<>();
    statements.stream("reading who holds a name", ParameterLists.in(holdersOf, wanted.size()),
        p -> {
          p.text(provider.value());
          for (byte[] hash : wanted) {
            p.bytes(hash);
          }
        },
        row -> Map.entry(new HashKey(OrganizationRows.liveNameHash(row)), OrganizationRows.organization(provider, row)),
        entry -> holders.put(entry.getKey(), entry.getValue()));
    return holders;
  }

  /**
   * One read finds both the organization and whoever holds the new name, so the outcomes are judged in the order the
   * port gives them; the guarded UPDATE then catches a rename that raced this read.
   */
  @Override
  public RenameOutcome rename(
      ProviderId provider, ConsumerOrganizationId id, long expectedVersion, NormalizedName newName, Instant at) {
    byte[] hash = NameKeys.uniquenessHash(newName.uniquenessKey());
    List<RenameTarget> targets = statements.list("renaming an organization", renameTargets,
        p -> p.text(provider.value()).text(id.value()).bytes(hash),
        row -> new RenameTarget(OrganizationRows.stored(provider, row), OrganizationRows.sortKey(row)));
    Optional<RenameTarget> self = targets.stream().filter(t -> t.isLive() && t.is(id)).findFirst();
    if (self.isEmpty()) {
      return new RenameOutcome.NotFound();
    }
    if (self.get().organization().version() != expectedVersion) {
      return new RenameOutcome.VersionMismatch(self.get().organization().version());
    }
    Optional<RenameTarget> holder = targets.stream().filter(t -> t.isLive() && !t.is(id)).findFirst();
    if (holder.isPresent()) {
      return new RenameOutcome.NameTaken(holder.get().organization());
    }
    byte[] sortKey = NameKeys.sortKey(newName.searchKey());
    Optional<RenameOutcome> refused = update(provider, id, expectedVersion, newName, at, hash, sortKey);
    if (refused.isPresent()) {
      return refused.get();
    }
    // The version matched, so the sort key read with it is the one replaced: a change of case keeps it.
    if (!Arrays.equals(self.get().sortKey(), sortKey)) {
      statements.update("renaming an organization", renameOpenLinks,
          p -> p.bytes(sortKey).text(provider.value()).text(id.value()));
    }
    return new RenameOutcome.Renamed(self.get().organization().renamed(newName.value(), at));
  }

  /** The guarded UPDATE of a rename; empty when it renamed, else the outcome that a concurrent change decided. */
  private Optional<RenameOutcome> update(ProviderId provider, ConsumerOrganizationId id, long expectedVersion,
      NormalizedName newName, Instant at, byte[] hash, byte[] sortKey) {
    int updated;
    try {
      updated = statements.update("renaming an organization", rename, p -> p
          .text(newName.value()).text(newName.searchKey()).bytes(sortKey).bytes(hash)
          .time(at).text(provider.value()).text(id.value()).number(expectedVersion));
    } catch (StorageException e) {
      // A transaction that took the name after the read above committed while the UPDATE waited for it. MariaDB and
      // H2 undo only the failed statement, so the holder can be read and the outcome told here; PostgreSQL ends the
      // transaction, whose retry sees the holder.
      Optional<ConsumerOrganization> taker = dialect == Dialect.POSTGRESQL || !statements.isDuplicateKey(e)
          ? Optional.empty() : liveHolder(provider, hash).filter(h -> !h.id().equals(id));
      return Optional.of(new RenameOutcome.NameTaken(taker.orElseThrow(() -> e)));
    }
    if (updated != 0) {
      return Optional.empty();
    }
    Optional<ConsumerOrganization> now = findLive(provider, id);
    if (now.isPresent() && now.get().version() == expectedVersion) {
      // The UPDATE waited for a concurrent change and then matched nothing, yet this read does not see the change
      // yet: H2 can let a committing transaction's row lock go before its data shows to new statements. Which
      // outcome holds cannot be told from here; a version mismatch with the version expected would be a lie.
      throw new StorageException("The organization changed while it was being renamed; trying again will decide.",
          null, true);
    }
    return Optional.of(now.isEmpty() ? new RenameOutcome.NotFound()
        : new RenameOutcome.VersionMismatch(now.get().version()));
  }

  /** The live organization whose name has this uniqueness hash, if any. */
  private Optional<ConsumerOrganization> liveHolder(ProviderId provider, byte[] hash) {
    List<ConsumerOrganization> found = new ArrayList<>();
    statements.stream("reading who holds a name", ParameterLists.in(holdersOf, 1),
        p -> p.text(provider.value()).bytes(hash), row -> OrganizationRows.organization(provider, row), found::add);
    return found.stream().findFirst();
  }

  /**
   * Judged like a rename: one read finds the organization and whoever holds the new external id, and the guarded
   * UPDATE catches a change that raced the read (the unique key on {@code live_external_id} has the last word).
   */
  @Override
  public ExternalIdOutcome changeExternalId(ProviderId provider, ConsumerOrganizationId id, long expectedVersion,
      Optional<ExternalId> newExternalId, Instant at) {
    Optional<String> value = newExternalId.map(ExternalId::value);
    List<StoredOrganization> targets = statements.list("changing an external id", externalIdTargets,
        p -> p.text(provider.value()).text(id.value()).optionalText(value),
        row -> OrganizationRows.stored(provider, row));
    Optional<ConsumerOrganization> self = targets.stream().filter(t -> t.deletedAt().isEmpty())
        .map(StoredOrganization::organization).filter(o -> o.id().equals(id)).findFirst();
    if (self.isEmpty()) {
      return new ExternalIdOutcome.NotFound();
    }
    if (self.get().version() != expectedVersion) {
      return new ExternalIdOutcome.VersionMismatch(self.get().version());
    }
    Optional<ConsumerOrganization> holder = targets.stream().filter(t -> t.deletedAt().isEmpty())
        .map(StoredOrganization::organization).filter(o -> !o.id().equals(id)).findFirst();
    if (holder.isPresent()) {
      return new ExternalIdOutcome.ExternalIdTaken(holder.get());
    }
    int updated;
    try {
      updated = statements.update("changing an external id", changeExternalId, p -> p.optionalText(value)
          .optionalText(value).time(at).text(provider.value()).text(id.value()).number(expectedVersion));
    } catch (StorageException e) {
      // As in a rename: MariaDB and H2 undo only the failed statement, so the holder that committed meanwhile can be
      // read; PostgreSQL ends the transaction, whose retry sees the holder.
      Optional<ConsumerOrganization> taker = dialect == Dialect.POSTGRESQL || !statements.isDuplicateKey(e)
          ? Optional.empty() : newExternalId.flatMap(v -> findLiveByExternalId(provider, v));
      return new ExternalIdOutcome.ExternalIdTaken(taker.filter(t -> !t.id().equals(id)).orElseThrow(() -> e));
    }
    if (updated == 0) {
      Optional<ConsumerOrganization> now = findLive(provider, id);
      if (now.isPresent() && now.get().version() == expectedVersion) {
        throw new StorageException("The organization changed while its external id was being changed; trying again"
            + " will decide.", null, true);
      }
      return now.isEmpty() ? new ExternalIdOutcome.NotFound()
          : new ExternalIdOutcome.VersionMismatch(now.get().version());
    }
    return new ExternalIdOutcome.Changed(self.get().withExternalId(newExternalId, at));
  }

  @Override
  public Optional<ConsumerOrganization> findLiveByExternalId(ProviderId provider, ExternalId externalId) {
    return statements.first("reading an organization by its external id", findLiveByExternalId,
        p -> p.text(provider.value()).text(externalId.value()), row -> OrganizationRows.organization(provider, row));
  }

  @Override
  public Optional<ConsumerOrganization> findLive(ProviderId provider, ConsumerOrganizationId id) {
    return statements.first("reading an organization", findLive, p -> p.text(provider.value()).text(id.value()),
        row -> OrganizationRows.organization(provider, row));
  }

  @Override
  public List<ConsumerOrganization> lockLive(ProviderId provider, Collection<ConsumerOrganizationId> ids) {
    List<ConsumerOrganization> live = new ArrayList<>();
    for (List<String> chunk : IdLists.organizations(ids)) {
      live.addAll(statements.list("locking organizations", ParameterLists.in(lockLiveAmong, chunk.size()),
          p -> p.text(provider.value()).texts(chunk), row -> OrganizationRows.organization(provider, row)));
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
      statements.stream("reading organizations", ParameterLists.in(findAmong, chunk.size()),
          p -> p.text(provider.value()).texts(chunk), row -> OrganizationRows.stored(provider, row),
          stored -> found.put(stored.organization().id(), stored));
    }
    return found;
  }

  @Override
  public List<Keyed<ConsumerOrganization>> listLive(ProviderId provider, PageQuery query) {
    return statements.page("listing organizations", firstPage, nextPage, query, p -> p.text(provider.value()),
        row -> OrganizationRows.keyed(provider, row));
  }

  @Override
  public List<SearchHit> search(ProviderId provider, SearchCriteria criteria) {
    return search.search(provider, criteria);
  }

  /** A row the rename read: the organization renamed or the holder of the new name, with its sort key. */
  private record RenameTarget(StoredOrganization stored, byte[] sortKey) {
    ConsumerOrganization organization() {
      return stored.organization();
    }

    boolean isLive() {
      return stored.deletedAt().isEmpty();
    }

    boolean is(ConsumerOrganizationId id) {
      return stored.organization().id().equals(id);
    }
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
