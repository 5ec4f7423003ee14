package org.consumerorgs.chaos;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import javax.sql.DataSource;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.Page;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.domain.Share;

/**
 * What the store holds after the run, read on fresh connections: through the SDK (live organizations, live shares
 * and their consumers, the whole event log) and, for what the API does not show, with SQL on the adapter's tables
 * (the provider's event counter, every open link whatever the state of its organization and share).
 */
record StoreSnapshot(
    List<ConsumerOrganization> organizations,
    List<Share> shares,
    Map<String, Set<String>> consumersByShare,
    List<RecordedEvent> events,
    long counter,
    Set<String> openLinks,
    List<String> openLinksToDeleted) {

  private static final int PAGE = 200;

  static StoreSnapshot read(ConsumerOrgs sdk, DataSource direct, String tablePrefix, ProviderId provider)
      throws SQLException {
    Actor reader = Actor.ofProvider(provider, "chaos-checker");
    List<ConsumerOrganization> organizations = all(page -> sdk.organizations().list(reader, page));
    List<Share> shares = all(page -> sdk.shares().list(reader, page));
    Map<String, Set<String>> consumers = new TreeMap<>();
    for (Share share : shares) {
      Set<String> ids = new HashSet<>();
      all(page -> sdk.shares().consumers(reader, share.id(), page)).forEach(org -> ids.add(org.id().value()));
      consumers.put(share.id().value(), ids);
    }
    List<RecordedEvent> events = events(sdk, reader);
    try (Connection connection = direct.getConnection()) {
      return new StoreSnapshot(organizations, shares, consumers, events,
          counter(connection, tablePrefix, provider), openLinks(connection, tablePrefix, provider),
          openLinksToDeleted(connection, tablePrefix, provider));
    }
  }

  private static <T> List<T> all(Function<PageRequest, Page<T>> read) {
    List<T> items = new ArrayList<>();
    PageRequest request = PageRequest.first(PAGE);
    while (true) {
      Page<T> page = read.apply(request);
      items.addAll(page.items());
      if (!page.hasNext()) {
        return items;
      }
      request = page.next(PAGE).orElseThrow();
    }
  }

  private static List<RecordedEvent> events(ConsumerOrgs sdk, Actor reader) {
    List<RecordedEvent> all = new ArrayList<>();
    long after = 0;
    while (true) {
      List<RecordedEvent> page = sdk.events().read(reader, after, 1000);
      if (page.isEmpty()) {
        return all;
      }
      all.addAll(page);
      long last = page.get(page.size() - 1).sequence();
      if (last <= after) {
        throw new AssertionError("reading events after " + after + " returned sequence " + last);
      }
      after = last;
    }
  }

  private static long counter(Connection connection, String prefix, ProviderId provider) throws SQLException {
    List<String> rows = query(connection, "SELECT last_sequence FROM " + prefix + "event_counter"
        + " WHERE provider_id = ?", provider, rs -> Long.toString(rs.getLong(1)));
    if (rows.size() != 1) {
      throw new AssertionError("the provider has " + rows.size() + " event counter rows");
    }
    return Long.parseLong(rows.get(0));
  }

  private static Set<String> openLinks(Connection connection, String prefix, ProviderId provider)
      throws SQLException {
    return new HashSet<>(query(connection, "SELECT share_id, organization_id FROM " + prefix + "link"
        + " WHERE provider_id = ? AND closed_at IS NULL", provider, rs -> rs.getString(1) + "/" + rs.getString(2)));
  }

  private static List<String> openLinksToDeleted(Connection connection, String prefix, ProviderId provider)
      throws SQLException {
    return query(connection, "SELECT l.share_id, l.organization_id, o.deleted_at, s.deleted_at"
        + " FROM " + prefix + "link l"
        + " JOIN " + prefix + "organization o ON o.provider_id = l.provider_id AND o.organization_id = l.organization_id"
        + " JOIN " + prefix + "share s ON s.provider_id = l.provider_id AND s.share_id = l.share_id"
        + " WHERE l.provider_id = ? AND l.closed_at IS NULL"
        + " AND (o.deleted_at IS NOT NULL OR s.deleted_at IS NOT NULL)", provider,
        rs -> rs.getString(1) + "/" + rs.getString(2) + " (organization deleted at " + rs.getObject(3)
            + ", share deleted at " + rs.getObject(4) + ")");
  }

  private interface Row {
    String read(ResultSet rs) throws SQLException;
  }

  private static List<String> query(Connection connection, String sql, ProviderId provider, Row row)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, provider.value());
      try (ResultSet rs = statement.executeQuery()) {
        List<String> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(row.read(rs));
        }
        return rows;
      }
    }
  }
}
