package org.consumerorgs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeletionImpactTest {
  private static final Instant T = Instant.parse("2026-03-15T12:00:00Z");
  private static final ProviderId PROVIDER = ProviderId.of("acme-data");
  private static final ConsumerOrganization GLOBEX =
      new ConsumerOrganization(ConsumerOrganizationId.of("org-1"), PROVIDER, "Globex", 1, T, T);
  private static final Share GOLD = new Share(ShareId.of("gold"), PROVIDER, "Gold feed", T);
  private static final Share SILVER = new Share(ShareId.of("silver"), PROVIDER, "Silver feed", T);
  private static final YearMonth MARCH = YearMonth.of(2026, 3);
  private static final YearMonth APRIL = YearMonth.of(2026, 4);

  @Test
  void aPreviewOfAnUnlinkedOrganization() {
    DeletionImpact impact = new DeletionImpact(GLOBEX, List.of(),
        List.of(new MacEffect(MARCH, false, false), new MacEffect(APRIL, false, false)), true, false);
    assertEquals("\u201CGlobex\u201D is not linked to any share.", impact.summary());
  }

  @Test
  void aPreviewOfAnOrganizationLinkedToOneShare() {
    DeletionImpact impact = new DeletionImpact(GLOBEX, List.of(GOLD),
        List.of(new MacEffect(MARCH, true, true), new MacEffect(APRIL, true, false)), true, false);
    assertEquals("Deleting \u201CGlobex\u201D removes it from 1 share: Gold feed."
        + " It still counts toward Monthly Active Consumers for March 2026."
        + " It no longer counts toward Monthly Active Consumers for April 2026.", impact.summary());
  }

  @Test
  void aDeletionFromSeveralShares() {
    DeletionImpact impact = new DeletionImpact(GLOBEX, List.of(GOLD, SILVER),
        List.of(new MacEffect(MARCH, true, false), new MacEffect(APRIL, true, false)), true, true);
    assertEquals("\u201CGlobex\u201D was deleted and removed from 2 shares: Gold feed, Silver feed."
        + " It no longer counts toward Monthly Active Consumers for March 2026."
        + " It no longer counts toward Monthly Active Consumers for April 2026.", impact.summary());
  }

  @Test
  void aDeletionOfAnOrganizationThatStillCountsThisMonth() {
    DeletionImpact impact = new DeletionImpact(GLOBEX, List.of(),
        List.of(new MacEffect(MARCH, true, true), new MacEffect(APRIL, false, false)), true, true);
    assertEquals("\u201CGlobex\u201D was deleted; it was not linked to any share."
        + " It still counts toward Monthly Active Consumers for March 2026.", impact.summary());
  }

  @Test
  void aPreviewTheRefusingPolicyWouldRefuse() {
    DeletionImpact impact = new DeletionImpact(GLOBEX, List.of(GOLD, SILVER),
        List.of(new MacEffect(MARCH, true, true), new MacEffect(APRIL, true, false)), false, false);
    assertEquals("\u201CGlobex\u201D cannot be deleted while it is linked to 2 shares: Gold feed, Silver feed."
        + " Remove it from them first.", impact.summary());
  }

  @Test
  void aDeletionThePolicyRefusedCannotHaveHappened() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new DeletionImpact(GLOBEX, List.of(GOLD), List.of(), false, true));
  }

  @Test
  void theImpactCannotBeChangedAfterwards() {
    List<Share> shares = new ArrayList<>(List.of(GOLD));
    DeletionImpact impact = new DeletionImpact(GLOBEX, shares, List.of(), true, true);
    shares.add(SILVER);
    assertEquals(List.of(GOLD), impact.sharesLosingAccess());
  }
}
