package org.consumerorgs.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.LinkId;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.spi.LinkedOrganization;

/**
 * Reads a report's rows, each a link with its organization ({@code organization_id, name, search_key, deleted_at,
 * link_id, share_id, opened_at, closed_at}), in an order that keeps each organization's rows together: gathers them
 * into one {@link LinkedOrganization} and hands it on when the next one starts. A report streams up to millions of
 * rows, so the columns are looked up by name once, on the first row, and read by their index after that; an
 * organization's own columns are read on its first row only.
 */
final class LinkedOrganizationRows implements Statements.RowReader {
  private final ProviderId provider;
  private final Consumer<LinkedOrganization> visitor;
  private Optional<Columns> columns = Optional.empty();
  private Optional<Gathering> gathering = Optional.empty();
  /** A provider has few shares and a report many links: one id object per share. */
  private final Map<String, ShareId> shares = new HashMap<>();

  LinkedOrganizationRows(ProviderId provider, Consumer<LinkedOrganization> visitor) {
    this.provider = provider;
    this.visitor = visitor;
  }

  @Override
  public void read(ResultSet row) throws SQLException {
    if (columns.isEmpty()) {
      columns = Optional.of(Columns.of(row));
    }
    Columns at = columns.get();
    String id = row.getString(at.organizationId);
    if (gathering.isEmpty() || !gathering.get().id.equals(id)) {
      finish();
      gathering = Optional.of(new Gathering(id, row, at));
    }
    Gathering organization = gathering.get();
    ShareId share = shares.computeIfAbsent(row.getString(at.shareId), ShareId::new);
    organization.links.add(new Link(new LinkId(row.getString(at.linkId)), provider, share, organization.organization,
        Micros.toInstant(row.getLong(at.openedAt)), LinkRows.closedAt(row, at.closedAt)));
  }

  /** Hands on the organization being gathered, if any. */
  void finish() {
    gathering.ifPresent(done -> visitor.accept(
        new LinkedOrganization(done.organization, done.name, done.searchKey, done.deletedAt, done.links)));
    gathering = Optional.empty();
  }

  /** Where each column of the report lies in its result set. */
  private record Columns(int organizationId, int name, int searchKey, int deletedAt, int linkId, int shareId,
      int openedAt, int closedAt) {
    static Columns of(ResultSet rows) throws SQLException {
      return new Columns(rows.findColumn("organization_id"), rows.findColumn("name"), rows.findColumn("search_key"),
          rows.findColumn("deleted_at"), rows.findColumn("link_id"), rows.findColumn("share_id"),
          rows.findColumn("opened_at"), rows.findColumn("closed_at"));
    }
  }

  /** One organization's columns, read on its first row, and its links so far. */
  private static final class Gathering {
    final String id;
    final ConsumerOrganizationId organization;
    final String name;
    final String searchKey;
    final Optional<Instant> deletedAt;
    final List<Link> links = new ArrayList<>();

    Gathering(String id, ResultSet row, Columns at) throws SQLException {
      this.id = id;
      this.organization = new ConsumerOrganizationId(id);
      this.name = row.getString(at.name);
      this.searchKey = row.getString(at.searchKey);
      long deleted = row.getLong(at.deletedAt);
      this.deletedAt = row.wasNull() ? Optional.empty() : Optional.of(Micros.toInstant(deleted));
    }
  }
}
