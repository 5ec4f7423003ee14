package org.consumerorgs.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.consumerorgs.domain.ChangeEvent;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.EventType;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.spi.EventStore;

/**
 * Events are numbered from the provider's counter row, which the appending transaction holds locked until it ends:
 * a later transaction numbers after it, so the sequence has no gaps in commit order.
 */
final class JdbcEventStore implements EventStore {
  private final Statements statements;
  private final Dialect dialect;
  private final String advance;
  private final String readCounter;
  private final String insert;
  private final String read;

  JdbcEventStore(Statements statements, Dialect dialect, String prefix) {
    this.statements = statements;
    this.dialect = dialect;
    this.advance = TablePrefix.apply(prefix,
        "UPDATE ${table_prefix}event_counter SET last_sequence = last_sequence + ? WHERE provider_id = ?");
    this.readCounter = TablePrefix.apply(prefix,
        "SELECT last_sequence FROM ${table_prefix}event_counter WHERE provider_id = ?");
    this.insert = TablePrefix.apply(prefix, """
        INSERT INTO ${table_prefix}event (provider_id, event_sequence, event_type, occurred_at, actor_id,
          organization_id, share_id, before_state, after_state)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
    this.read = TablePrefix.apply(prefix, """
        SELECT event_sequence, event_type, occurred_at, actor_id, organization_id, share_id, before_state, after_state
        FROM ${table_prefix}event WHERE provider_id = ? AND event_sequence > ?
        ORDER BY event_sequence LIMIT ?""");
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
      return statements.first("numbering events", advance + " RETURNING last_sequence",
              p -> p.number(count).text(provider.value()), row -> row.getLong(1))
          .orElseThrow(() -> noCounter(provider));
    }
    if (statements.update("numbering events", advance, p -> p.number(count).text(provider.value())) == 0) {
      throw noCounter(provider);
    }
    return statements.first("numbering events", readCounter, p -> p.text(provider.value()), row -> row.getLong(1))
        .orElseThrow(() -> noCounter(provider));
  }

  private static IllegalStateException noCounter(ProviderId provider) {
    return new IllegalStateException("provider " + provider + " has no event counter: it was not registered"
        + " through the SDK");
  }

  @Override
  public List<RecordedEvent> read(ProviderId provider, long afterSequence, int limit) {
    return statements.list("reading the event log", read,
        p -> p.text(provider.value()).number(afterSequence).number(limit), row -> event(provider, row));
  }

  private static RecordedEvent event(ProviderId provider, ResultSet row) throws SQLException {
    String organization = row.getString(5);
    String share = row.getString(6);
    ChangeEvent event = new ChangeEvent(provider, EventType.valueOf(row.getString(2)),
        Micros.toInstant(row.getLong(3)), row.getString(4),
        Optional.ofNullable(organization).map(ConsumerOrganizationId::new),
        Optional.ofNullable(share).map(ShareId::new),
        StateJson.decode(row.getString(7)), StateJson.decode(row.getString(8)));
    return new RecordedEvent(row.getLong(1), event);
  }

}
