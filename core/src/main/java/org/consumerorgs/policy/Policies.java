package org.consumerorgs.policy;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Every rule a host can configure, with sane defaults: names longer than 2 and at most 200 characters, deleting a
 * linked organization allowed with its impact reported, an organization active in a month if it was linked at any
 * moment of it, months counted in UTC.
 */
public record Policies(
    NamingPolicy naming,
    NamingPolicy shareNaming,
    DeletionPolicy deletion,
    MacDefinition macDefinition,
    ZoneId billingZone) {

  public Policies {
    requireNonNull(naming, "naming");
    requireNonNull(shareNaming, "shareNaming");
    requireNonNull(deletion, "deletion");
    requireNonNull(macDefinition, "macDefinition");
    requireNonNull(billingZone, "billingZone");
  }

  public static Policies defaults() {
    return new Policies(NamingPolicy.defaults(), NamingPolicy.withLengths(1, NamingPolicy.DEFAULT_MAX_LENGTH),
        DeletionPolicy.ALLOW_WITH_IMPACT, MacDefinition.linkedAnyTimeInMonth(), ZoneOffset.UTC);
  }

  public Policies withNaming(NamingPolicy naming) {
    return new Policies(naming, shareNaming, deletion, macDefinition, billingZone);
  }

  /** Shares follow the same white space and character rules; by default any non-empty name up to 200 characters. */
  public Policies withShareNaming(NamingPolicy shareNaming) {
    return new Policies(naming, shareNaming, deletion, macDefinition, billingZone);
  }

  public Policies withDeletion(DeletionPolicy deletion) {
    return new Policies(naming, shareNaming, deletion, macDefinition, billingZone);
  }

  public Policies withMacDefinition(MacDefinition macDefinition) {
    return new Policies(naming, shareNaming, deletion, macDefinition, billingZone);
  }

  public Policies withBillingZone(ZoneId billingZone) {
    return new Policies(naming, shareNaming, deletion, macDefinition, billingZone);
  }
}
