package org.consumerorgs.domain;


/** A provider's id, chosen by the host (its own tenant id is a good choice). */
public record ProviderId(String value) {
  /**
   * Checks the value: ids travel in URLs, logs and SQL keys, so they keep to a safe alphabet.
   *
   * @param value the id as stored and shown
   * @throws IllegalArgumentException unless the value is 1 to 64 characters of printable ASCII without spaces
   */
  public ProviderId {
    Identifiers.check("provider id", value);
  }

  /**
   * The provider id {@code value}.
   *
   * @param value the id as stored and shown
   * @return the id
   * @throws IllegalArgumentException unless the value is 1 to 64 characters of printable ASCII without spaces
   */
  public static ProviderId of(String value) {
    return new ProviderId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
