package org.consumerorgs.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PoliciesTest {
  private static final Policies DEFAULTS = Policies.defaults();

  @Test
  void theDefaultsAreTheOnesTheDesignAsksFor() {
    assertSame(NamingPolicy.defaults(), DEFAULTS.naming());
    assertEquals(3, DEFAULTS.naming().minLength());
    assertEquals(200, DEFAULTS.naming().maxLength());
    assertEquals(1, DEFAULTS.shareNaming().minLength(), "any non-empty share name");
    assertEquals(200, DEFAULTS.shareNaming().maxLength());
    assertEquals(DeletionPolicy.ALLOW_WITH_IMPACT, DEFAULTS.deletion());
    assertSame(MacDefinition.linkedAnyTimeInMonth(), DEFAULTS.macDefinition());
    assertEquals(ZoneOffset.UTC, DEFAULTS.billingZone());
  }

  @Test
  void eachWitherChangesOnlyItsOwnSetting() {
    NamingPolicy naming = NamingPolicy.withLengths(2, 50);
    NamingPolicy shareNaming = NamingPolicy.withLengths(4, 40);
    ZoneId paris = ZoneId.of("Europe/Paris");

    assertEquals(new Policies(naming, DEFAULTS.shareNaming(), DEFAULTS.deletion(), DEFAULTS.macDefinition(),
        DEFAULTS.billingZone()), DEFAULTS.withNaming(naming));
    assertEquals(new Policies(DEFAULTS.naming(), shareNaming, DEFAULTS.deletion(), DEFAULTS.macDefinition(),
        DEFAULTS.billingZone()), DEFAULTS.withShareNaming(shareNaming));
    assertEquals(new Policies(DEFAULTS.naming(), DEFAULTS.shareNaming(), DeletionPolicy.REFUSE_WHILE_LINKED,
        DEFAULTS.macDefinition(), DEFAULTS.billingZone()), DEFAULTS.withDeletion(DeletionPolicy.REFUSE_WHILE_LINKED));
    assertEquals(new Policies(DEFAULTS.naming(), DEFAULTS.shareNaming(), DEFAULTS.deletion(),
        MacDefinition.linkedAtMonthEnd(), DEFAULTS.billingZone()),
        DEFAULTS.withMacDefinition(MacDefinition.linkedAtMonthEnd()));
    assertEquals(new Policies(DEFAULTS.naming(), DEFAULTS.shareNaming(), DEFAULTS.deletion(),
        DEFAULTS.macDefinition(), paris), DEFAULTS.withBillingZone(paris));
  }

  @Test
  void withersLeaveTheOriginalAsItWas() {
    Policies changed = DEFAULTS.withDeletion(DeletionPolicy.REFUSE_WHILE_LINKED).withBillingZone(ZoneId.of("Asia/Tokyo"));
    assertEquals(DeletionPolicy.REFUSE_WHILE_LINKED, changed.deletion());
    assertEquals(ZoneId.of("Asia/Tokyo"), changed.billingZone());
    assertEquals(DeletionPolicy.ALLOW_WITH_IMPACT, DEFAULTS.deletion());
    assertEquals(ZoneOffset.UTC, DEFAULTS.billingZone());
  }

  @Test
  void policiesWithTheSameSettingsAreEqual() {
    // Policies is a record: a host comparing or caching configurations expects value equality all the way down.
    assertEquals(NamingPolicy.withLengths(2, 50), NamingPolicy.withLengths(2, 50));
    assertEquals(NamingPolicy.withLengths(2, 50).hashCode(), NamingPolicy.withLengths(2, 50).hashCode());
    assertEquals(Policies.defaults(), Policies.defaults());
  }

  @Test
  void everySettingIsRequired() {
    assertNamed("naming", () -> DEFAULTS.withNaming(null));
    assertNamed("shareNaming", () -> DEFAULTS.withShareNaming(null));
    assertNamed("deletion", () -> DEFAULTS.withDeletion(null));
    assertNamed("macDefinition", () -> DEFAULTS.withMacDefinition(null));
    assertNamed("billingZone", () -> DEFAULTS.withBillingZone(null));
  }

  private static void assertNamed(String setting, Runnable call) {
    NullPointerException e = assertThrows(NullPointerException.class, call::run);
    assertTrue(e.getMessage().contains(setting), e.getMessage());
  }
}
