package org.consumerorgs.domain;


/** The id of one link: one stretch of time during which an organization had access to a share. */
public record LinkId(String value) {
  /**
   * Checks the value: ids travel in URLs, logs and SQL keys, so they keep to a safe alphabet.
   *
   * @param value the id as stored and shown
   * @throws IllegalArgumentException unless the value is 1 to 64 characters of printable ASCII without spaces
   */
  public LinkId {
    Identifiers.check("link id", value);
  }

  /**
   * The link id {@code value}.
   *
   * @param value the id as stored and shown
   * @return the id
   * @throws IllegalArgumentException unless the value is 1 to 64 characters of printable ASCII without spaces
   */
  public static LinkId of(String value) {
    return new LinkId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
