package org.consumerorgs.domain;


/** A share's id, unique within its provider. The host may use its own ids. */
public record ShareId(String value) {
  public ShareId {
    Identifiers.check("share id", value);
  }

  public static ShareId of(String value) {
    return new ShareId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
