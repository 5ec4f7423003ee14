package org.consumerorgs.jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.consumerorgs.domain.NormalizedName;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.spi.Keyed;
import org.consumerorgs.spi.PageQuery;
import org.consumerorgs.spi.ShareStore;

final class JdbcShareStore implements ShareStore {
  /**
   * Guarded: only when the id is free. PostgreSQL also skips a row whose key a concurrent, not yet committed
   * transaction inserted, instead of failing (which would abort the transaction); elsewhere that rare race fails with
   * a duplicate key, which the adapter reports as retryable.
   */
  private static final String INSERT_POSTGRESQL = """
      INSERT INTO ${table_prefix}share (provider_id, share_id, name, sort_key, registered_at)
      SELECT ?, ?, ?, ?, ? FROM (SELECT 1 AS one) AS single_row
      WHERE NOT EXISTS (SELECT 1 FROM ${table_prefix}share WHERE provider_id = ? AND share_id = ?)
      ON CONFLICT DO NOTHING""";
  private static final String INSERT = """
      INSERT INTO ${table_prefix}share (provider_id, share_id, name, sort_key, registered_at)
      SELECT ?, ?, ?, ?, ? FROM (SELECT 1 AS one) AS single_row
      WHERE NOT EXISTS (SELECT 1 FROM ${table_prefix}share WHERE provider_id = ? AND share_id = ?)""";
  private static final String FIND_LIVE = """
      SELECT s.share_id, s.name, s.registered_at, s.sort_key FROM ${table_prefix}share s
      WHERE s.provider_id = ? AND s.deleted_at IS NULL AND s.share_id = ?""";
  /**
   * Locks the share against change and deletion until the transaction ends, shared where the database has a shared
   * row lock; H2 has none, so there the lock is exclusive.
   */
  private static final String LOCK_LIVE_POSTGRESQL = """
      SELECT s.share_id, s.name, s.registered_at, s.sort_key FROM ${table_prefix}share s
      WHERE s.provider_id = ? AND s.deleted_at IS NULL AND s.share_id = ? FOR SHARE""";
  private static final String LOCK_LIVE_MARIADB = """
      SELECT s.share_id, s.name, s.registered_at, s.sort_key FROM ${table_prefix}share s
      WHERE s.provider_id = ? AND s.deleted_at IS NULL AND s.share_id = ? LOCK IN SHARE MODE""";
  private static final String LOCK_LIVE_H2 = """
      SELECT s.share_id, s.name, s.registered_at, s.sort_key FROM ${table_prefix}share s
      WHERE s.provider_id = ? AND s.deleted_at IS NULL AND s.share_id = ? FOR UPDATE""";
  private static final String FIND_LIVE_AMONG = """
      SELECT s.share_id, s.name, s.registered_at, s.sort_key FROM ${table_prefix}share s
      WHERE s.provider_id = ? AND s.deleted_at IS NULL AND s.share_id IN (?)""";
  private static final String MARK_DELETED = """
      UPDATE ${table_prefix}share SET deleted_at = ?
      WHERE provider_id = ? AND share_id = ? AND deleted_at IS NULL""";
  private static final String FIRST_PAGE = """
      SELECT s.share_id, s.name, s.registered_at, s.sort_key FROM ${table_prefix}share s
      WHERE s.provider_id = ? AND s.deleted_at IS NULL
      ORDER BY s.sort_key, s.share_id LIMIT ?""";
  private static final String NEXT_PAGE = """
      SELECT s.share_id, s.name, s.registered_at, s.sort_key FROM ${table_prefix}share s
      WHERE s.provider_id = ? AND s.deleted_at IS NULL
        AND s.sort_key >= ? AND (s.sort_key > ? OR s.share_id > ?)
      ORDER BY s.sort_key, s.share_id LIMIT ?""";

  private final Statements statements;
  private final String insert;
  private final String findLive;
  private final String lockLive;
  private final String findLiveAmong;
  private final String markDeleted;
  private final String firstPage;
  private final String nextPage;

  JdbcShareStore(Statements statements, Dialect dialect, String prefix) {
    this.statements = statements;
    this.insert = TablePrefix.apply(prefix, dialect == Dialect.POSTGRESQL ? INSERT_POSTGRESQL : INSERT);
    this.findLive = TablePrefix.apply(prefix, FIND_LIVE);
    this.lockLive = TablePrefix.apply(prefix, switch (dialect) {
      case POSTGRESQL -> LOCK_LIVE_POSTGRESQL;
      case MARIADB -> LOCK_LIVE_MARIADB;
      case H2 -> LOCK_LIVE_H2;
    });
    this.findLiveAmong = TablePrefix.apply(prefix, FIND_LIVE_AMONG);
    this.markDeleted = TablePrefix.apply(prefix, MARK_DELETED);
    this.firstPage = TablePrefix.apply(prefix, FIRST_PAGE);
    this.nextPage = TablePrefix.apply(prefix, NEXT_PAGE);
  }

  @Override
  public boolean insert(Share share, NormalizedName name) {
    return statements.update("registering a share", insert, p -> p
        .text(share.providerId().value()).text(share.id().value()).text(share.name())
        .bytes(NameKeys.sortKey(name.searchKey())).time(share.registeredAt())
        .text(share.providerId().value()).text(share.id().value())) == 1;
  }

  @Override
  public Optional<Share> findLive(ProviderId provider, ShareId id) {
    return statements.first("reading a share", findLive, p -> p.text(provider.value()).text(id.value()),
        row -> ShareRows.share(provider, row));
  }

  @Override
  public Optional<Share> lockLive(ProviderId provider, ShareId id) {
    return statements.first("locking a share", lockLive, p -> p.text(provider.value()).text(id.value()),
        row -> ShareRows.share(provider, row));
  }

  @Override
  public List<Share> findLive(ProviderId provider, Collection<ShareId> ids) {
    List<Share> live = new ArrayList<>();
    for (List<String> chunk : IdLists.shares(ids)) {
      live.addAll(statements.list("reading shares", ParameterLists.in(findLiveAmong, chunk.size()),
          p -> p.text(provider.value()).texts(chunk), row -> ShareRows.share(provider, row)));
    }
    return live;
  }

  @Override
  public boolean markDeleted(ProviderId provider, ShareId id, Instant at) {
    return statements.update("deleting a share", markDeleted,
        p -> p.time(at).text(provider.value()).text(id.value())) == 1;
  }

  @Override
  public List<Keyed<Share>> listLive(ProviderId provider, PageQuery query) {
    return statements.page("listing shares", firstPage, nextPage, query, p -> p.text(provider.value()),
        row -> ShareRows.keyed(provider, row));
  }
}
