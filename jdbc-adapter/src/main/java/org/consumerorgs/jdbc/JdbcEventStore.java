package org.consumerorgs.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.consumerorgs.domain.ChangeEvent;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.spi.EventStore;

/**
 * Events are numbered from the provider's counter row, which the appending transaction holds locked until it ends:
 * a later transaction numbers after it, so the sequence has no gaps in commit order.
 */
final class JdbcEventStore implements EventStore {
  /** Moves the counter on and returns its new value in one statement, where the database can. */
  private static final String ADVANCE_POSTGRESQL = """
      UPDATE ${table_prefix}event_counter SET last_sequence = last_sequence + ? WHERE provider_id = ?
      RETURNING last_sequence""";
  /** Moves the counter on; {@link #READ_COUNTER} then reads it, under the lock this took. */
  private static final String ADVANCE = """
      UPDATE ${table_prefix}event_counter SET last_sequence = last_sequence + ? WHERE provider_id = ?""";
  private static final String READ_COUNTER = """
      SELECT last_sequence FROM ${table_prefix}event_counter WHERE provider_id = ?""";
  private static final String INSERT = """
      INSERT INTO ${table_prefix}event (provider_id, event_sequence, event_type, occurred_at, actor_id,
        organization_id, share_id, before_state, after_state)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
  private static final String READ = """
      SELECT event_sequence, event_type, occurred_at, actor_id, organization_id, share_id, before_state, after_state
      FROM ${table_prefix}event WHERE provider_id = ? AND event_sequence > ?
      ORDER BY event_sequence LIMIT ?""";

  private final Statements statements;
  private final Dialect dialect;
  private final String advance;
  private final String readCounter;
  private final String insert;
  private final String read;

  JdbcEventStore(Statements statements, Dialect dialect, String prefix) {
    this.statements = statements;
    this.dialect = dialect;
    this.advance = TablePrefix.apply(prefix, dialect == Dialect.POSTGRESQL ? ADVANCE_POSTGRESQL : ADVANCE);
    this.readCounter = TablePrefix.apply(prefix, READ_COUNTER);
    this.insert = TablePrefix.apply(prefix, INSERT);
    this.read = TablePrefix.apply(prefix, READ);
  }

  @Override
  public void append(List<ChangeEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    ProviderId provider = events.get(0).providerId();
    for (ChangeEvent event : events) {
      if (!event.providerId().equals(provider)) {
        throw new IllegalArgumentException("events appended together must be of one provider: " + provider
            + " and " + event.providerId());
      }
    }
    long last = advance(provider, events.size());
    long first = last - events.size() + 1;
    // The sequence is allotted under the counter's lock: a duplicate is a broken counter, never a race to retry.
    statements.batch("recording events", insert, Statements.positions(events.size()), (i, p) -> {
      ChangeEvent event = events.get(i);
      p.text(provider.value()).number(first + i).text(event.type().name()).time(event.occurredAt())
          .text(event.actorId()).optionalText(event.organizationId().map(ConsumerOrganizationId::value))
          .optionalText(event.shareId().map(ShareId::value))
          .text(StateJson.encode(event.before())).text(StateJson.encode(event.after()));
    }, SqlErrors.OnDuplicate.BROKEN_INVARIANT);
  }

  /** Moves the provider's counter on by {@code count} and returns its new value; PostgreSQL does both at once. */
  private long advance(ProviderId provider, int count) {
    if (dialect == Dialect.POSTGRESQL) {
      return statements.first("numbering events", advance, p -> p.number(count).text(provider.value()),
          JdbcEventStore::lastSequence).orElseThrow(() -> noCounter(provider));
    }
    if (statements.update("numbering events", advance, p -> p.number(count).text(provider.value())) == 0) {
      throw noCounter(provider);
    }
    return statements.first("numbering events", readCounter, p -> p.text(provider.value()),
        JdbcEventStore::lastSequence).orElseThrow(() -> noCounter(provider));
  }

  private static IllegalStateException noCounter(ProviderId provider) {
    return new IllegalStateException("provider " + provider + " has no event counter: it was not registered"
        + " through the SDK");
  }

  @Override
  public List<RecordedEvent> read(ProviderId provider, long afterSequence, int limit) {
    return statements.list("reading the event log", read,
        p -> p.text(provider.value()).number(afterSequence).number(limit), row -> EventRows.event(provider, row));
  }

  private static long lastSequence(ResultSet row) throws SQLException {
    return row.getLong("last_sequence");
  }
}
