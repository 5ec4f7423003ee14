package org.consumerorgs.domain;


/** A provider's id, chosen by the host (its own tenant id is a good choice). */
public record ProviderId(String value) {
  public ProviderId {
    Identifiers.check("provider id", value);
  }

  public static ProviderId of(String value) {
    return new ProviderId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
