package org.consumerorgs;

import static org.consumerorgs.Ports.ALICE;
import static org.consumerorgs.Ports.PROVIDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.consumerorgs.domain.ActiveConsumer;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.MacReport;
import org.consumerorgs.domain.TimeWindow;
import org.consumerorgs.policy.MacDefinition;
import org.consumerorgs.spi.LinkedOrganization;
import org.consumerorgs.spi.TransactionMode;
import org.junit.jupiter.api.Test;

class MonthlyActiveConsumersServiceTest {
  private static final YearMonth MARCH = YearMonth.of(2026, 3);
  private static final TimeWindow MARCH_UTC =
      new TimeWindow(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));
  private static final Instant DELETED_AT = Instant.parse("2026-03-20T00:00:00Z");

  private final Ports ports = new Ports();

  private final Link acmeOpen = Ports.openLink("link-1", "gold", "org-1", Instant.parse("2026-02-10T00:00:00Z"));
  private final Link emileClosed = Ports.openLink("link-2", "gold", "org-2", Instant.parse("2026-03-02T00:00:00Z"))
      .closedAt(DELETED_AT);
  private final Link zetaFebruaryOnly = Ports.openLink("link-3", "silver", "org-3",
      Instant.parse("2026-02-01T00:00:00Z")).closedAt(Instant.parse("2026-03-01T00:00:00Z"));

  @Test
  void theReportCountsEveryOrganizationLinkedDuringTheMonthDeletedOnesIncluded() {
    givenLinkedOrganizations(MARCH_UTC,
        linked("org-1", "Zebra Acme", "zebra acme", Optional.empty(), acmeOpen),
        linked("org-2", "\u00C9mile", "emile", Optional.of(DELETED_AT), emileClosed),
        // a store that hands links the window does not hold: they make nobody count
        linked("org-3", "Zeta", "zeta", Optional.empty(), zetaFebruaryOnly));

    MacReport report = ports.act(() -> ports.sdk().monthlyActiveConsumers().report(ALICE, MARCH));

    assertEquals(2, report.count());
    assertEquals(List.of(
        new ActiveConsumer(id("org-2"), "\u00C9mile", Optional.of(DELETED_AT), List.of(emileClosed)),
        new ActiveConsumer(id("org-1"), "Zebra Acme", Optional.empty(), List.of(acmeOpen))), report.consumers());
    assertEquals(MARCH_UTC, report.window());
    assertEquals(ZoneOffset.UTC, report.zone());
    assertEquals(MacDefinition.linkedAnyTimeInMonth().description(), report.definition());
    ports.assertOneTransaction(TransactionMode.READ_ONLY);
  }

  @Test
  void anotherDefinitionAndZoneCanBeAskedFor() {
    ZoneId paris = ZoneId.of("Europe/Paris");
    TimeWindow lastMicrosecond = MacDefinition.linkedAtMonthEnd().window(MARCH, paris);
    givenLinkedOrganizations(lastMicrosecond,
        linked("org-1", "Acme", "acme", Optional.empty(), acmeOpen),
        linked("org-2", "\u00C9mile", "emile", Optional.of(DELETED_AT), emileClosed));

    MacReport report = ports.act(() -> ports.sdk().monthlyActiveConsumers()
        .report(ALICE, MARCH, MacDefinition.linkedAtMonthEnd(), paris));

    assertEquals(List.of(id("org-1")), report.consumers().stream().map(ActiveConsumer::organizationId).toList());
    assertEquals(paris, report.zone());
    verify(ports.links).forEachLinkedOrganization(eq(PROVIDER), eq(lastMicrosecond), any());
  }

  @Test
  void aMonthWithoutLinksCountsNobodyAndReadsNothingElse() {
    MacReport report = ports.act(() -> ports.sdk().monthlyActiveConsumers().report(ALICE, MARCH));

    assertEquals(0, report.count());
    verify(ports.links).forEachLinkedOrganization(eq(PROVIDER), eq(MARCH_UTC), any());
    verifyNoInteractions(ports.organizations, ports.shares, ports.events);
  }

  /**
   * By the search key the store gave (it is not folded again), then by id, both by code point: U+FA0E before an
   * emoji, which UTF-16 order would put first; and names whose keys agree on their first 200 characters, which a store
   * that sorts on a prefix hands by id, by the rest of the key.
   */
  @Test
  void consumersAreSortedBySearchKeyThenIdByCodePointWhateverOrderTheStoreHandsThem() {
    String longKey = "s".repeat(200);
    givenLinkedOrganizations(MARCH_UTC,
        linked("org-5", "Zz \uD83D\uDE00", "zz \uD83D\uDE00", Optional.empty(), link("l1", "org-5")),
        linked("org-4", "Zz \uFA0E", "zz \uFA0E", Optional.empty(), link("l2", "org-4")),
        linked("org-b", "\u00C9mile", "emile", Optional.empty(), link("l3", "org-b")),
        linked("org-a", "Emile", "emile", Optional.of(DELETED_AT), link("l4", "org-a")),
        linked("org-1", "\u00DF".repeat(100) + "b", longKey + "b", Optional.empty(), link("l5", "org-1")),
        linked("org-2", "\u00DF".repeat(100) + "a", longKey + "a", Optional.empty(), link("l6", "org-2")),
        linked("org-10", "\u00C9mile", "emile", Optional.empty(), link("l7", "org-10")));

    MacReport report = ports.act(() -> ports.sdk().monthlyActiveConsumers().report(ALICE, MARCH));

    assertEquals(List.of("org-10", "org-a", "org-b", "org-2", "org-1", "org-4", "org-5"),
        report.consumers().stream().map(c -> c.organizationId().value()).toList());
  }

  @Test
  void aDefinitionSeesEachOrganizationsLinksByOpeningTimeThenShare() {
    Link silver = Ports.openLink("link-s", "silver", "org-1", Instant.parse("2026-03-03T00:00:00Z"));
    Link gold = Ports.openLink("link-g", "gold", "org-1", Instant.parse("2026-03-03T00:00:00Z"));
    Link earlier = Ports.openLink("link-e", "silver", "org-1", Instant.parse("2026-02-01T00:00:00Z"))
        .closedAt(Instant.parse("2026-03-02T00:00:00Z"));
    givenLinkedOrganizations(MARCH_UTC, linked("org-1", "Acme", "acme", Optional.empty(), silver, gold, earlier));

    MacReport report = ports.act(() -> ports.sdk().monthlyActiveConsumers().report(ALICE, MARCH));

    assertEquals(List.of(earlier, gold, silver), report.consumers().get(0).evidence());
  }

  @Test
  void anOrganizationHandedTwiceIsAStoreFault() {
    givenLinkedOrganizations(MARCH_UTC,
        linked("org-1", "Acme", "acme", Optional.empty(), acmeOpen),
        linked("org-1", "Acme", "acme", Optional.empty(), Ports.openLink("link-9", "silver", "org-1",
            Instant.parse("2026-03-05T00:00:00Z"))));

    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> ports.act(() -> ports.sdk().monthlyActiveConsumers().report(ALICE, MARCH)));
    assertTrue(thrown.getMessage().contains("org-1"), thrown.getMessage());
  }

  @Test
  void anOrganizationIsHandedWithItsOwnLinksOnly() {
    assertThrows(IllegalArgumentException.class,
        () -> linked("org-2", "Acme", "acme", Optional.empty(), acmeOpen));
    assertThrows(IllegalArgumentException.class, () -> linked("org-1", "Acme", "acme", Optional.empty()));
  }

  @SuppressWarnings("unchecked")
  private void givenLinkedOrganizations(TimeWindow window, LinkedOrganization... organizations) {
    doAnswer(invocation -> {
      Consumer<LinkedOrganization> visitor = invocation.getArgument(2);
      for (LinkedOrganization organization : organizations) {
        visitor.accept(organization);
      }
      return null;
    }).when(ports.links).forEachLinkedOrganization(eq(PROVIDER), eq(window), any(Consumer.class));
  }

  private static LinkedOrganization linked(
      String id, String name, String searchKey, Optional<Instant> deletedAt, Link... links) {
    return new LinkedOrganization(id(id), name, searchKey, deletedAt, List.of(links));
  }

  private static Link link(String id, String organization) {
    return Ports.openLink(id, "gold", organization, Instant.parse("2026-03-05T00:00:00Z"));
  }

  private static ConsumerOrganizationId id(String value) {
    return ConsumerOrganizationId.of(value);
  }
}
