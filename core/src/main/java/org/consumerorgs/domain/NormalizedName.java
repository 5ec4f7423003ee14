package org.consumerorgs.domain;

import static java.util.Objects.requireNonNull;

/**
 * A name that passed the naming policy, with the two keys derived from it.
 *
 * <p>Only {@link org.consumerorgs.policy.NamingPolicy#check(String)} makes these for names a person typed; adapters
 * receive them on writes and persist all three parts, so that the database can enforce uniqueness on
 * {@code uniquenessKey} and sort and search on {@code searchKey}.
 *
 * @param value what people see: trimmed, inner white space collapsed to one space, NFC
 * @param uniquenessKey NFKC case fold of {@code value}: two live organizations of a provider never share it
 * @param searchKey {@code uniquenessKey} without accents: what search and sorting compare
 */
public record NormalizedName(String value, String uniquenessKey, String searchKey) {
  /**
   * Checks that no field is null.
   *
   * @param value what people see: trimmed, inner white space collapsed to one space, NFC
   * @param uniquenessKey NFKC case fold of {@code value}: two live organizations of a provider never share it
   * @param searchKey {@code uniquenessKey} without accents: what search and sorting compare
   */
  public NormalizedName {
    requireNonNull(value, "value");
    requireNonNull(uniquenessKey, "uniquenessKey");
    requireNonNull(searchKey, "searchKey");
  }

  @Override
  public String toString() {
    return value;
  }
}
