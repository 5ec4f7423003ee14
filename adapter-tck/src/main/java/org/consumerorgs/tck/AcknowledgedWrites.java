package org.consumerorgs.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consumerorgs.Actor;
import org.consumerorgs.domain.AddConsumersResult;
import org.consumerorgs.domain.AddConsumersResult.EntryOutcome;
import org.consumerorgs.domain.AddConsumersResult.Status;
import org.consumerorgs.domain.ChangeEvent;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.DeletionImpact;
import org.consumerorgs.domain.EventType;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.domain.RemovalOutcome;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.domain.TimeWindow;
import org.consumerorgs.spi.TransactionMode;

/**
 * Every write a call acknowledged, recorded by the racing threads as the calls return, and checked once they are done:
 * every organization whose creation returned is there (or gone, if its deletion returned) with the name of its last
 * acknowledged write or a later one; every acknowledged rename and deletion is in the log; and every add or removal
 * of a consumer is borne out by the log and the stored links at the moment it ran. Counting events would miss a lost
 * write that another write's event hides; this names the write that went missing.
 *
 * <p>Moments are the clock's instants: a test that moves its manual clock only between rounds, while no call runs,
 * gives each round's calls and events one instant of their own, and the links are then judged round by round. A test
 * that never moves the clock is judged over the whole race. Record every add and removal of a pair that is checked:
 * the log must hold exactly one CONSUMER_ADDED per acknowledged opening of the pair and one CONSUMER_REMOVED (reason
 * "removed") per acknowledged removal, so that a call that failed has left no trace either. Thread-safe.
 */
final class AcknowledgedWrites {
  private static final TimeWindow ALL_TIME =
      new TimeWindow(Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2200-01-01T00:00:00Z"));

  private final ContractWorld world;
  private final Actor actor;
  private final ProviderId provider;
  /** The newest acknowledged state of each organization: its creation, or the rename that gave it a higher version. */
  private final Map<ConsumerOrganizationId, ConsumerOrganization> latest = new HashMap<>();
  private final List<ConsumerOrganization> renames = new ArrayList<>();
  private final Set<ConsumerOrganizationId> deleted = new HashSet<>();
  private final Map<Pair, List<PairCall>> pairCalls = new LinkedHashMap<>();

  private record Pair(ShareId share, ConsumerOrganizationId organization) {}

  /** What one call acknowledged about a pair, at the instant it ran. */
  private enum Seen { OPENED, FOUND_OPEN, CLOSED, FOUND_CLOSED }

  private record PairCall(Instant at, Seen seen) {}

  AcknowledgedWrites(ContractWorld world, Actor actor) {
    this.world = world;
    this.actor = actor;
    this.provider = actor.actingFor().orElseThrow();
  }

  /** {@return whose calls' writes this records} */
  Actor actor() {
    return actor;
  }

  synchronized void created(ConsumerOrganization organization) {
    latest.merge(organization.id(), organization, AcknowledgedWrites::newer);
  }

  synchronized void renamed(ConsumerOrganization renamed) {
    renames.add(renamed);
    latest.merge(renamed.id(), renamed, AcknowledgedWrites::newer);
  }

  /** Records a deletion that returned, and hands its answer back. */
  synchronized DeletionImpact deleted(DeletionImpact impact) {
    if (impact.deleted()) {
      deleted.add(impact.organization().id());
    }
    return impact;
  }

  /**
   * Records an add that ran at {@code at} and returned (its new organizations created, each entry's pair linked or
   * found so), and hands its answer back.
   */
  synchronized AddConsumersResult added(ShareId share, Instant at, AddConsumersResult result) {
    for (EntryOutcome outcome : result.outcomes()) {
      if (outcome.status() == Status.CREATED_AND_LINKED) {
        created(outcome.organization());
      }
      call(share, outcome.organization().id(), at,
          outcome.status() == Status.ALREADY_LINKED ? Seen.FOUND_OPEN : Seen.OPENED);
    }
    return result;
  }

  synchronized void removed(ShareId share, ConsumerOrganizationId organization, Instant at, RemovalOutcome outcome) {
    call(share, organization, at, outcome == RemovalOutcome.REMOVED ? Seen.CLOSED : Seen.FOUND_CLOSED);
  }

  private void call(ShareId share, ConsumerOrganizationId organization, Instant at, Seen seen) {
    pairCalls.computeIfAbsent(new Pair(share, organization), pair -> new ArrayList<>()).add(new PairCall(at, seen));
  }

  /** Checks every recorded write against the stored state, the event log and the stored links; call it once. */
  synchronized void assertPresent() {
    List<ChangeEvent> log = ReadAll.events(world.sdk, actor).stream().map(RecordedEvent::event).toList();
    assertOrganizationsPresent(log);
    Map<ShareId, Set<ConsumerOrganizationId>> consumers = new HashMap<>();
    for (Map.Entry<Pair, List<PairCall>> entry : pairCalls.entrySet()) {
      List<ChangeEvent> ofPair = log.stream().filter(event -> isOf(entry.getKey(), event)).toList();
      assertPairBorneOut(entry.getKey(), entry.getValue(), ofPair);
      assertStoredLinksAsLogged(entry.getKey(), ofPair);
      assertListedAsLogged(entry.getKey(), ofPair, consumers);
    }
  }

  /** A live organization is among a live share's consumers exactly when the log leaves the pair linked. */
  private void assertListedAsLogged(Pair pair, List<ChangeEvent> events,
      Map<ShareId, Set<ConsumerOrganizationId>> consumers) {
    if (world.sdk.shares().find(actor, pair.share()).isEmpty()
        || world.sdk.organizations().find(actor, pair.organization()).isEmpty()) {
      return;
    }
    Set<ConsumerOrganizationId> listed = consumers.computeIfAbsent(pair.share(), share -> {
      Set<ConsumerOrganizationId> ids = new HashSet<>();
      ReadAll.consumers(world.sdk, actor, share).forEach(org -> ids.add(org.id()));
      return ids;
    });
    boolean linked = !events.isEmpty() && events.get(events.size() - 1).type() == EventType.CONSUMER_ADDED;
    assertEquals(linked, listed.contains(pair.organization()),
        () -> pair + ": listed among the share's consumers exactly when the log leaves it linked");
  }

  private void assertOrganizationsPresent(List<ChangeEvent> log) {
    Set<ConsumerOrganizationId> createdInLog = new HashSet<>();
    Set<ConsumerOrganizationId> deletedInLog = new HashSet<>();
    Set<String> renamesInLog = new HashSet<>();
    for (ChangeEvent event : log) {
      switch (event.type()) {
        case ORGANIZATION_CREATED -> createdInLog.add(event.organizationId().orElseThrow());
        case ORGANIZATION_DELETED -> deletedInLog.add(event.organizationId().orElseThrow());
        case ORGANIZATION_RENAMED -> renamesInLog.add(event.organizationId().orElseThrow().value() + " v"
            + event.after().get("version") + " " + event.after().get("name"));
        default -> { }
      }
    }
    latest.forEach((id, acknowledged) -> {
      assertTrue(createdInLog.contains(id), () -> "the acknowledged creation of " + acknowledged + " is not logged");
      Optional<ConsumerOrganization> stored = world.sdk.organizations().find(actor, id);
      if (deleted.contains(id)) {
        assertEquals(Optional.empty(), stored, () -> "the acknowledged deletion of " + id + " was lost");
        assertTrue(deletedInLog.contains(id), () -> "the acknowledged deletion of " + id + " is not logged");
        return;
      }
      ConsumerOrganization now = stored.orElseThrow(() -> new AssertionError(
          "acknowledged organization " + acknowledged + " is gone, and no deletion of it was acknowledged"));
      assertTrue(now.version() >= acknowledged.version(), () -> "organization " + id + " is at version "
          + now.version() + ", older than its acknowledged write " + acknowledged);
      if (now.version() == acknowledged.version()) {
        assertEquals(acknowledged.name(), now.name(), () -> "the name of " + id + " at its acknowledged version");
      }
    });
    for (ConsumerOrganization rename : renames) {
      assertTrue(renamesInLog.contains(rename.id().value() + " v" + rename.version() + " " + rename.name()),
          () -> "the acknowledged rename to " + rename + " is not logged");
    }
  }

  /**
   * The pair's events alternate (added, then removed with the same link id), and each call agrees with the pair's
   * state at its instant: an opening or a removal has its event then, "already linked" needs the pair open at some
   * point of that instant, "was not linked" closed at some point of it.
   */
  private static void assertPairBorneOut(Pair pair, List<PairCall> calls, List<ChangeEvent> events) {
    List<Boolean> openAfter = new ArrayList<>(); // the pair's state after each event, in log order
    String openLink = null;
    for (ChangeEvent event : events) {
      String link = event.after().get("link");
      if (event.type() == EventType.CONSUMER_ADDED) {
        assertEquals(null, openLink, () -> "the log opens " + link + " for " + pair + " while it is linked");
      } else {
        assertEquals(openLink, link, () -> "the log closes " + link + " of " + pair + ", which is not the open link");
      }
      if (!openAfter.isEmpty() && event.occurredAt().isBefore(events.get(openAfter.size() - 1).occurredAt())) {
        fail("the log of " + pair + " goes back in time at " + event + "; the test must move its clock between rounds");
      }
      openLink = event.type() == EventType.CONSUMER_ADDED ? link : null;
      openAfter.add(openLink != null);
    }
    for (Instant at : calls.stream().map(PairCall::at).distinct().toList()) {
      int from = (int) events.stream().filter(e -> e.occurredAt().isBefore(at)).count();
      List<ChangeEvent> then = events.stream().filter(e -> e.occurredAt().equals(at)).toList();
      List<Seen> seen = calls.stream().filter(c -> c.at().equals(at)).map(PairCall::seen).toList();
      String where = pair + " at " + at + ": calls saw " + seen + ", the log has " + then;
      assertEquals(count(seen, Seen.OPENED), then.stream().filter(e -> e.type() == EventType.CONSUMER_ADDED).count(),
          () -> where + ": one CONSUMER_ADDED per acknowledged link, no other");
      assertEquals(count(seen, Seen.CLOSED), then.stream().filter(e -> e.type() == EventType.CONSUMER_REMOVED
          && "removed".equals(e.after().get("reason"))).count(), () -> where + ": one removal event per removal");
      Set<Boolean> states = new HashSet<>(openAfter.subList(Math.max(0, from - 1), from + then.size()));
      if (from == 0) {
        states.add(false);
      }
      assertTrue(!seen.contains(Seen.FOUND_OPEN) || states.contains(true),
          () -> where + ": 'already linked', but the pair was not linked at that moment");
      assertTrue(!seen.contains(Seen.FOUND_CLOSED) || states.contains(false),
          () -> where + ": 'was not linked', but the pair was linked all that moment");
    }
  }

  /** The store keeps the links the log tells of (those that gave access: a link closed as it opened is not kept in
   * windows), each open or closed as the log says, and at most one open. */
  private void assertStoredLinksAsLogged(Pair pair, List<ChangeEvent> events) {
    Map<String, Boolean> logged = new LinkedHashMap<>(); // link id -> open
    Map<String, Boolean> gaveAccess = new HashMap<>();
    for (ChangeEvent event : events) {
      String link = event.after().get("link");
      logged.put(link, event.type() == EventType.CONSUMER_ADDED);
      gaveAccess.put(link, event.type() == EventType.CONSUMER_ADDED
          || event.occurredAt().isAfter(Instant.parse(event.after().get("openedAt"))));
    }
    logged.keySet().removeIf(link -> !gaveAccess.get(link));
    List<Link> stored = world.storage.transactions().inTransaction(provider, TransactionMode.READ_ONLY,
        () -> world.storage.links().linksOfOrganization(provider, pair.organization(), ALL_TIME));
    Map<String, Boolean> kept = new LinkedHashMap<>();
    stored.stream().filter(link -> link.shareId().equals(pair.share()))
        .forEach(link -> kept.put(link.id().value(), link.isOpen()));
    assertEquals(logged, kept, () -> "the stored links of " + pair + " (id: open) against the log's");
  }

  /** Whether the event opens or closes a link of the pair. */
  private static boolean isOf(Pair pair, ChangeEvent event) {
    return (event.type() == EventType.CONSUMER_ADDED || event.type() == EventType.CONSUMER_REMOVED)
        && event.shareId().equals(Optional.of(pair.share()))
        && event.organizationId().equals(Optional.of(pair.organization()));
  }

  private static long count(List<Seen> seen, Seen kind) {
    return seen.stream().filter(kind::equals).count();
  }

  private static ConsumerOrganization newer(ConsumerOrganization a, ConsumerOrganization b) {
    return b.version() > a.version() ? b : a;
  }
}
