package org.consumerorgs.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.consumerorgs.domain.Provider;
import org.consumerorgs.domain.ProviderId;

/** Reads providers from result rows, by column name: {@code name, registered_at}. */
final class ProviderRows {
  private ProviderRows() {}

  /** The provider of the row. */
  static Provider provider(ProviderId id, ResultSet row) throws SQLException {
    return new Provider(id, row.getString("name"), Micros.toInstant(row.getLong("registered_at")));
  }
}
