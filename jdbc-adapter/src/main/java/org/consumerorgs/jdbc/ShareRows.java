package org.consumerorgs.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.spi.Keyed;
import org.consumerorgs.spi.Keyset;

/**
 * Reads shares from result rows, by column name: every statement that returns shares (the share store's, an
 * organization's shares) selects {@code share_id, name, registered_at}, and {@code sort_key} for a page.
 */
final class ShareRows {
  private ShareRows() {}

  /** The share of the row. */
  static Share share(ProviderId provider, ResultSet row) throws SQLException {
    return new Share(new ShareId(row.getString("share_id")), provider, row.getString("name"),
        Micros.toInstant(row.getLong("registered_at")));
  }

  /** The share with its place in keyset order, from {@code sort_key}. */
  static Keyed<Share> keyed(ProviderId provider, ResultSet row) throws SQLException {
    Share share = share(provider, row);
    return new Keyed<>(share, new Keyset(NameKeys.sortKeyText(row.getBytes("sort_key")), share.id().value()));
  }
}
