package org.consumerorgs.spi;

import static java.util.Objects.requireNonNull;

/**
 * A position in a list sorted by name: the {@code sortKey} (a
 * {@link org.consumerorgs.domain.NormalizedName#searchKey()}) and the id that breaks ties. Lists are ordered by
 * {@code sortKey}, then {@code id}, both compared by Unicode code point (binary UTF-8 order, {@code COLLATE "C"} in
 * SQL).
 *
 * <p>A store whose indexes cannot hold a whole search key (folded keys of long names can run to thousands of
 * characters) may use a prefix of it instead, the same length for every name, as long as it orders, pages and
 * answers with that prefix consistently. Names whose search keys share that prefix then follow each other by id;
 * the JDBC adapter keeps 200 characters.
 */
public record Keyset(String sortKey, String id) {
  /**
   * Checks that no field is null.
   *
   * @param sortKey the search key, or the fixed-length prefix of it the store sorts on
   * @param id the id that breaks ties
   */
  public Keyset {
    requireNonNull(sortKey, "sortKey");
    requireNonNull(id, "id");
  }
}
