package org.consumerorgs.jdbc;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.ShareId;

/** Id collections as the distinct strings an {@code IN (...)} list binds. */
final class IdLists {
  private IdLists() {}

  static Set<String> shares(Collection<ShareId> ids) {
    Set<String> values = new LinkedHashSet<>();
    ids.forEach(id -> values.add(id.value()));
    return values;
  }

  static Set<String> organizations(Collection<ConsumerOrganizationId> ids) {
    Set<String> values = new LinkedHashSet<>();
    ids.forEach(id -> values.add(id.value()));
    return values;
  }
}
