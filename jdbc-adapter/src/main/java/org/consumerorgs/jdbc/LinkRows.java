package org.consumerorgs.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.LinkId;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.ShareId;

/**
 * Reads links from result rows, by column name: every statement of the link store that returns links selects
 * {@code link_id, share_id, organization_id, opened_at, closed_at}. (A report's rows, many and each with its
 * organization, are read by {@link LinkedOrganizationRows}.)
 */
final class LinkRows {
  private LinkRows() {}

  /** The link of the row. */
  static Link link(ProviderId provider, ResultSet row) throws SQLException {
    return new Link(new LinkId(row.getString("link_id")), provider, new ShareId(row.getString("share_id")),
        new ConsumerOrganizationId(row.getString("organization_id")), Micros.toInstant(row.getLong("opened_at")),
        closedAt(row, row.findColumn("closed_at")));
  }

  /** The id alone, for the statements that select only {@code link_id}. */
  static String id(ResultSet row) throws SQLException {
    return row.getString("link_id");
  }

  /** When the link in column {@code closedAt} closed, if it did. */
  static Optional<Instant> closedAt(ResultSet row, int closedAt) throws SQLException {
    long closed = row.getLong(closedAt);
    return row.wasNull() ? Optional.empty() : Optional.of(Micros.toInstant(closed));
  }
}
