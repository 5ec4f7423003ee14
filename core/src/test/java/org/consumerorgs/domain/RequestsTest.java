package org.consumerorgs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The value types a host builds and passes in: each refuses what it cannot mean. */
class RequestsTest {

  @Test
  void pageRequestsHaveADefaultSizeAndNoCursorAtFirst() {
    assertEquals(new PageRequest(Optional.empty(), PageRequest.DEFAULT_SIZE), PageRequest.first());
    assertEquals(new PageRequest(Optional.of("c"), 10), PageRequest.after("c", 10));
    assertEquals(1, PageRequest.first(1).size());
    assertEquals(1000, PageRequest.first(PageRequest.MAX_SIZE).size());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void aPageSizeBelow1IsAProgrammingError(int size) {
    assertIllegal(() -> PageRequest.first(size), "page size must be at least 1, got " + size);
    assertIllegal(() -> PageRequest.after("cursor", size), "page size must be at least 1");
  }

  @Test
  void aPageRequestNeedsItsCursorWhenItNamesOne() {
    assertThrows(NullPointerException.class, () -> PageRequest.after(null, 10));
    assertThrows(NullPointerException.class, () -> new PageRequest(null, 10));
  }

  @Test
  void pagesKnowWhetherMoreFollow() {
    Page<String> last = new Page<>(List.of("a"), Optional.empty());
    Page<String> more = new Page<>(List.of("a"), Optional.of("next"));
    assertEquals(Optional.empty(), last.next(10));
    assertEquals(Optional.of(PageRequest.after("next", 10)), more.next(10));
    assertTrue(more.hasNext());
  }

  @Test
  void searchRequestsHaveSaneDefaults() {
    SearchRequest request = SearchRequest.of("acme");
    assertEquals(SearchRequest.DEFAULT_LIMIT, request.limit());
    assertEquals(Optional.empty(), request.excludeConsumersOf());
    assertEquals(Optional.of(ShareId.of("gold")), request.excludingConsumersOf(ShareId.of("gold")).excludeConsumersOf());
    assertEquals(200, request.withLimit(200).limit());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -5})
  void aSearchLimitBelow1IsAProgrammingError(int limit) {
    assertIllegal(() -> SearchRequest.of("acme").withLimit(limit), "search limit must be at least 1, got " + limit);
  }

  @Test
  void requestsOverAUsersLimitAreValuesTheServicesRefuse() {
    // the limits are checked by the calls (RequestLimitsTest), so that domain values use no other package
    assertEquals(1001, PageRequest.first(1001).size());
    assertEquals(201, SearchRequest.of("acme").withLimit(201).limit());
    assertEquals(1001, new AddConsumersRequest(Collections.nCopies(1001, ConsumerEntry.newOrganization("Acme")))
        .entries().size());
  }

  @Test
  void aSearchNeedsText() {
    assertThrows(NullPointerException.class, () -> SearchRequest.of(null));
  }

  @Test
  void anEmptyAddConsumersRequestIsRefused() {
    assertIllegal(() -> AddConsumersRequest.of(), "at least one entry");
    assertIllegal(() -> AddConsumersRequest.builder().build(), "at least one entry");
  }

  @Test
  void anAddConsumersRequestKeepsItsEntriesInOrderAndCannotBeChangedAfterwards() {
    List<ConsumerEntry> entries = new ArrayList<>(List.of(ConsumerEntry.newOrganization("Initech"),
        ConsumerEntry.existing(ConsumerOrganizationId.of("org-1"))));
    AddConsumersRequest request = new AddConsumersRequest(entries);
    entries.clear();
    assertEquals(List.of(ConsumerEntry.newOrganization("Initech"),
        ConsumerEntry.existing(ConsumerOrganizationId.of("org-1"))), request.entries());
    assertThrows(UnsupportedOperationException.class, () -> request.entries().clear());
    assertEquals(request, AddConsumersRequest.builder().newOrganization("Initech")
        .existing(ConsumerOrganizationId.of("org-1")).build());
  }

  @Test
  void entriesNeedTheirIdOrName() {
    assertThrows(NullPointerException.class, () -> ConsumerEntry.existing(null));
    assertThrows(NullPointerException.class, () -> ConsumerEntry.newOrganization(null));
    assertThrows(NullPointerException.class, () -> AddConsumersRequest.of(ConsumerEntry.newOrganization("a"), null));
  }

  @Test
  void anEmptyTimeWindowIsRefused() {
    Instant t = Instant.parse("2026-03-01T00:00:00Z");
    assertIllegal(() -> new TimeWindow(t, t), "must start");
    assertIllegal(() -> new TimeWindow(t.plusNanos(1000), t), "must start");
    assertEquals(t, new TimeWindow(t, t.plusNanos(1000)).start());
  }

  @Test
  void anOrganizationVersionStartsAt1AndGrowsOnRename() {
    Instant t = Instant.parse("2026-03-01T00:00:00Z");
    assertIllegal(() -> new ConsumerOrganization(ConsumerOrganizationId.of("o"), ProviderId.of("p"), "Acme", 0, t, t),
        "version must be at least 1, got 0");
    ConsumerOrganization org = new ConsumerOrganization(ConsumerOrganizationId.of("o"), ProviderId.of("p"), "Acme", 1,
        t, t);
    ConsumerOrganization renamed = org.renamed("Acme Corp", t.plusSeconds(1));
    assertEquals(2, renamed.version());
    assertEquals(org.id(), renamed.id());
    assertEquals(t, renamed.createdAt());
    assertEquals(t.plusSeconds(1), renamed.updatedAt());
  }

  @Test
  void aMacEffectIsMinusOneOnlyWhenTheDeletionRemovesTheOrganization() {
    YearMonth march = YearMonth.of(2026, 3);
    assertEquals(-1, new MacEffect(march, true, false).change());
    assertEquals(0, new MacEffect(march, true, true).change());
    assertEquals(0, new MacEffect(march, false, false).change());
  }

  @Test
  void recordedEventsAreNumberedFrom1() {
    ChangeEvent event = new ChangeEvent(ProviderId.of("p"), EventType.PROVIDER_REGISTERED,
        Instant.parse("2026-03-01T00:00:00Z"), "alice", Optional.empty(), Optional.empty(), Map.of(),
        Map.of("name", "P"));
    assertIllegal(() -> new RecordedEvent(0, event), "starts at 1");
    assertEquals(1, new RecordedEvent(1, event).sequence());
  }

  @Test
  void changeEventAttributesAreSortedAndImmutable() {
    Map<String, String> after = new HashMap<>(Map.of("version", "1", "name", "Acme"));
    ChangeEvent event = new ChangeEvent(ProviderId.of("p"), EventType.ORGANIZATION_CREATED,
        Instant.parse("2026-03-01T00:00:00Z"), "alice", Optional.of(ConsumerOrganizationId.of("o")), Optional.empty(),
        Map.of(), after);
    after.clear();
    assertEquals(List.of("name", "version"), List.copyOf(event.after().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> event.after().clear());
  }

  private static void assertIllegal(Executable call, String expectedMessagePart) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(expectedMessagePart),
        () -> "\"" + e.getMessage() + "\" does not say \"" + expectedMessagePart + "\"");
  }
}
