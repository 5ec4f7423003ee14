package org.consumerorgs.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.ExternalId;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.spi.Keyed;
import org.consumerorgs.spi.Keyset;
import org.consumerorgs.spi.StoredOrganization;

/**
 * Reads organizations from result rows, by column name: every statement that returns organizations (the organization
 * store's, the searches', a share's consumers) selects {@code organization_id, name, version, created_at,
 * updated_at, external_id}, and, where a method below says so, {@code sort_key}, {@code deleted_at},
 * {@code search_key} or {@code live_name_hash}. A statement may select more, in any order.
 */
final class OrganizationRows {
  private OrganizationRows() {}

  /** The organization of the row. */
  static ConsumerOrganization organization(ProviderId provider, ResultSet row) throws SQLException {
    String externalId = row.getString("external_id");
    return new ConsumerOrganization(new ConsumerOrganizationId(row.getString("organization_id")), provider,
        row.getString("name"), row.getLong("version"), Micros.toInstant(row.getLong("created_at")),
        Micros.toInstant(row.getLong("updated_at")),
        externalId == null ? Optional.empty() : Optional.of(ExternalId.of(externalId)));
  }

  /** The organization with its place in keyset order, from {@code sort_key}. */
  static Keyed<ConsumerOrganization> keyed(ProviderId provider, ResultSet row) throws SQLException {
    ConsumerOrganization organization = organization(provider, row);
    return new Keyed<>(organization, new Keyset(NameKeys.sortKeyText(sortKey(row)), organization.id().value()));
  }

  /** The organization with when it was deleted, from {@code deleted_at}, if it was. */
  static StoredOrganization stored(ProviderId provider, ResultSet row) throws SQLException {
    long deletedAt = row.getLong("deleted_at");
    Optional<Instant> deleted = row.wasNull() ? Optional.empty() : Optional.of(Micros.toInstant(deletedAt));
    return new StoredOrganization(organization(provider, row), deleted);
  }

  /** The id alone, for the statements that select only {@code organization_id}. */
  static String id(ResultSet row) throws SQLException {
    return row.getString("organization_id");
  }

  /** {@code sort_key}: the first characters of the search key as UTF-8, the order of every list. */
  static byte[] sortKey(ResultSet row) throws SQLException {
    return row.getBytes("sort_key");
  }

  /** {@code search_key}: the whole normalized name that searches match. */
  static String searchKey(ResultSet row) throws SQLException {
    return row.getString("search_key");
  }

  /** {@code live_name_hash}: the hash of the uniqueness key that a live organization holds. */
  static byte[] liveNameHash(ResultSet row) throws SQLException {
    return row.getBytes("live_name_hash");
  }
}
