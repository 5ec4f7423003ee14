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

  /**
   * Checks that no policy is null.
   *
   * @param naming the rules organization names follow
   * @param shareNaming the rules share names follow
   * @param deletion whether a linked organization may be deleted
   * @param macDefinition what makes an organization count in a month
   * @param billingZone where billing months begin and end
   */
  public Policies {
    requireNonNull(naming, "naming");
    requireNonNull(shareNaming, "shareNaming");
    requireNonNull(deletion, "deletion");
    requireNonNull(macDefinition, "macDefinition");
    requireNonNull(billingZone, "billingZone");
  }

  /** {@return the default policies, as this type describes them} */
  public static Policies defaults() {
    return new Policies(NamingPolicy.defaults(), NamingPolicy.withLengths(1, NamingPolicy.DEFAULT_MAX_LENGTH),
        DeletionPolicy.ALLOW_WITH_IMPACT, MacDefinition.linkedAnyTimeInMonth(), ZoneOffset.UTC);
  }

  /**
   * The rules organization names follow. Default: {@link NamingPolicy#defaults()}.
   *
   * @param naming the naming policy
   * @return a copy of these policies with it
   */
  public Policies withNaming(NamingPolicy naming) {
    return new Policies(naming, shareNaming, deletion, macDefinition, billingZone);
  }

  /**
   * Shares follow the same white space and character rules; by default any non-empty name up to 200 characters.
   *
   * @param shareNaming the naming policy for share names
   * @return a copy of these policies with it
   */
  public Policies withShareNaming(NamingPolicy shareNaming) {
    return new Policies(naming, shareNaming, deletion, macDefinition, billingZone);
  }

  /**
   * Whether a linked organization may be deleted. Default: {@link DeletionPolicy#ALLOW_WITH_IMPACT}.
   *
   * @param deletion the deletion policy
   * @return a copy of these policies with it
   */
  public Policies withDeletion(DeletionPolicy deletion) {
    return new Policies(naming, shareNaming, deletion, macDefinition, billingZone);
  }

  /**
   * What makes an organization count in a month. Default: {@link MacDefinition#linkedAnyTimeInMonth()}.
   *
   * @param macDefinition the definition
   * @return a copy of these policies with it
   */
  public Policies withMacDefinition(MacDefinition macDefinition) {
    return new Policies(naming, shareNaming, deletion, macDefinition, billingZone);
  }

  /**
   * Where billing months begin and end. Default: UTC.
   *
   * @param billingZone the time zone
   * @return a copy of these policies with it
   */
  public Policies withBillingZone(ZoneId billingZone) {
    return new Policies(naming, shareNaming, deletion, macDefinition, billingZone);
  }
}
