package org.consumerorgs.chaos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.policy.NamingPolicy;

/**
 * What must hold after any run, whatever failed during it: each check's violations, by check, in a fixed order (a
 * check with none is listed with none, so the report shows what was checked).
 */
final class InvariantChecks {
  static final String UNIQUE_NAMES = "unique live names";
  static final String NO_OPEN_LINK_TO_DELETED = "no open link to a deleted organization or share";
  static final String GAPLESS_EVENTS = "events gapless and equal to the counter";
  static final String STATE_IS_REPLAY = "state equal to a replay of the events";
  static final String SERIAL_HISTORY = "the log is a serial history (one call's events together, every step legal)";
  static final String ALREADY_LINKED_IN_ORDER = "a pair reported already linked was linked when the call committed";
  static final String ACKNOWLEDGED_PRESENT = "every acknowledged write present";
  static final String DEFINITE_FAILURES_TRACELESS = "every definite failure left no trace";
  static final String UNKNOWN_ALL_OR_NOTHING = "a call of unknown outcome applied all of it or none";
  static final String NO_PHANTOM_WRITES = "no event from a call that was not made";
  static final String ONLY_SDK_EXCEPTIONS = "no exception outside org.consumerorgs.error reached the caller";

  private final Map<String, List<String>> violations = new LinkedHashMap<>();
  private final StoreSnapshot store;
  private final EventReplay replay;
  private final List<Call> calls;
  private final NamingPolicy naming;
  private final String setupActor;
  private final Map<String, List<RecordedEvent>> eventsByActor = new HashMap<>();

  private InvariantChecks(StoreSnapshot store, List<Call> calls, NamingPolicy naming, String setupActor) {
    this.store = store;
    Map<String, List<String>> alreadyLinked = new HashMap<>();
    calls.forEach(call -> call.acknowledged().ifPresent(done -> alreadyLinked.put(call.actorId(),
        done.alreadyLinked())));
    this.replay = EventReplay.of(store.events(), naming, alreadyLinked);
    this.calls = calls;
    this.naming = naming;
    this.setupActor = setupActor;
    store.events().forEach(e -> eventsByActor.computeIfAbsent(e.event().actorId(), a -> new ArrayList<>()).add(e));
    List.of(UNIQUE_NAMES, NO_OPEN_LINK_TO_DELETED, GAPLESS_EVENTS, STATE_IS_REPLAY, SERIAL_HISTORY,
        ALREADY_LINKED_IN_ORDER, ACKNOWLEDGED_PRESENT, DEFINITE_FAILURES_TRACELESS, UNKNOWN_ALL_OR_NOTHING, NO_PHANTOM_WRITES,
        ONLY_SDK_EXCEPTIONS).forEach(check -> violations.put(check, new ArrayList<>()));
  }

  /** Every check's violations, by check. */
  static Map<String, List<String>> run(StoreSnapshot store, List<Call> calls, NamingPolicy naming, String setupActor) {
    InvariantChecks checks = new InvariantChecks(store, calls, naming, setupActor);
    checks.uniqueNames();
    checks.noOpenLinkToDeleted();
    checks.gaplessEvents();
    checks.stateIsReplay();
    checks.serialHistory();
    checks.calls();
    checks.noPhantomWrites();
    return checks.violations;
  }

  private void uniqueNames() {
    Map<String, List<String>> byKey = new TreeMap<>();
    for (ConsumerOrganization org : store.organizations()) {
      byKey.computeIfAbsent(naming.check(org.name()).uniquenessKey(), k -> new ArrayList<>())
          .add(org.id().value() + " \"" + org.name() + "\"");
    }
    byKey.forEach((key, holders) -> {
      if (holders.size() > 1) {
        violations.get(UNIQUE_NAMES).add("live organizations sharing the key \"" + key + "\": " + holders);
      }
    });
  }

  private void noOpenLinkToDeleted() {
    store.openLinksToDeleted().forEach(link -> violations.get(NO_OPEN_LINK_TO_DELETED).add("open link " + link));
  }

  private void gaplessEvents() {
    List<RecordedEvent> events = store.events();
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).sequence() != i + 1) {
        violations.get(GAPLESS_EVENTS).add("event " + (i + 1) + " of the log has sequence " + events.get(i).sequence());
        break;
      }
    }
    if (store.counter() != events.size()) {
      violations.get(GAPLESS_EVENTS).add("the counter says " + store.counter() + ", the log holds " + events.size());
    }
  }

  private void stateIsReplay() {
    List<String> found = violations.get(STATE_IS_REPLAY);
    Map<String, EventReplay.Organization> live = new HashMap<>();
    store.organizations().forEach(o -> live.put(o.id().value(), new EventReplay.Organization(o.name(), o.version())));
    differences("live organizations", replay.organizations, live, found);
    Set<String> shares = store.shares().stream().map(s -> s.id().value()).collect(Collectors.toSet());
    differences("live shares", asMap(replay.shares), asMap(shares), found);
    Map<String, Set<String>> replayedConsumers = new TreeMap<>();
    replay.shares.forEach(s -> replayedConsumers.put(s, new HashSet<>()));
    replay.openLinks.keySet().forEach(pair -> replayedConsumers.computeIfAbsent(pair.substring(0, pair.indexOf('/')),
        s -> new HashSet<>()).add(pair.substring(pair.indexOf('/') + 1)));
    differences("consumers by share", replayedConsumers, store.consumersByShare(), found);
    differences("open links in the link table", asMap(replay.openLinks.keySet()), asMap(store.openLinks()), found);
  }

  private void serialHistory() {
    List<String> found = violations.get(SERIAL_HISTORY);
    found.addAll(replay.illegal);
    violations.get(ALREADY_LINKED_IN_ORDER).addAll(replay.notLinkedWhenReported);
    eventsByActor.forEach((actor, events) -> {
      long first = events.get(0).sequence();
      long last = events.get(events.size() - 1).sequence();
      if (last - first + 1 != events.size()) {
        found.add(actor + "'s " + events.size() + " events are spread over sequences " + first + " to " + last);
      }
    });
  }

  private void calls() {
    for (Call call : calls) {
      List<String> recorded = eventsByActor.getOrDefault(call.actorId(), List.of()).stream()
          .map(EventSignature::of).sorted().toList();
      switch (call.kind()) {
        case ACKNOWLEDGED -> {
          if (!recorded.equals(call.acknowledged().orElseThrow().events().stream().sorted().toList())) {
            violations.get(ACKNOWLEDGED_PRESENT).add(call.line() + "; recorded " + recorded);
          }
        }
        case REFUSED, STORAGE_NOT_APPLIED -> {
          if (!recorded.isEmpty()) {
            violations.get(DEFINITE_FAILURES_TRACELESS).add(call.line() + "; recorded " + recorded);
          }
        }
        case STORAGE_UNKNOWN, FOREIGN -> {
          if (call.kind() == OutcomeKind.FOREIGN) {
            violations.get(ONLY_SDK_EXCEPTIONS).add(call.line());
          }
          if (!recorded.isEmpty() && !CallShapes.wholeCall(call.what(), recorded)) {
            violations.get(UNKNOWN_ALL_OR_NOTHING).add(call.line() + "; recorded " + recorded);
          }
        }
      }
    }
  }

  private void noPhantomWrites() {
    Set<String> actors = calls.stream().map(Call::actorId).collect(Collectors.toSet());
    actors.add(setupActor);
    eventsByActor.forEach((actor, events) -> {
      if (!actors.contains(actor)) {
        violations.get(NO_PHANTOM_WRITES).add(events.size() + " events by " + actor + ", which made no call");
      }
    });
  }

  private static <V> void differences(String what, Map<String, V> replayed, Map<String, V> stored,
      List<String> found) {
    Set<String> ids = new TreeSet<>(replayed.keySet());
    ids.addAll(stored.keySet());
    for (String id : ids) {
      V expected = replayed.get(id);
      V actual = stored.get(id);
      if (expected == null ? actual != null : !expected.equals(actual)) {
        found.add(what + ": " + id + " is " + actual + " in the store, " + expected + " in the replay");
      }
    }
  }

  private static Map<String, Boolean> asMap(Set<String> set) {
    return set.stream().collect(Collectors.toMap(s -> s, s -> true));
  }
}
