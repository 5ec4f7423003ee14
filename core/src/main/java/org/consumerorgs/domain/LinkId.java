package org.consumerorgs.domain;


/** The id of one link: one stretch of time during which an organization had access to a share. */
public record LinkId(String value) {
  public LinkId {
    Identifiers.check("link id", value);
  }

  public static LinkId of(String value) {
    return new LinkId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
