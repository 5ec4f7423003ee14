package org.consumerorgs.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.consumerorgs.spi.Keyset;
import org.consumerorgs.spi.PageQuery;
import org.consumerorgs.spi.ShareStore;

final class JdbcShareStore implements ShareStore {
  /** The columns {@link #share} reads, in its order. */
  static final String COLUMNS = "s.share_id, s.name, s.registered_at, s.sort_key";

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
    this.insert = TablePrefix.apply(prefix, """
        INSERT INTO ${table_prefix}share (provider_id, share_id, name, sort_key, registered_at)
        SELECT ?, ?, ?, ?, ? FROM (SELECT 1 AS one) AS single_row
        WHERE NOT EXISTS (SELECT 1 FROM ${table_prefix}share WHERE provider_id = ? AND share_id = ?)"""
        + dialect.skipConflicts());
    String live = "SELECT " + COLUMNS + " FROM ${table_prefix}share s"
        + " WHERE s.provider_id = ? AND s.deleted_at IS NULL";
    this.findLive = TablePrefix.apply(prefix, live + " AND s.share_id = ?");
    this.lockLive = TablePrefix.apply(prefix, live + " AND s.share_id = ?" + dialect.sharedLock());
    this.findLiveAmong = TablePrefix.apply(prefix, live + " AND s.share_id IN ");
    this.markDeleted = TablePrefix.apply(prefix, "UPDATE ${table_prefix}share SET deleted_at = ?"
        + " WHERE provider_id = ? AND share_id = ? AND deleted_at IS NULL");
    this.firstPage = TablePrefix.apply(prefix, live + " ORDER BY s.sort_key, s.share_id LIMIT ?");
    this.nextPage = TablePrefix.apply(prefix, live
        + " AND s.sort_key >= ? AND (s.sort_key > ? OR s.share_id > ?) ORDER BY s.sort_key, s.share_id LIMIT ?");
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
        row -> share(provider, row));
  }

  @Override
  public Optional<Share> lockLive(ProviderId provider, ShareId id) {
    return statements.first("locking a share", lockLive, p -> p.text(provider.value()).text(id.value()),
        row -> share(provider, row));
  }

  @Override
  public List<Share> findLive(ProviderId provider, Collection<ShareId> ids) {
    List<Share> live = new ArrayList<>();
    for (List<String> chunk : IdLists.shares(ids)) {
      live.addAll(statements.list("reading shares", findLiveAmong + Statements.placeholders(chunk.size()),
          p -> p.text(provider.value()).texts(chunk), row -> share(provider, row)));
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
        row -> keyed(provider, row));
  }

  static Share share(ProviderId provider, ResultSet row) throws SQLException {
    return new Share(new ShareId(row.getString(1)), provider, row.getString(2), Micros.toInstant(row.getLong(3)));
  }

  static Keyed<Share> keyed(ProviderId provider, ResultSet row) throws SQLException {
    Share share = share(provider, row);
    return new Keyed<>(share, new Keyset(NameKeys.sortKeyText(row.getBytes(4)), share.id().value()));
  }
}
