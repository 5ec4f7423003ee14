package org.consumerorgs.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.ShareId;

/**
 * Id collections as the {@code IN (...)} lists that bind them: distinct, in key order, and at most {@value #CHUNK} to
 * a list, so that a caller asking about very many ids stays under every database's parameter limit.
 *
 * <p>In key order because each list then reads one narrow stretch of the primary key index rather than pages all
 * over it: a Monthly Active Consumers report looks up the names of tens of thousands of organizations, and on
 * PostgreSQL 85,554 random organizations of a provider with 10^6 were found in about 630 ms sorted against 810 to
 * 970 ms in hash order. Rows are also locked in one order by every transaction that locks them this way.
 */
final class IdLists {
  static final int CHUNK = 1000;

  private IdLists() {}

  static List<List<String>> shares(Collection<ShareId> ids) {
    List<String> values = new ArrayList<>(ids.size());
    ids.forEach(id -> values.add(id.value()));
    return chunks(values);
  }

  static List<List<String>> organizations(Collection<ConsumerOrganizationId> ids) {
    List<String> values = new ArrayList<>(ids.size());
    ids.forEach(id -> values.add(id.value()));
    return chunks(values);
  }

  /** Sorted by {@link String#compareTo}, which is byte order for ids (printable ASCII): the key columns' order. */
  private static List<List<String>> chunks(List<String> ids) {
    Collections.sort(ids);
    List<String> distinct = new ArrayList<>(ids.size());
    for (String id : ids) {
      if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(id)) {
        distinct.add(id);
      }
    }
    List<List<String>> chunks = new ArrayList<>();
    for (int from = 0; from < distinct.size(); from += CHUNK) {
      chunks.add(distinct.subList(from, Math.min(distinct.size(), from + CHUNK)));
    }
    return chunks;
  }
}
