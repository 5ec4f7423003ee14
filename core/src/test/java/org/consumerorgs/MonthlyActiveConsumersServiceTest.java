package org.consumerorgs;

import static org.consumerorgs.Ports.ALICE;
import static org.consumerorgs.Ports.PROVIDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.consumerorgs.domain.ActiveConsumer;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.MacReport;
import org.consumerorgs.domain.TimeWindow;
import org.consumerorgs.policy.MacDefinition;
import org.consumerorgs.spi.StoredOrganization;
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
    givenLinks(MARCH_UTC, acmeOpen, emileClosed, zetaFebruaryOnly);
    when(ports.organizations.findIncludingDeleted(eq(PROVIDER), any())).thenReturn(Map.of(
        id("org-1"), new StoredOrganization(Ports.organization("org-1", "Zebra Acme", 1), Optional.empty()),
        id("org-2"), new StoredOrganization(Ports.organization("org-2", "\u00C9mile", 1), Optional.of(DELETED_AT))));

    MacReport report = ports.act(() -> ports.sdk().monthlyActiveConsumers().report(ALICE, MARCH));

    assertEquals(2, report.count());
    assertEquals(List.of(
        new ActiveConsumer(id("org-2"), "\u00C9mile", Optional.of(DELETED_AT), List.of(emileClosed)),
        new ActiveConsumer(id("org-1"), "Zebra Acme", Optional.empty(), List.of(acmeOpen))), report.consumers());
    assertEquals(MARCH_UTC, report.window());
    assertEquals(ZoneOffset.UTC, report.zone());
    assertEquals(MacDefinition.linkedAnyTimeInMonth().description(), report.definition());
    verify(ports.organizations).findIncludingDeleted(PROVIDER, Set.of(id("org-1"), id("org-2")));
    ports.assertOneTransaction(TransactionMode.READ_ONLY);
  }

  @Test
  void anotherDefinitionAndZoneCanBeAskedFor() {
    ZoneId paris = ZoneId.of("Europe/Paris");
    TimeWindow lastMicrosecond = MacDefinition.linkedAtMonthEnd().window(MARCH, paris);
    givenLinks(lastMicrosecond, acmeOpen, emileClosed);
    when(ports.organizations.findIncludingDeleted(eq(PROVIDER), any())).thenReturn(Map.of(
        id("org-1"), new StoredOrganization(Ports.organization("org-1", "Acme", 1), Optional.empty())));

    MacReport report = ports.act(() -> ports.sdk().monthlyActiveConsumers()
        .report(ALICE, MARCH, MacDefinition.linkedAtMonthEnd(), paris));

    assertEquals(List.of(id("org-1")), report.consumers().stream().map(ActiveConsumer::organizationId).toList());
    verify(ports.organizations).findIncludingDeleted(PROVIDER, Set.of(id("org-1")));
  }

  @Test
  void aMonthWithoutLinksCountsNobodyAndReadsNoOrganization() {
    MacReport report = ports.act(() -> ports.sdk().monthlyActiveConsumers().report(ALICE, MARCH));
    assertEquals(0, report.count());
    verify(ports.organizations, never()).findIncludingDeleted(any(), any());
  }

  @Test
  void linkHistoryOfAnOrganizationTheStoreLacksIsAnError() {
    givenLinks(MARCH_UTC, acmeOpen);
    assertThrows(IllegalStateException.class,
        () -> ports.act(() -> ports.sdk().monthlyActiveConsumers().report(ALICE, MARCH)));
  }

  @SuppressWarnings("unchecked")
  private void givenLinks(TimeWindow window, Link... links) {
    doAnswer(invocation -> {
      Consumer<Link> visitor = invocation.getArgument(2);
      for (Link link : links) {
        visitor.accept(link);
      }
      return null;
    }).when(ports.links).forEachIntersecting(eq(PROVIDER), eq(window), any(Consumer.class));
  }

  private static ConsumerOrganizationId id(String value) {
    return ConsumerOrganizationId.of(value);
  }
}
