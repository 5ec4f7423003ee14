package org.consumerorgs.domain;

/**
 * The host's own key for a consumer organization, such as its id in the host's CRM or billing system, so that a host
 * keeping its records in step can find the organization without remembering the SDK's id. Optional; unique among the
 * live organizations of a provider and compared exactly (case and every character count), because it is another
 * system's key, not a name a person reads. A deleted organization frees it.
 */
public record ExternalId(String value) {
  /**
   * Checks the value: like every id, it travels in URLs, logs and SQL keys.
   *
   * @param value the id as the host's system spells it
   * @throws IllegalArgumentException unless the value is 1 to 64 characters of printable ASCII without spaces
   */
  public ExternalId {
    Identifiers.check("external id", value);
  }

  /**
   * The external id {@code value}.
   *
   * @param value the id as the host's system spells it
   * @return the id
   * @throws IllegalArgumentException unless the value is 1 to 64 characters of printable ASCII without spaces
   */
  public static ExternalId of(String value) {
    return new ExternalId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
