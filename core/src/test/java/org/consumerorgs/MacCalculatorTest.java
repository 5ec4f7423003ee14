package org.consumerorgs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.consumerorgs.domain.ActiveConsumer;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.LinkId;
import org.consumerorgs.domain.MacEffect;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.domain.TimeWindow;
import org.consumerorgs.policy.MacDefinition;
import org.consumerorgs.spi.LinkedOrganization;
import org.junit.jupiter.api.Test;

class MacCalculatorTest {
  private static final YearMonth MARCH = YearMonth.of(2026, 3);
  private static final YearMonth APRIL = YearMonth.of(2026, 4);
  private static final Instant MID_MARCH = Instant.parse("2026-03-15T12:00:00Z");
  private static final MacCalculator ANY_TIME =
      new MacCalculator(MacDefinition.linkedAnyTimeInMonth(), ZoneOffset.UTC);
  private static final MacCalculator MONTH_END = new MacCalculator(MacDefinition.linkedAtMonthEnd(), ZoneOffset.UTC);

  @Test
  void byDefaultDeletingMidMonthKeepsItCountedThisMonthAndRemovesItNextMonth() {
    List<MacEffect> effects = ANY_TIME.effectsOfDeletion(List.of(link("2026-02-10T09:00:00Z", null)), MID_MARCH);
    assertEquals(List.of(new MacEffect(MARCH, true, true), new MacEffect(APRIL, true, false)), effects);
    assertEquals(List.of(0, -1), changes(effects));
  }

  @Test
  void byDefaultDeletingAnOrganizationWithoutOpenLinksChangesNothing() {
    List<MacEffect> effects =
        ANY_TIME.effectsOfDeletion(List.of(link("2026-03-02T00:00:00Z", "2026-03-05T00:00:00Z")), MID_MARCH);
    assertEquals(List.of(new MacEffect(MARCH, true, true), new MacEffect(APRIL, false, false)), effects);
    assertEquals(List.of(0, 0), changes(ANY_TIME.effectsOfDeletion(List.of(), MID_MARCH)));
  }

  @Test
  void aLinkOpenedTheInstantOfTheDeletionNeverGaveAccess() {
    List<MacEffect> effects = ANY_TIME.effectsOfDeletion(List.of(link(MID_MARCH.toString(), null)), MID_MARCH);
    assertEquals(List.of(-1, -1), changes(effects));
  }

  @Test
  void atMonthEndDeletingRemovesItFromThisMonthAlready() {
    List<MacEffect> effects = MONTH_END.effectsOfDeletion(List.of(link("2026-02-10T09:00:00Z", null)), MID_MARCH);
    assertEquals(List.of(new MacEffect(MARCH, true, false), new MacEffect(APRIL, true, false)), effects);
    assertEquals(List.of(-1, -1), changes(effects));
  }

  @Test
  void atMonthEndALinkClosedEarlierInTheMonthNeverCounted() {
    List<MacEffect> effects =
        MONTH_END.effectsOfDeletion(List.of(link("2026-03-02T00:00:00Z", "2026-03-05T00:00:00Z")), MID_MARCH);
    assertEquals(List.of(new MacEffect(MARCH, false, false), new MacEffect(APRIL, false, false)), effects);
  }

  @Test
  void theAffectedMonthsAreTheCurrentAndNextInTheBillingZone() {
    Instant lateOnMarch31Utc = Instant.parse("2026-03-31T22:30:00Z"); // already April 1st in Paris
    assertEquals(List.of(MARCH, APRIL), ANY_TIME.affectedMonths(lateOnMarch31Utc));
    assertEquals(List.of(APRIL, YearMonth.of(2026, 5)),
        new MacCalculator(MacDefinition.linkedAnyTimeInMonth(), ZoneId.of("Europe/Paris"))
            .affectedMonths(lateOnMarch31Utc));
    assertEquals(List.of(YearMonth.of(2026, 12), YearMonth.of(2027, 1)),
        ANY_TIME.affectedMonths(Instant.parse("2026-12-31T23:59:59Z")));
  }

  @Test
  void theDeletionHorizonCoversEveryWindowLookedAt() {
    assertEquals(new TimeWindow(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-05-01T00:00:00Z")),
        ANY_TIME.deletionHorizon(MID_MARCH));
    assertEquals(new TimeWindow(Instant.parse("2026-03-31T23:59:59.999999Z"), Instant.parse("2026-05-01T00:00:00Z")),
        MONTH_END.deletionHorizon(MID_MARCH));
  }

  @Test
  void aHostDefinitionOnlySeesLinksThatIntersectTheWindow() {
    List<List<Link>> seen = new ArrayList<>();
    MacDefinition aWeekOrMore = new MacDefinition() {
      @Override
      public String description() {
        return "linked for at least a week of the month";
      }

      @Override
      public TimeWindow window(YearMonth month, ZoneId zone) {
        return MacDefinition.linkedAnyTimeInMonth().window(month, zone);
      }

      @Override
      public List<Link> evidence(List<Link> links, TimeWindow window) {
        seen.add(links);
        return links.stream().filter(l -> Duration.between(max(l.openedAt(), window.start()),
            min(l.closedAt().orElse(window.end()), window.end())).toDays() >= 7).toList();
      }
    };
    MacCalculator calculator = new MacCalculator(aWeekOrMore, ZoneOffset.UTC);
    TimeWindow march = aWeekOrMore.window(MARCH, ZoneOffset.UTC);
    Link february = link("2026-02-01T00:00:00Z", "2026-02-20T00:00:00Z");
    Link threeDays = link("2026-03-01T00:00:00Z", "2026-03-04T00:00:00Z");
    Link tenDays = link("2026-03-10T00:00:00Z", "2026-03-20T00:00:00Z");

    assertEquals(List.of(tenDays), calculator.evidence(List.of(february, threeDays, tenDays), march));
    assertEquals(List.of(List.of(threeDays, tenDays)), seen);
    assertEquals(List.of(), calculator.evidence(List.of(february), march));
    assertEquals(1, seen.size(), "a definition is not asked about an organization without links in the window");
  }

  @Test
  void anActiveConsumerShowsItsEvidenceByOpeningTimeThenShareHoweverTheStoreHandedIt() {
    TimeWindow march = MacDefinition.linkedAnyTimeInMonth().window(MARCH, ZoneOffset.UTC);
    Link silverAtTen = link("silver", "2026-03-10T00:00:00Z", null);
    Link goldAtTen = link("gold", "2026-03-10T00:00:00Z", "2026-03-12T00:00:00Z");
    Link goldInFebruary = link("gold", "2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z"); // ends as March starts
    Link goldAtTwo = link("gold", "2026-03-02T00:00:00Z", "2026-03-05T00:00:00Z");
    Optional<Instant> deleted = Optional.of(Instant.parse("2026-04-02T00:00:00Z"));

    Optional<ActiveConsumer> active = ANY_TIME.activeConsumer(new LinkedOrganization(ConsumerOrganizationId.of("org-1"),
        "Globex", "globex", deleted, List.of(silverAtTen, goldInFebruary, goldAtTen, goldAtTwo)), march);

    assertEquals(Optional.of(new ActiveConsumer(ConsumerOrganizationId.of("org-1"), "Globex", deleted,
        List.of(goldAtTwo, goldAtTen, silverAtTen))), active);
  }

  @Test
  void anOrganizationWhoseLinksMakeItNotCountIsNoActiveConsumer() {
    TimeWindow marchEnd = MacDefinition.linkedAtMonthEnd().window(MARCH, ZoneOffset.UTC);
    LinkedOrganization leftEarly = new LinkedOrganization(ConsumerOrganizationId.of("org-1"), "Globex", "globex",
        Optional.empty(), List.of(link("2026-03-02T00:00:00Z", "2026-03-05T00:00:00Z")));

    assertEquals(Optional.empty(), MONTH_END.activeConsumer(leftEarly, marchEnd));
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static List<Integer> changes(List<MacEffect> effects) {
    return effects.stream().map(MacEffect::change).toList();
  }

  private static int counter;

  private static Link link(String opened, String closed) {
    return link("gold", opened, closed);
  }

  private static Link link(String share, String opened, String closed) {
    return new Link(LinkId.of("link-" + (++counter)), ProviderId.of("p"), ShareId.of(share),
        ConsumerOrganizationId.of("org-1"), Instant.parse(opened), Optional.ofNullable(closed).map(Instant::parse));
  }
}
