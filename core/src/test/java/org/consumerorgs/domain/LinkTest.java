package org.consumerorgs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkTest {
  private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
  private static final Instant END = Instant.parse("2026-04-01T00:00:00Z");
  private static final TimeWindow MARCH = new TimeWindow(START, END);
  private static final Instant LAST_MICROSECOND = Instant.parse("2026-03-31T23:59:59.999999Z");

  @Test
  void aLinkClosedExactlyAtTheWindowStartDoesNotCount() {
    assertFalse(link(Instant.parse("2026-02-01T00:00:00Z"), START).intersects(MARCH));
  }

  @Test
  void aLinkClosedOneMicrosecondIntoTheWindowCounts() {
    assertTrue(link(Instant.parse("2026-02-01T00:00:00Z"), START.plusNanos(1000)).intersects(MARCH));
  }

  @Test
  void aLinkOpenedExactlyAtTheWindowEndDoesNotCount() {
    assertFalse(link(END, null).intersects(MARCH));
  }

  @Test
  void aLinkOpenedAtTheLastMicrosecondCounts() {
    assertTrue(link(LAST_MICROSECOND, null).intersects(MARCH));
    assertTrue(link(LAST_MICROSECOND, END).intersects(MARCH));
  }

  @Test
  void linksCoveringOrInsideTheWindowCount() {
    assertTrue(link(Instant.parse("2026-01-01T00:00:00Z"), null).intersects(MARCH));
    assertTrue(link(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-05-01T00:00:00Z")).intersects(MARCH));
    assertTrue(link(Instant.parse("2026-03-10T00:00:00Z"), Instant.parse("2026-03-11T00:00:00Z")).intersects(MARCH));
    assertTrue(link(START, null).intersects(MARCH));
  }

  @Test
  void aLinkClosedTheInstantItOpenedGaveAccessAtNoMoment() {
    Instant mid = Instant.parse("2026-03-15T12:00:00Z");
    assertFalse(link(mid, mid).intersects(MARCH));
  }

  @Test
  void aLinkCannotCloseBeforeItOpened() {
    Instant opened = Instant.parse("2026-03-15T12:00:00Z");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> link(opened, opened.minusNanos(1000)));
    assertTrue(e.getMessage().contains("before it opened"), e.getMessage());
  }

  @Test
  void closingKeepsTheLinkAndClampsAClockThatSteppedBack() {
    Instant opened = Instant.parse("2026-03-15T12:00:00Z");
    Link open = link(opened, null);
    assertTrue(open.isOpen());
    Link closed = open.closedAt(opened.plusSeconds(60));
    assertEquals(Optional.of(opened.plusSeconds(60)), closed.closedAt());
    assertEquals(open.id(), closed.id());
    assertFalse(closed.isOpen());
    assertEquals(Optional.of(opened), open.closedAt(opened.minusSeconds(5)).closedAt());
  }

  @Test
  void everyPartIsRequired() {
    assertThrows(NullPointerException.class, () -> new Link(null, ProviderId.of("p"), ShareId.of("s"),
        ConsumerOrganizationId.of("o"), START, Optional.empty()));
    assertThrows(NullPointerException.class, () -> new Link(LinkId.of("l"), ProviderId.of("p"), ShareId.of("s"),
        ConsumerOrganizationId.of("o"), null, Optional.empty()));
    assertThrows(NullPointerException.class, () -> new Link(LinkId.of("l"), ProviderId.of("p"), ShareId.of("s"),
        ConsumerOrganizationId.of("o"), START, null));
  }

  private static Link link(Instant opened, Instant closed) {
    return new Link(LinkId.of("link-1"), ProviderId.of("p"), ShareId.of("gold"), ConsumerOrganizationId.of("org-1"),
        opened, Optional.ofNullable(closed));
  }
}
