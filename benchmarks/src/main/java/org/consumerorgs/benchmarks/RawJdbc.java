package org.consumerorgs.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;
import javax.sql.DataSource;
import org.consumerorgs.domain.NormalizedName;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.policy.NamingPolicy;

/**
 * The raw-JDBC baseline: what a careful engineer would write by hand against the adapter's own tables to do the same
 * three things, with the same durability (one transaction per operation, committed, on a pool with the same settings
 * and the server's synchronous_commit) and the same rows (organization, link, event and the provider's event
 * counter, with the same keys and the same event text). It makes exactly the checks a correct implementation needs,
 * and lets the database make them where it can:
 *
 * <ul>
 *   <li>create: one INSERT (the unique key on the provider and the name's hash judges duplicates; the foreign key
 *       judges the provider), then the counter and the event;
 *   <li>rename: one UPDATE guarded by the version, reading the old name in the same statement (the unique key judges
 *       the new name), the open links' copy of the sort key when it changed, then the counter and the event;
 *   <li>add to a share: one INSERT ... SELECT that locks the live organization and the live share (so a concurrent
 *       delete cannot strand an open link) and skips a pair already linked (the unique key of open links), then the
 *       counter and the event.
 * </ul>
 *
 * The names are checked and keyed by the SDK's own naming policy, as the SDK does: that work is the same on both
 * sides. A refusal (duplicate, stale version, missing row) rolls back and throws; the benchmark never asks for one.
 */
final class RawJdbc {
  private static final NamingPolicy NAMING = NamingPolicy.defaults();
  private static final Clock CLOCK = Clock.systemUTC();

  private final DataSource pool;
  private final String provider;
  private final String actor;
  private final String insertOrganization;
  private final String rename;
  private final String renameLinks;
  private final String insertLink;
  private final String advanceCounter;
  private final String insertEvent;

  RawJdbc(DataSource pool, String prefix, ProviderId provider, String actor) {
    this.pool = pool;
    this.provider = provider.value();
    this.actor = actor;
    this.insertOrganization = "INSERT INTO " + prefix + "organization (provider_id, organization_id, name, search_key,"
        + " sort_key, live_name_hash, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)";
    this.rename = "UPDATE " + prefix + "organization n SET name = ?, search_key = ?, sort_key = ?, live_name_hash = ?,"
        + " version = n.version + 1, updated_at = ? FROM " + prefix + "organization o"
        + " WHERE n.provider_id = ? AND n.organization_id = ? AND n.deleted_at IS NULL AND n.version = ?"
        + " AND o.provider_id = n.provider_id AND o.organization_id = n.organization_id"
        + " RETURNING o.name, o.sort_key";
    this.renameLinks = "UPDATE " + prefix + "link SET sort_key = ?"
        + " WHERE provider_id = ? AND organization_id = ? AND open_marker = 1";
    this.insertLink = "INSERT INTO " + prefix + "link (provider_id, link_id, share_id, organization_id, opened_at,"
        + " open_marker, sort_key) SELECT o.provider_id, ?, s.share_id, o.organization_id, ?, 1, o.sort_key"
        + " FROM " + prefix + "organization o JOIN " + prefix + "share s"
        + " ON s.provider_id = o.provider_id AND s.share_id = ? AND s.deleted_at IS NULL"
        + " WHERE o.provider_id = ? AND o.organization_id = ? AND o.deleted_at IS NULL FOR SHARE OF o, s"
        + " ON CONFLICT (provider_id, share_id, organization_id, open_marker) DO NOTHING";
    this.advanceCounter = "UPDATE " + prefix + "event_counter SET last_sequence = last_sequence + 1"
        + " WHERE provider_id = ? RETURNING last_sequence";
    this.insertEvent = "INSERT INTO " + prefix + "event (provider_id, event_sequence, event_type, occurred_at,"
        + " actor_id, organization_id, share_id, before_state, after_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  }

  /** Creates an organization; returns its id. */
  String create(String rawName) throws SQLException {
    NormalizedName name = NAMING.check(rawName);
    String id = UUID.randomUUID().toString();
    long now = now();
    try (Connection c = pool.getConnection()) {
      try {
        try (PreparedStatement s = c.prepareStatement(insertOrganization)) {
          s.setString(1, provider);
          s.setString(2, id);
          s.setString(3, name.value());
          s.setString(4, name.searchKey());
          s.setBytes(5, StoredKeys.sortKey(name.searchKey()));
          s.setBytes(6, StoredKeys.uniquenessHash(name.uniquenessKey()));
          s.setLong(7, now);
          s.setLong(8, now);
          s.executeUpdate();
        }
        event(c, "ORGANIZATION_CREATED", now, id, null, "{}",
            EventJson.of("name", name.value(), "version", "1"));
        c.commit();
        return id;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  /** Renames an organization at {@code expectedVersion}; returns its new version. */
  long rename(String id, long expectedVersion, String rawName) throws SQLException {
    NormalizedName name = NAMING.check(rawName);
    byte[] sortKey = StoredKeys.sortKey(name.searchKey());
    long now = now();
    try (Connection c = pool.getConnection()) {
      try {
        String oldName;
        byte[] oldSortKey;
        try (PreparedStatement s = c.prepareStatement(rename)) {
          s.setString(1, name.value());
          s.setString(2, name.searchKey());
          s.setBytes(3, sortKey);
          s.setBytes(4, StoredKeys.uniquenessHash(name.uniquenessKey()));
          s.setLong(5, now);
          s.setString(6, provider);
          s.setString(7, id);
          s.setLong(8, expectedVersion);
          try (ResultSet row = s.executeQuery()) {
            if (!row.next()) {
              throw new IllegalStateException("organization " + id + " is gone or not at version " + expectedVersion);
            }
            oldName = row.getString(1);
            oldSortKey = row.getBytes(2);
          }
        }
        if (!Arrays.equals(oldSortKey, sortKey)) {
          try (PreparedStatement s = c.prepareStatement(renameLinks)) {
            s.setBytes(1, sortKey);
            s.setString(2, provider);
            s.setString(3, id);
            s.executeUpdate();
          }
        }
        event(c, "ORGANIZATION_RENAMED", now, id, null,
            EventJson.of("name", oldName, "version", Long.toString(expectedVersion)),
            EventJson.of("name", name.value(), "version", Long.toString(expectedVersion + 1)));
        c.commit();
        return expectedVersion + 1;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  /** Links an organization to a share; false if it already was. */
  boolean add(String share, String organization) throws SQLException {
    String linkId = UUID.randomUUID().toString();
    long now = now();
    try (Connection c = pool.getConnection()) {
      try {
        int inserted;
        try (PreparedStatement s = c.prepareStatement(insertLink)) {
          s.setString(1, linkId);
          s.setLong(2, now);
          s.setString(3, share);
          s.setString(4, provider);
          s.setString(5, organization);
          inserted = s.executeUpdate();
        }
        if (inserted == 0) {
          c.rollback();
          return false;
        }
        event(c, "CONSUMER_ADDED", now, organization, share, "{}",
            EventJson.of("link", linkId, "openedAt", Instant.EPOCH.plus(now, ChronoUnit.MICROS).toString()));
        c.commit();
        return true;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  private void event(Connection c, String type, long at, String organization, String share, String before,
      String after) throws SQLException {
    long sequence;
    try (PreparedStatement s = c.prepareStatement(advanceCounter)) {
      s.setString(1, provider);
      try (ResultSet row = s.executeQuery()) {
        row.next();
        sequence = row.getLong(1);
      }
    }
    try (PreparedStatement s = c.prepareStatement(insertEvent)) {
      s.setString(1, provider);
      s.setLong(2, sequence);
      s.setString(3, type);
      s.setLong(4, at);
      s.setString(5, actor);
      s.setString(6, organization);
      s.setString(7, share);
      s.setString(8, before);
      s.setString(9, after);
      s.executeUpdate();
    }
  }

  private static long now() {
    Instant now = CLOCK.instant();
    return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
  }
}
