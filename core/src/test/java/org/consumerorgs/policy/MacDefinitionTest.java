package org.consumerorgs.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.LinkId;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.domain.TimeWindow;
import org.junit.jupiter.api.Test;

class MacDefinitionTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final YearMonth MARCH_2026 = YearMonth.of(2026, 3);

  @Test
  void byDefaultTheWindowIsTheCalendarMonthInTheZone() {
    // March 2026 in Paris starts at midnight CET (UTC+1) and ends at midnight CEST (UTC+2), after the clocks change.
    assertEquals(new TimeWindow(Instant.parse("2026-02-28T23:00:00Z"), Instant.parse("2026-03-31T22:00:00Z")),
        MacDefinition.linkedAnyTimeInMonth().window(MARCH_2026, PARIS));
    assertEquals(new TimeWindow(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z")),
        MacDefinition.linkedAnyTimeInMonth().window(MARCH_2026, ZoneOffset.UTC));
    assertEquals(new TimeWindow(Instant.parse("2025-12-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z")),
        MacDefinition.linkedAnyTimeInMonth().window(YearMonth.of(2025, 12), ZoneOffset.UTC));
  }

  @Test
  void atMonthEndTheWindowIsTheMonthsLastMicrosecond() {
    assertEquals(new TimeWindow(Instant.parse("2026-03-31T21:59:59.999999Z"), Instant.parse("2026-03-31T22:00:00Z")),
        MacDefinition.linkedAtMonthEnd().window(MARCH_2026, PARIS));
    assertEquals(new TimeWindow(Instant.parse("2024-02-29T23:59:59.999999Z"), Instant.parse("2024-03-01T00:00:00Z")),
        MacDefinition.linkedAtMonthEnd().window(YearMonth.of(2024, 2), ZoneOffset.UTC));
  }

  @Test
  void eachDefinitionDescribesItselfForReports() {
    String anyTime = MacDefinition.linkedAnyTimeInMonth().description();
    String monthEnd = MacDefinition.linkedAtMonthEnd().description();
    assertFalse(anyTime.isBlank());
    assertFalse(monthEnd.isBlank());
    assertNotEquals(anyTime, monthEnd);
  }

  @Test
  void theEvidenceIsTheLinksThatGaveAccessDuringTheWindow() {
    TimeWindow march = MacDefinition.linkedAnyTimeInMonth().window(MARCH_2026, ZoneOffset.UTC);
    Link before = link("2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z");
    Link during = link("2026-03-10T00:00:00Z", "2026-03-11T00:00:00Z");
    Link stillOpen = link("2026-02-01T00:00:00Z", null);
    Link after = link("2026-04-01T00:00:00Z", null);
    assertEquals(List.of(during, stillOpen),
        MacDefinition.linkedAnyTimeInMonth().evidence(List.of(before, during, stillOpen, after), march));
  }

  @Test
  void atMonthEndOnlyALinkOpenAtTheLastMicrosecondIsEvidence() {
    TimeWindow end = MacDefinition.linkedAtMonthEnd().window(MARCH_2026, ZoneOffset.UTC);
    Link closedJustBefore = link("2026-03-01T00:00:00Z", "2026-03-31T23:59:59.999999Z");
    Link closedAtMidnight = link("2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z");
    Link openedAtLastMicrosecond = link("2026-03-31T23:59:59.999999Z", null);
    Link openedAtMidnight = link("2026-04-01T00:00:00Z", null);
    assertEquals(List.of(closedAtMidnight, openedAtLastMicrosecond), MacDefinition.linkedAtMonthEnd()
        .evidence(List.of(closedJustBefore, closedAtMidnight, openedAtLastMicrosecond, openedAtMidnight), end));
  }

  private static int counter;

  static Link link(String opened, String closed) {
    return new Link(LinkId.of("link-" + (++counter)), ProviderId.of("p"), ShareId.of("gold"),
        ConsumerOrganizationId.of("org-1"), Instant.parse(opened),
        Optional.ofNullable(closed).map(Instant::parse));
  }
}
