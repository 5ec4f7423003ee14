package org.consumerorgs.jdbc;

import java.util.Optional;
import org.consumerorgs.domain.Provider;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.spi.ProviderStore;

final class JdbcProviderStore implements ProviderStore {
  /**
   * Guarded: only when the id is free. PostgreSQL also skips a row whose key a concurrent, not yet committed
   * transaction inserted, instead of failing (which would abort the transaction); elsewhere that rare race fails with
   * a duplicate key, which the adapter reports as retryable.
   */
  private static final String INSERT_POSTGRESQL = """
      INSERT INTO ${table_prefix}provider (provider_id, name, registered_at)
      SELECT ?, ?, ? FROM (SELECT 1 AS one) AS single_row
      WHERE NOT EXISTS (SELECT 1 FROM ${table_prefix}provider WHERE provider_id = ?)
      ON CONFLICT DO NOTHING""";
  private static final String INSERT = """
      INSERT INTO ${table_prefix}provider (provider_id, name, registered_at)
      SELECT ?, ?, ? FROM (SELECT 1 AS one) AS single_row
      WHERE NOT EXISTS (SELECT 1 FROM ${table_prefix}provider WHERE provider_id = ?)""";
  private static final String INSERT_COUNTER = """
      INSERT INTO ${table_prefix}event_counter (provider_id, last_sequence) VALUES (?, 0)""";
  private static final String FIND = """
      SELECT name, registered_at FROM ${table_prefix}provider WHERE provider_id = ?""";

  private final Statements statements;
  private final String insert;
  private final String insertCounter;
  private final String find;

  JdbcProviderStore(Statements statements, Dialect dialect, String prefix) {
    this.statements = statements;
    this.insert = TablePrefix.apply(prefix, dialect == Dialect.POSTGRESQL ? INSERT_POSTGRESQL : INSERT);
    this.insertCounter = TablePrefix.apply(prefix, INSERT_COUNTER);
    this.find = TablePrefix.apply(prefix, FIND);
  }

  @Override
  public boolean insert(Provider provider) {
    int inserted = statements.update("registering a provider", insert, p -> p
        .text(provider.id().value()).text(provider.name()).time(provider.registeredAt())
        .text(provider.id().value()));
    if (inserted == 0) {
      return false;
    }
    statements.update("registering a provider", insertCounter, p -> p.text(provider.id().value()));
    return true;
  }

  @Override
  public Optional<Provider> find(ProviderId id) {
    return statements.first("reading a provider", find, p -> p.text(id.value()), row -> ProviderRows.provider(id, row));
  }
}
