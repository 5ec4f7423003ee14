package org.consumerorgs.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.ShareId;

/**
 * Id collections as the {@code IN (...)} lists that bind them: distinct, and at most {@value #CHUNK} to a list, so
 * that a caller asking about very many ids stays under every database's parameter limit.
 */
final class IdLists {
  static final int CHUNK = 1000;

  private IdLists() {}

  static List<List<String>> shares(Collection<ShareId> ids) {
    Set<String> values = new LinkedHashSet<>();
    ids.forEach(id -> values.add(id.value()));
    return chunks(values);
  }

  static List<List<String>> organizations(Collection<ConsumerOrganizationId> ids) {
    Set<String> values = new LinkedHashSet<>();
    ids.forEach(id -> values.add(id.value()));
    return chunks(values);
  }

  private static List<List<String>> chunks(Set<String> ids) {
    List<String> all = new ArrayList<>(ids);
    List<List<String>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += CHUNK) {
      chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
    }
    return chunks;
  }
}
