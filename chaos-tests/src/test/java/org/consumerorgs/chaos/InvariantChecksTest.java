package org.consumerorgs.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consumerorgs.domain.ChangeEvent;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.EventType;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.error.ErrorCode;
import org.consumerorgs.error.NotFoundException;
import org.consumerorgs.error.ObjectKind;
import org.consumerorgs.error.StorageException;
import org.consumerorgs.policy.NamingPolicy;
import org.junit.jupiter.api.Test;

/**
 * The checks catch what they are meant to catch: a consistent history passes all of them, and each kind of damage is
 * reported by its check. Histories are written by hand here, without a database.
 */
class InvariantChecksTest {
  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private static final ShareId SHARE = ShareId.of("s1");

  private final List<RecordedEvent> events = new ArrayList<>();
  private final List<Call> calls = new ArrayList<>();
  private final Map<String, ConsumerOrganization> live = new HashMap<>();
  private final Set<String> openLinks = new HashSet<>();
  private final List<String> openLinksToDeleted = new ArrayList<>();
  private Long counter;

  @Test
  void aConsistentHistoryPassesEveryCheck() {
    consistentHistory();
    check().forEach((check, found) -> assertEquals(List.of(), found, check));
  }

  @Test
  void twoLiveOrganizationsWithOneNameAreCaught() {
    consistentHistory();
    event("chaos-9", EventType.ORGANIZATION_CREATED, "o9", null, Map.of(), Map.of("name", "GLOBEX", "version", "1"));
    acknowledged(9, "create \"GLOBEX\"", List.of(EventSignature.created(org("o9", "GLOBEX", 1))));
    live.put("o9", org("o9", "GLOBEX", 1));
    assertCaught(InvariantChecks.UNIQUE_NAMES);
    assertCaught(InvariantChecks.SERIAL_HISTORY);
  }

  @Test
  void aGapInTheLogIsCaught() {
    consistentHistory();
    events.remove(1);
    assertCaught(InvariantChecks.GAPLESS_EVENTS);
  }

  @Test
  void aCounterThatDisagreesWithTheLogIsCaught() {
    consistentHistory();
    counter = 7L;
    assertCaught(InvariantChecks.GAPLESS_EVENTS);
  }

  @Test
  void aStoreThatDiffersFromTheReplayIsCaught() {
    consistentHistory();
    live.put("o1", org("o1", "Globex Corp", 2));
    assertCaught(InvariantChecks.STATE_IS_REPLAY);
  }

  @Test
  void anOpenLinkToADeletedOrganizationIsCaught() {
    consistentHistory();
    openLinksToDeleted.add("s1/o0 (organization deleted at 1)");
    assertCaught(InvariantChecks.NO_OPEN_LINK_TO_DELETED);
  }

  @Test
  void anAcknowledgedWriteMissingFromTheLogIsCaught() {
    consistentHistory();
    acknowledged(7, "removeConsumer s1 o1", List.of(EventSignature.removed(ConsumerOrganizationId.of("o1"), SHARE)));
    assertCaught(InvariantChecks.ACKNOWLEDGED_PRESENT);
  }

  @Test
  void aRefusedCallThatLeftAnEventIsCaught() {
    consistentHistory();
    event("chaos-8", EventType.CONSUMER_REMOVED, "o1", SHARE, Map.of("link", "l1"), Map.of("link", "l1"));
    openLinks.clear();
    calls.add(new Call(8, "chaos-8", 0, "removeConsumer s1 o1", OutcomeKind.REFUSED, "refused", Optional.empty(),
        Optional.of(new NotFoundException(ObjectKind.SHARE, "s1"))));
    assertCaught(InvariantChecks.DEFINITE_FAILURES_TRACELESS);
  }

  @Test
  void halfOfACallOfUnknownOutcomeIsCaught() {
    consistentHistory();
    event("chaos-8", EventType.CONSUMER_REMOVED, "o1", SHARE, Map.of("link", "l1"), Map.of("link", "l1"));
    openLinks.clear();
    calls.add(new Call(8, "chaos-8", 0, "delete o1", OutcomeKind.STORAGE_UNKNOWN, "lost", Optional.empty(),
        Optional.of(new StorageException(ErrorCode.STORAGE_OUTCOME_UNKNOWN, "lost", null))));
    assertCaught(InvariantChecks.UNKNOWN_ALL_OR_NOTHING);
  }

  @Test
  void anAddReportingALinkThatWasRemovedBeforeItCommittedIsCaught() {
    consistentHistory();
    event("chaos-8", EventType.CONSUMER_REMOVED, "o1", SHARE, Map.of("link", "l1"), Map.of("link", "l1"));
    acknowledged(8, "removeConsumer s1 o1", List.of(EventSignature.removed(ConsumerOrganizationId.of("o1"), SHARE)));
    event("chaos-9", EventType.ORGANIZATION_CREATED, "o9", null, Map.of(), Map.of("name", "Initech", "version", "1"));
    event("chaos-9", EventType.CONSUMER_ADDED, "o9", SHARE, Map.of(), Map.of("link", "l9"));
    calls.add(new Call(9, "chaos-9", 1, "addConsumers s1 [o1, new \"Initech\"]", OutcomeKind.ACKNOWLEDGED, "",
        Optional.of(new Acknowledged(List.of(EventSignature.created(org("o9", "Initech", 1)),
            EventSignature.added(ConsumerOrganizationId.of("o9"), SHARE)), List.of("s1/o1"))), Optional.empty()));
    live.put("o9", org("o9", "Initech", 1));
    openLinks.clear();
    openLinks.add("s1/o9");
    assertCaught(InvariantChecks.ALREADY_LINKED_IN_ORDER);
  }

  @Test
  void eventsOfNoCallAndForeignExceptionsAreCaught() {
    consistentHistory();
    event("someone-else", EventType.SHARE_REGISTERED, null, ShareId.of("s2"), Map.of(), Map.of("name", "S2"));
    calls.add(new Call(8, "chaos-8", 0, "delete o1", OutcomeKind.FOREIGN, "IllegalStateException",
        Optional.empty(), Optional.of(new IllegalStateException("boom"))));
    assertCaught(InvariantChecks.NO_PHANTOM_WRITES);
    assertCaught(InvariantChecks.ONLY_SDK_EXCEPTIONS);
  }

  /** Setup registers share s1; call 1 creates o1 "Globex"; call 2 links it to s1. */
  private void consistentHistory() {
    event(ChaosRun.SETUP_ACTOR, EventType.PROVIDER_REGISTERED, null, null, Map.of(), Map.of("name", "P"));
    event(ChaosRun.SETUP_ACTOR, EventType.SHARE_REGISTERED, null, SHARE, Map.of(), Map.of("name", "S1"));
    event("chaos-1", EventType.ORGANIZATION_CREATED, "o1", null, Map.of(), Map.of("name", "Globex", "version", "1"));
    acknowledged(1, "create \"Globex\"", List.of(EventSignature.created(org("o1", "Globex", 1))));
    event("chaos-2", EventType.CONSUMER_ADDED, "o1", SHARE, Map.of(), Map.of("link", "l1"));
    acknowledged(2, "addConsumers s1 [o1]", List.of(EventSignature.added(ConsumerOrganizationId.of("o1"), SHARE)));
    live.put("o1", org("o1", "Globex", 1));
    openLinks.add("s1/o1");
  }

  private void assertCaught(String check) {
    List<String> found = check().get(check);
    assertFalse(found.isEmpty(), () -> "\"" + check + "\" should have caught it; all checks: " + check());
  }

  private Map<String, List<String>> check() {
    Map<String, Set<String>> consumers = new HashMap<>();
    consumers.put(SHARE.value(), new HashSet<>());
    openLinks.stream().filter(pair -> pair.startsWith("s1/"))
        .forEach(pair -> consumers.get(SHARE.value()).add(pair.substring(3)));
    StoreSnapshot store = new StoreSnapshot(List.copyOf(live.values()),
        List.of(new Share(SHARE, ChaosRun.PROVIDER, "S1", NOW)), consumers, events,
        counter != null ? counter : events.size(), openLinks, openLinksToDeleted);
    return InvariantChecks.run(store, calls, NamingPolicy.defaults(), ChaosRun.SETUP_ACTOR);
  }

  private void event(String actor, EventType type, String org, ShareId share, Map<String, String> before,
      Map<String, String> after) {
    events.add(new RecordedEvent(events.size() + 1, new ChangeEvent(ChaosRun.PROVIDER, type, NOW, actor,
        Optional.ofNullable(org).map(ConsumerOrganizationId::of), Optional.ofNullable(share), before, after)));
  }

  private void acknowledged(long number, String what, List<String> expected) {
    calls.add(new Call(number, CallLog.actorId(number), 0, what, OutcomeKind.ACKNOWLEDGED, "",
        Optional.of(Acknowledged.events(expected)), Optional.empty()));
  }

  private static ConsumerOrganization org(String id, String name, long version) {
    return new ConsumerOrganization(ConsumerOrganizationId.of(id), ChaosRun.PROVIDER, name, version, NOW, NOW);
  }
}
