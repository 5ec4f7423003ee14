package org.consumerorgs.spi;

import static java.util.Objects.requireNonNull;

/**
 * A position in a list sorted by name: the {@code sortKey} (a {@link org.consumerorgs.domain.NormalizedName#searchKey()})
 * and the id that breaks ties. Lists are ordered by {@code sortKey}, then {@code id}, both compared by Unicode code
 * point (binary UTF-8 order, {@code COLLATE "C"} in SQL).
 */
public record Keyset(String sortKey, String id) {
  public Keyset {
    requireNonNull(sortKey, "sortKey");
    requireNonNull(id, "id");
  }
}
