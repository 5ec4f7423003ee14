package org.consumerorgs.domain;


/** A share's id, unique within its provider. The host may use its own ids. */
public record ShareId(String value) {
  /**
   * Checks the value: ids travel in URLs, logs and SQL keys, so they keep to a safe alphabet.
   *
   * @param value the id as stored and shown
   * @throws IllegalArgumentException unless the value is 1 to 64 characters of printable ASCII without spaces
   */
  public ShareId {
    Identifiers.check("share id", value);
  }

  /**
   * The share id {@code value}.
   *
   * @param value the id as stored and shown
   * @return the id
   * @throws IllegalArgumentException unless the value is 1 to 64 characters of printable ASCII without spaces
   */
  public static ShareId of(String value) {
    return new ShareId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
