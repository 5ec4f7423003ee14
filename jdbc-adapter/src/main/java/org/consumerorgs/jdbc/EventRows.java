package org.consumerorgs.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.consumerorgs.domain.ChangeEvent;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.EventType;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.domain.ShareId;

/**
 * Reads events from result rows, by column name: {@code event_sequence, event_type, occurred_at, actor_id,
 * organization_id, share_id, before_state, after_state}.
 */
final class EventRows {
  private EventRows() {}

  /** The event of the row, with its number. */
  static RecordedEvent event(ProviderId provider, ResultSet row) throws SQLException {
    ChangeEvent event = new ChangeEvent(provider, EventType.valueOf(row.getString("event_type")),
        Micros.toInstant(row.getLong("occurred_at")), row.getString("actor_id"),
        Optional.ofNullable(row.getString("organization_id")).map(ConsumerOrganizationId::new),
        Optional.ofNullable(row.getString("share_id")).map(ShareId::new),
        StateJson.decode(row.getString("before_state")), StateJson.decode(row.getString("after_state")));
    return new RecordedEvent(row.getLong("event_sequence"), event);
  }
}
