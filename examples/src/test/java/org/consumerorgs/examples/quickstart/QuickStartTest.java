package org.consumerorgs.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.EventType;
import org.consumerorgs.domain.MacReport;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.examples.SteppingClock;
import org.consumerorgs.inmemory.InMemoryStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The quick start runs as a reader would run it; then its output and what it left in the store are checked. */
class QuickStartTest {
  private static final Actor ALICE = Actor.ofProvider(ProviderId.of("acme-data"), "alice@acme-data");

  private final InMemoryStorage storage = new InMemoryStorage();
  private ConsumerOrgs sdk;
  private String output;

  @BeforeEach
  void runTheQuickStart() {
    SteppingClock clock = new SteppingClock(Instant.parse("2026-05-14T09:30:00Z"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      new QuickStart(storage, clock, out).run();
    }
    output = bytes.toString(StandardCharsets.UTF_8);
    sdk = ConsumerOrgs.builder(storage).clock(clock).build();
  }

  @Test
  void walksTheProductPage() {
    assertContains("Created \u201CGlobex\u201D");
    assertContains("Renamed it to \u201CGlobex Corporation\u201D (same id, version 2)");
    assertContains("Searching \u201Cglob\u201D found \u201CGlobex Corporation\u201D (prefix match)");
    assertContains("Globex Corporation   LINKED");
    assertContains("Umbrella Corp        CREATED_AND_LINKED");
    assertContains("Consumers of \u201CSales 2026\u201D: Globex Corporation, Umbrella Corp");
  }

  @Test
  void showsEachRuleRefusingWithItsMessage() {
    assertContains("Creating \u201CAB\u201D: The name must be longer than 2 characters; \u201CAB\u201D has 2.");
    assertContains("Creating \u201CGLOBEX corporation\u201D: A consumer organization named \u201CGlobex Corporation\u201D"
        + " already exists; names must be unique regardless of letter case and character width.");
    assertContains("(version 2, you had version 1)");
    assertContains("A \"Done\" with one bad entry: Nothing was added: entry 2: The name must be longer than 2"
        + " characters; \u201Cin\u201D has 2.");
  }

  @Test
  void deletesAnOrganizationInUseAndShowsItsImpact() {
    assertContains("Preview: Deleting \u201CGlobex Corporation\u201D removes it from 2 shares: Sales 2026, Weather"
        + " Daily.");
    assertContains("Deleted: \u201CGlobex Corporation\u201D was deleted and removed from 2 shares");
    assertContains("It still counts toward Monthly Active Consumers for May 2026.");
  }

  @Test
  void printsTheMonthlyActiveConsumersReport() {
    assertContains("Globex Corporation   linked to sales-2026, weather-daily (deleted since; still billed");
    assertContains("Monthly Active Consumers for 2026-05: 3");
  }

  @Test
  void leavesInTheStoreWhatItSaysItDid() {
    List<String> live = sdk.organizations().list(ALICE, PageRequest.first(10)).items().stream()
        .map(ConsumerOrganization::name).toList();
    assertEquals(List.of("Initech", "Umbrella Corp"), live, "Globex deleted, Hooli never created (its batch failed)");
    assertEquals(List.of("Umbrella Corp"), consumers("sales-2026"));
    assertEquals(List.of("Initech"), consumers("weather-daily"));

    MacReport may = sdk.monthlyActiveConsumers().report(ALICE, YearMonth.of(2026, 5));
    assertEquals(3, may.count());
    assertEquals(0, sdk.monthlyActiveConsumers().report(ALICE, YearMonth.of(2026, 4)).count());

    List<EventType> events = sdk.events().read(ALICE, 0, 1000).stream().map(RecordedEvent::event)
        .map(e -> e.type()).toList();
    assertEquals(List.of(EventType.PROVIDER_REGISTERED, EventType.SHARE_REGISTERED, EventType.SHARE_REGISTERED,
        EventType.ORGANIZATION_CREATED, EventType.ORGANIZATION_RENAMED, EventType.ORGANIZATION_CREATED,
        EventType.ORGANIZATION_CREATED, EventType.CONSUMER_ADDED, EventType.CONSUMER_ADDED,
        EventType.CONSUMER_ADDED, EventType.CONSUMER_ADDED,
        EventType.CONSUMER_REMOVED, EventType.CONSUMER_REMOVED, EventType.ORGANIZATION_DELETED), events);
    assertContains("The change log holds 14 events");
  }

  private List<String> consumers(String share) {
    return sdk.shares().consumers(ALICE, ShareId.of(share), PageRequest.first(10)).items().stream()
        .map(ConsumerOrganization::name).toList();
  }

  private void assertContains(String expected) {
    assertTrue(output.contains(expected), () -> "expected the output to contain\n  " + expected + "\nbut it was:\n"
        + output);
  }
}
