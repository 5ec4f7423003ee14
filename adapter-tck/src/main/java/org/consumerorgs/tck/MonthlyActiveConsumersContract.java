package org.consumerorgs.tck;

import static org.consumerorgs.tck.Months.JANUARY;
import static org.consumerorgs.tck.Months.FEBRUARY;
import static org.consumerorgs.tck.Months.MARCH;
import static org.consumerorgs.tck.Months.APRIL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.consumerorgs.domain.ActiveConsumer;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.MacReport;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.domain.TimeWindow;
import org.consumerorgs.policy.MacDefinition;
import org.consumerorgs.policy.Policies;
import org.consumerorgs.spi.KeysetOrder;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Monthly Active Consumers, computed from link history: who counts under each definition and time zone, with the
 * links that make them count, unchanged by later deletes.
 */
public interface MonthlyActiveConsumersContract extends StorageFactory {

  private static MacReport report(ContractWorld world, YearMonth month) {
    return world.sdk.monthlyActiveConsumers().report(world.alice, month);
  }

  private static List<String> names(MacReport report) {
    return report.consumers().stream().map(ActiveConsumer::name).toList();
  }

  /** Links {@code org} to {@code share} from {@code from} until {@code to} (open when {@code to} is null). */
  private static void linkBetween(ContractWorld world, Share share, ConsumerOrganization org, String from,
      @Nullable String to) {
    world.clock.set(Instant.parse(from));
    world.link(share, org);
    if (to != null) {
      world.clock.set(Instant.parse(to));
      world.sdk.shares().removeConsumer(world.alice, share.id(), org.id());
    }
    world.clock.set(ContractWorld.START);
  }

  @Test
  default void anOrganizationLinkedDuringTheMonthCountsWithItsLinkAsEvidence() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    world.organization("Never linked");
    world.link(sales, globex);

    MacReport march = report(world, MARCH);

    assertEquals(1, march.count());
    ActiveConsumer active = march.consumers().get(0);
    assertEquals(globex.id(), active.organizationId());
    assertEquals("Globex", active.name());
    assertEquals(Optional.empty(), active.deletedAt());
    assertEquals(1, active.evidence().size());
    Link link = active.evidence().get(0);
    assertEquals(sales.id(), link.shareId());
    assertEquals(globex.id(), link.organizationId());
    assertEquals(ContractWorld.PROVIDER_A, link.providerId());
    assertEquals(ContractWorld.START, link.openedAt());
    assertEquals(Optional.empty(), link.closedAt());
  }

  @Test
  default void theReportDescribesWhatItCounted() {
    ContractWorld world = ContractWorld.create(this);

    MacReport march = report(world, MARCH);

    assertEquals(ContractWorld.PROVIDER_A, march.providerId());
    assertEquals(MARCH, march.month());
    assertEquals(ZoneOffset.UTC, march.zone());
    assertEquals(MacDefinition.linkedAnyTimeInMonth().description(), march.definition());
    assertEquals(new TimeWindow(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z")),
        march.window());
    assertEquals(0, march.count());
  }

  @Test
  default void anOrganizationLinkedBeforeTheMonthAndStillLinkedCounts() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    linkBetween(world, sales, globex, "2026-01-15T00:00:00Z", null);

    assertEquals(List.of("Globex"), names(report(world, FEBRUARY)));
    assertEquals(List.of("Globex"), names(report(world, MARCH)));
  }

  @Test
  default void anOrganizationRemovedBeforeTheMonthDoesNotCount() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    linkBetween(world, sales, globex, "2026-01-15T00:00:00Z", "2026-02-28T23:59:59.999999Z");

    assertEquals(List.of("Globex"), names(report(world, JANUARY)));
    assertEquals(List.of("Globex"), names(report(world, FEBRUARY)));
    assertEquals(List.of(), names(report(world, MARCH)));
  }

  @Test
  default void anOrganizationLinkedOnlyInAnotherMonthDoesNotCount() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization february = world.organization("February only");
    ConsumerOrganization april = world.organization("April only");
    linkBetween(world, sales, february, "2026-02-03T10:00:00Z", "2026-02-04T10:00:00Z");
    linkBetween(world, sales, april, "2026-04-03T10:00:00Z", "2026-04-04T10:00:00Z");

    assertEquals(List.of(), names(report(world, MARCH)));
    assertEquals(List.of("February only"), names(report(world, FEBRUARY)));
    assertEquals(List.of("April only"), names(report(world, APRIL)));
  }

  @Test
  default void monthBoundariesAreHalfOpen() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization endsAtStart = world.organization("Ends as March starts");
    ConsumerOrganization startsAtEnd = world.organization("Starts as April starts");
    ConsumerOrganization lastMicro = world.organization("Last microsecond of March");
    ConsumerOrganization firstMicro = world.organization("First microsecond of March");
    linkBetween(world, sales, endsAtStart, "2026-02-20T00:00:00Z", "2026-03-01T00:00:00Z");
    linkBetween(world, sales, startsAtEnd, "2026-04-01T00:00:00Z", "2026-04-02T00:00:00Z");
    linkBetween(world, sales, lastMicro, "2026-03-31T23:59:59.999999Z", "2026-04-01T00:00:01Z");
    linkBetween(world, sales, firstMicro, "2026-02-27T00:00:00Z", "2026-03-01T00:00:00.000001Z");

    assertEquals(List.of("First microsecond of March", "Last microsecond of March"), names(report(world, MARCH)));
    assertEquals(List.of("Ends as March starts", "First microsecond of March"), names(report(world, FEBRUARY)));
    assertEquals(List.of("Last microsecond of March", "Starts as April starts"), names(report(world, APRIL)));
  }

  @Test
  default void aLinkClosedTheInstantItOpenedCountsNowhere() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    world.link(sales, globex);
    world.sdk.shares().removeConsumer(world.alice, sales.id(), globex.id()); // same instant

    assertEquals(0, report(world, MARCH).count());
  }

  @Test
  default void anOrganizationCountsOnceWhateverItsLinks() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("s1", "Sales");
    Share marketing = world.share("s2", "Marketing");
    ConsumerOrganization globex = world.organization("Globex");
    world.link(sales, globex);
    world.tick();
    world.link(marketing, globex);
    world.tick();
    world.sdk.shares().removeConsumer(world.alice, sales.id(), globex.id());
    world.tick();
    world.link(sales, globex);

    MacReport march = report(world, MARCH);

    assertEquals(1, march.count());
    List<Link> evidence = march.consumers().get(0).evidence();
    assertEquals(3, evidence.size());
    assertEquals(List.of(sales.id(), marketing.id(), sales.id()), evidence.stream().map(Link::shareId).toList());
  }

  @Test
  default void activeConsumersAreSortedByName() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization zeta = world.organization("zeta");
    ConsumerOrganization emile = world.organization("\u00C9mile");
    ConsumerOrganization alpha = world.organization("Alpha");
    world.link(sales, zeta, emile, alpha);

    assertEquals(List.of("Alpha", "\u00C9mile", "zeta"), names(report(world, MARCH)));
  }

  /**
   * The report's order is the SDK's name order on every adapter: by the whole folded name (its search key), then by
   * id, both compared by code point. U+FA0E comes before an emoji, which UTF-16 order would put first; names that fold
   * alike follow each other by id; names whose folded forms agree on their first 200 characters (a store may sort
   * lists on such a prefix) are still ordered by the rest.
   */
  @Test
  default void activeConsumersAreInNameOrderByCodePointThenById() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    String sharps = "\u00DF".repeat(100); // folds to 200 's'
    List<ConsumerOrganization> longNames = new ArrayList<>();
    for (String last : List.of("d", "a", "f", "c", "e", "b")) {
      longNames.add(world.organization(sharps + last));
    }
    ConsumerOrganization emoji = world.organization("Zz \uD83D\uDE00");
    ConsumerOrganization cjk = world.organization("Zz \uFA0E");
    ConsumerOrganization acute = world.organization("\u00C9mile");
    ConsumerOrganization plain = world.organization("EMILE");
    world.link(sales, emoji, cjk, acute, plain);
    world.link(sales, longNames.toArray(ConsumerOrganization[]::new));

    List<ConsumerOrganization> expected = new ArrayList<>(List.of(acute, plain));
    expected.sort(Comparator.comparing(o -> o.id().value(), KeysetOrder.CODE_POINT_ORDER));
    longNames.sort(Comparator.comparing(ConsumerOrganization::name));
    expected.addAll(longNames);
    expected.add(cjk);
    expected.add(emoji);
    assertEquals(expected.stream().map(ConsumerOrganization::id).toList(),
        report(world, MARCH).consumers().stream().map(ActiveConsumer::organizationId).toList());
  }

  @Test
  default void organizationsOfOneNameAreReportedById() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization first = world.organization("Globex");
    world.link(sales, first);
    world.tick();
    world.sdk.organizations().delete(world.alice, first.id());
    ConsumerOrganization second = world.organization("Globex");
    world.link(sales, second);

    List<ConsumerOrganization> byId = new ArrayList<>(List.of(first, second));
    byId.sort(Comparator.comparing(o -> o.id().value(), KeysetOrder.CODE_POINT_ORDER));
    assertEquals(byId.stream().map(ConsumerOrganization::id).toList(),
        report(world, MARCH).consumers().stream().map(ActiveConsumer::organizationId).toList());
  }

  @Test
  default void anOrganizationRenamedAfterItsLinkClosedIsSortedAndShownUnderItsNewName() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization alpha = world.organization("Alpha");
    ConsumerOrganization mike = world.organization("Mike");
    world.link(sales, alpha, mike);
    world.tick();
    world.sdk.shares().removeConsumer(world.alice, sales.id(), alpha.id());
    world.tick();
    world.sdk.organizations().rename(world.alice, alpha.id(), 1, "Zulu");

    assertEquals(List.of("Mike", "Zulu"), names(report(world, MARCH)));
  }

  @Test
  default void evidenceIsInOpeningOrderThenByShare() {
    ContractWorld world = ContractWorld.create(this);
    Share bravo = world.share("share-b", "Bravo");
    Share alpha = world.share("share-a", "Alpha");
    Share charlie = world.share("share-c", "Charlie");
    ConsumerOrganization globex = world.organization("Globex");
    world.link(charlie, globex);
    world.tick();
    world.link(bravo, globex);
    world.link(alpha, globex); // the same instant as bravo's

    List<Link> evidence = report(world, MARCH).consumers().get(0).evidence();

    assertEquals(List.of(charlie.id(), alpha.id(), bravo.id()), evidence.stream().map(Link::shareId).toList());
  }

  /**
   * A host's own definition ("linked for a week or more of the month", in Paris time) is asked once per organization
   * with links in its window, with just those links in opening order, and its answer is the report.
   */
  @Test
  default void aHostsOwnDefinitionDecidesWhoCountsAndOnWhichLinks() {
    List<List<Link>> asked = new ArrayList<>();
    MacDefinition aWeekOrMore = new MacDefinition() {
      @Override
      public String description() {
        return "linked for a week or more of the month";
      }

      @Override
      public TimeWindow window(YearMonth month, ZoneId zone) {
        return MacDefinition.linkedAnyTimeInMonth().window(month, zone);
      }

      @Override
      public List<Link> evidence(List<Link> links, TimeWindow window) {
        asked.add(links);
        return links.stream().filter(link -> Duration.between(
            link.openedAt().isAfter(window.start()) ? link.openedAt() : window.start(),
            link.closedAt().filter(closed -> closed.isBefore(window.end())).orElse(window.end()))
            .compareTo(Duration.ofDays(7)) >= 0).toList();
      }
    };
    ZoneId paris = ZoneId.of("Europe/Paris");
    ContractWorld world = ContractWorld.create(this,
        Policies.defaults().withMacDefinition(aWeekOrMore).withBillingZone(paris));
    Share sales = world.share("sales");
    Share support = world.share("support");
    ConsumerOrganization week = world.organization("A week");
    ConsumerOrganization twoShortOnes = world.organization("Two short stays");
    ConsumerOrganization february = world.organization("February");
    linkBetween(world, support, week, "2026-03-02T00:00:00Z", "2026-03-04T00:00:00Z");
    linkBetween(world, sales, week, "2026-03-20T00:00:00Z", "2026-03-27T00:00:00Z");
    linkBetween(world, sales, twoShortOnes, "2026-03-02T00:00:00Z", "2026-03-06T00:00:00Z");
    linkBetween(world, sales, twoShortOnes, "2026-03-10T00:00:00Z", "2026-03-14T00:00:00Z");
    // ends at 00:30 on 1 March in Paris: in the window by 30 minutes
    linkBetween(world, sales, february, "2026-02-01T00:00:00Z", "2026-02-28T23:30:00Z");

    MacReport march = report(world, MARCH);

    assertEquals(List.of("A week"), names(march));
    assertEquals(List.of(Instant.parse("2026-03-20T00:00:00Z")),
        march.consumers().get(0).evidence().stream().map(Link::openedAt).toList());
    assertEquals("linked for a week or more of the month", march.definition());
    assertEquals(paris, march.zone());
    assertEquals(3, asked.size(), "asked once per organization with links in the window: " + asked);
    for (List<Link> links : asked) {
      assertEquals(1, links.stream().map(Link::organizationId).distinct().count(), "one organization: " + links);
      assertEquals(links.stream().sorted(Comparator.comparing(Link::openedAt)).toList(), links, "in opening order");
      assertTrue(links.stream().allMatch(link -> link.intersects(march.window())), "in the window: " + links);
    }
    assertEquals(List.of(2, 2, 1), asked.stream().map(List::size).sorted(Comparator.reverseOrder()).toList());
  }

  /** More links than a store reads in one round trip, so that an organization's links can straddle two. */
  @Test
  default void aReportOverManyOrganizationsCountsEachOnceWithAllItsLinks() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    Share support = world.share("support");
    AddConsumersRequest.Builder request = AddConsumersRequest.builder();
    int count = 700;
    for (int i = 0; i < count; i++) {
      request.newOrganization(String.format("Consumer %04d", (i * 337) % count));
    }
    List<ConsumerOrganization> created = world.sdk.shares().addConsumers(world.alice, sales.id(), request.build())
        .newlyLinked();
    world.tick();
    world.link(support, created.toArray(ConsumerOrganization[]::new));
    world.tick();
    for (int i = 0; i < count; i += 7) {
      world.sdk.shares().removeConsumer(world.alice, sales.id(), created.get(i).id());
    }
    world.tick();
    for (int i = 0; i < count; i += 7) {
      world.link(sales, created.get(i));
    }

    MacReport march = report(world, MARCH);

    List<String> expected = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      expected.add(String.format("Consumer %04d", i));
    }
    assertEquals(expected, names(march));
    for (ActiveConsumer consumer : march.consumers()) {
      int index = created.stream().map(ConsumerOrganization::id).toList().indexOf(consumer.organizationId());
      assertEquals(index % 7 == 0 ? 3 : 2, consumer.evidence().size(), consumer.name());
    }
  }

  @Test
  default void theMonthEndDefinitionCountsOnlyThoseLinkedAtTheMonthsLastMoment() {
    ContractWorld world = ContractWorld.create(this,
        Policies.defaults().withMacDefinition(MacDefinition.linkedAtMonthEnd()));
    Share sales = world.share("sales");
    ConsumerOrganization stays = world.organization("Stays");
    ConsumerOrganization leaves = world.organization("Leaves mid-month");
    ConsumerOrganization leavesAtMidnight = world.organization("Leaves at midnight");
    ConsumerOrganization leavesJustBefore = world.organization("Leaves a microsecond early");
    world.link(sales, stays, leaves);
    linkBetween(world, sales, leavesAtMidnight, "2026-03-20T00:00:00Z", "2026-04-01T00:00:00Z");
    linkBetween(world, sales, leavesJustBefore, "2026-03-20T00:00:00Z", "2026-03-31T23:59:59.999999Z");
    world.clock.set(Instant.parse("2026-03-15T00:00:00Z"));
    world.sdk.shares().removeConsumer(world.alice, sales.id(), leaves.id());

    MacReport march = report(world, MARCH);

    assertEquals(List.of("Leaves at midnight", "Stays"), names(march));
    assertEquals(MacDefinition.linkedAtMonthEnd().description(), march.definition());
    assertEquals(new TimeWindow(Instant.parse("2026-03-31T23:59:59.999999Z"), Instant.parse("2026-04-01T00:00:00Z")),
        march.window());
    // the same history under the default definition, through the report overload
    MacReport anyTime = world.sdk.monthlyActiveConsumers().report(world.alice, MARCH,
        MacDefinition.linkedAnyTimeInMonth(), ZoneOffset.UTC);
    assertEquals(List.of("Leaves a microsecond early", "Leaves at midnight", "Leaves mid-month", "Stays"),
        names(anyTime));
  }

  @Test
  default void theBillingTimeZoneDecidesWhichMonthALinkFallsIn() {
    ContractWorld world = ContractWorld.create(this,
        Policies.defaults().withBillingZone(ZoneId.of("America/New_York")));
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    // 1 April 02:00 to 03:00 UTC is 31 March 22:00 to 23:00 in New York
    linkBetween(world, sales, globex, "2026-04-01T02:00:00Z", "2026-04-01T03:00:00Z");

    assertEquals(List.of("Globex"), names(report(world, MARCH)));
    assertEquals(List.of(), names(report(world, APRIL)));
    assertEquals(ZoneId.of("America/New_York"), report(world, MARCH).zone());

    MacReport utcMarch = world.sdk.monthlyActiveConsumers().report(world.alice, MARCH,
        MacDefinition.linkedAnyTimeInMonth(), ZoneOffset.UTC);
    MacReport utcApril = world.sdk.monthlyActiveConsumers().report(world.alice, APRIL,
        MacDefinition.linkedAnyTimeInMonth(), ZoneOffset.UTC);
    assertEquals(List.of(), names(utcMarch));
    assertEquals(List.of("Globex"), names(utcApril));
  }

  @Test
  default void theMonthsWindowFollowsDaylightSavingTime() {
    ContractWorld world = ContractWorld.create(this);

    MacReport march = world.sdk.monthlyActiveConsumers().report(world.alice, MARCH,
        MacDefinition.linkedAnyTimeInMonth(), ZoneId.of("America/New_York"));

    // March starts on standard time (UTC-5) and ends on daylight time (UTC-4)
    assertEquals(new TimeWindow(Instant.parse("2026-03-01T05:00:00Z"), Instant.parse("2026-04-01T04:00:00Z")),
        march.window());
  }

  @Test
  default void theReportIsTheSameBeforeAndAfterALaterDelete() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    ConsumerOrganization initech = world.organization("Initech");
    linkBetween(world, sales, globex, "2026-03-10T09:00:00Z", "2026-03-20T09:00:00Z");
    linkBetween(world, sales, initech, "2026-03-12T09:00:00Z", null);
    MacReport before = report(world, MARCH);

    world.clock.set(Instant.parse("2026-04-05T09:00:00Z"));
    world.sdk.organizations().delete(world.alice, globex.id());
    world.sdk.organizations().delete(world.alice, initech.id());
    world.sdk.shares().delete(world.alice, sales.id());
    MacReport after = report(world, MARCH);

    assertEquals(before.count(), after.count());
    assertEquals(names(before), names(after));
    assertEquals(before.consumers().stream().map(ActiveConsumer::organizationId).toList(),
        after.consumers().stream().map(ActiveConsumer::organizationId).toList());
    assertEquals(evidenceIds(before), evidenceIds(after));
    assertEquals(List.of(Optional.empty(), Optional.empty()),
        before.consumers().stream().map(ActiveConsumer::deletedAt).toList());
    assertEquals(List.of(Optional.of(Instant.parse("2026-04-05T09:00:00Z")),
        Optional.of(Instant.parse("2026-04-05T09:00:00Z"))),
        after.consumers().stream().map(ActiveConsumer::deletedAt).toList());
  }

  @Test
  default void aDeletedOrganizationStillCountsInTheMonthsItWasActive() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    world.link(sales, globex);
    Instant deletedAt = world.tick();
    world.sdk.organizations().delete(world.alice, globex.id());
    ConsumerOrganization again = world.organization("Globex"); // the name is free again: a new organization
    world.link(sales, again);

    MacReport march = report(world, MARCH);

    assertEquals(2, march.count());
    assertEquals(List.of("Globex", "Globex"), names(march));
    ActiveConsumer old = march.consumers().stream().filter(c -> c.organizationId().equals(globex.id()))
        .findFirst().orElseThrow();
    assertEquals(Optional.of(deletedAt), old.deletedAt());
    assertEquals(Optional.of(deletedAt), old.evidence().get(0).closedAt());
    assertEquals(List.of(again.id()), report(world, APRIL).consumers().stream().map(ActiveConsumer::organizationId)
        .toList());
  }

  @Test
  default void aDeletedOrganizationIsReportedUnderItsLastName() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    world.link(sales, globex);
    world.tick();
    world.sdk.organizations().rename(world.alice, globex.id(), 1, "Globex Renamed");
    world.tick();
    world.sdk.organizations().delete(world.alice, globex.id());

    assertEquals(List.of("Globex Renamed"), names(report(world, MARCH)));
  }

  @Test
  default void eachProviderIsBilledForItsOwnConsumersOnly() {
    ContractWorld world = ContractWorld.create(this);
    world.link(world.share("sales"), world.organization("Globex"));
    world.sdk.shares().register(world.bob, ShareId.of("sales"), "Sales");
    world.sdk.organizations().create(world.bob, "Initech");

    assertEquals(List.of("Globex"), names(report(world, MARCH)));
    assertEquals(0, world.sdk.monthlyActiveConsumers().report(world.bob, MARCH).count());
    assertEquals(ContractWorld.PROVIDER_B, world.sdk.monthlyActiveConsumers().report(world.bob, MARCH).providerId());
  }

  @Test
  default void manyConsumersAreAllCounted() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    Share other = world.share("other");
    ConsumerOrganization[] orgs = new ConsumerOrganization[150];
    for (int i = 0; i < orgs.length; i++) {
      orgs[i] = world.organization(String.format("Consumer %03d", i));
    }
    world.link(sales, orgs);
    world.link(other, orgs);
    world.tick();
    for (int i = 0; i < orgs.length; i += 2) {
      world.sdk.shares().removeConsumer(world.alice, sales.id(), orgs[i].id());
    }

    MacReport march = report(world, MARCH);

    assertEquals(150, march.count());
    assertTrue(march.consumers().stream().allMatch(c -> c.evidence().size() == 2));
  }

  private static List<List<String>> evidenceIds(MacReport report) {
    return report.consumers().stream()
        .map(c -> c.evidence().stream().map(l -> l.id().value()).toList())
        .toList();
  }
}
