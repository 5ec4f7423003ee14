package org.consumerorgs.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.consumerorgs.Actor;
import org.consumerorgs.domain.ActiveConsumer;
import org.consumerorgs.domain.AddConsumersResult;
import org.consumerorgs.domain.AddConsumersResult.EntryOutcome;
import org.consumerorgs.domain.AddConsumersResult.Status;
import org.consumerorgs.domain.ChangeEvent;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.DeletionImpact;
import org.consumerorgs.domain.EventType;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.error.BatchRejectedException;
import org.consumerorgs.error.BatchRejectedException.EntryRejection;
import org.consumerorgs.error.DuplicateNameException;
import org.consumerorgs.error.NotFoundException;
import org.consumerorgs.error.ObjectKind;
import org.consumerorgs.error.StaleVersionException;
import org.consumerorgs.policy.NamingPolicy;

/**
 * The invariants the {@linkplain ConcurrencyContract concurrency contract} checks once a race is over, one method per
 * invariant, and the records its races collect. Each judges only what a serial execution could have given, whichever
 * thread won, against what the public API reads back.
 */
final class ConcurrencyInvariants {
  private ConcurrencyInvariants() {}

  // ---- racing creates of one name -------------------------------------------------------------------------------

  static String keyOf(NamingPolicy naming, String name) {
    return naming.check(name).uniquenessKey();
  }

  /** Each round's racing creates of one name, sixteen spellings of it: exactly one won, under that name. */
  static void oneCreateWinsEachName(NamingPolicy naming, RaceOutcomes<Attempt<ConsumerOrganization>> creates,
      int rounds) {
    for (int round = 0; round < rounds; round++) {
      int r = round;
      List<Attempt<ConsumerOrganization>> attempts = creates.round(round);
      List<ConsumerOrganization> winners = attempts.stream().filter(Attempt::succeeded).map(Attempt::value).toList();
      assertEquals(1, winners.size(),
          () -> "round " + r + ": exactly one of the racing creates of one name must win; outcomes " + attempts);
      assertEquals(keyOf(naming, "Contended Org " + round), keyOf(naming, winners.get(0).name()),
          "round " + r + ": the winner's name");
    }
  }

  /** Every create that lost is refused as a duplicate name, naming the winner of its round as the holder. */
  static void losingCreatesNameTheWinner(RaceOutcomes<Attempt<ConsumerOrganization>> creates, int rounds) {
    for (int round = 0; round < rounds; round++) {
      int r = round;
      ConsumerOrganization winner = winnerOf(creates.round(round));
      for (Attempt<ConsumerOrganization> attempt : creates.round(round)) {
        if (!attempt.succeeded()) {
          DuplicateNameException duplicate = assertInstanceOf(DuplicateNameException.class, attempt.failure(),
              () -> "round " + r + ": a losing create must be refused as a duplicate name, got " + attempt);
          assertEquals(Optional.of(winner.id()), duplicate.existingOrganizationId(),
              () -> "round " + r + ": the refusal must name the winner; " + attempt);
        }
      }
    }
  }

  /** The winner alone holds each contended name, and the log has its creation only; nothing else is live. */
  static void theWinnerAloneHoldsEachName(ContractWorld world, RaceOutcomes<Attempt<ConsumerOrganization>> creates,
      int rounds) {
    NamingPolicy naming = world.sdk.policies().naming();
    List<ConsumerOrganization> live = ReadAll.organizations(world.sdk, world.alice);
    List<RecordedEvent> events = ReadAll.events(world.sdk, world.alice);
    for (int round = 0; round < rounds; round++) {
      int r = round;
      String key = keyOf(naming, "Contended Org " + round);
      ConsumerOrganization winner = winnerOf(creates.round(round));
      assertEquals(List.of(winner.id()), live.stream().filter(org -> key.equals(keyOf(naming, org.name())))
          .map(ConsumerOrganization::id).toList(), "round " + r + ": exactly one live organization holds the name, the winner");
      List<RecordedEvent> created = events.stream()
          .filter(e -> e.event().type() == EventType.ORGANIZATION_CREATED)
          .filter(e -> key.equals(keyOf(naming, e.event().after().get("name"))))
          .toList();
      assertEquals(1, created.size(), () -> "round " + r + ": exactly one ORGANIZATION_CREATED event; " + created);
      assertEquals(Optional.of(winner.id()), created.get(0).event().organizationId(),
          "round " + r + ": the creation event is the winner's");
    }
    assertEquals(rounds, live.size(), () -> "one live organization per contended name; live: " + live);
  }

  private static ConsumerOrganization winnerOf(List<Attempt<ConsumerOrganization>> round) {
    return round.stream().filter(Attempt::succeeded).map(Attempt::value).findFirst()
        .orElseThrow(() -> new AssertionError("no create of the round won: " + round));
  }

  // ---- adding an organization while it is deleted ---------------------------------------------------------------

  /** The targets of an add-or-delete race: {@code targets[round][pair]}, added to {@code shares.get(pair % 2)}. */
  record AddDeleteRace(ConsumerOrganization[][] targets, List<ShareId> shares, RaceOutcomes<Attempt<?>> outcomes) {
    int rounds() {
      return targets.length;
    }

    int pairs() {
      return targets[0].length;
    }

    Attempt<?> add(int round, int pair) {
      return outcomes.of(2 * pair, round);
    }

    Attempt<?> delete(int round, int pair) {
      return outcomes.of(2 * pair + 1, round);
    }

    Set<ConsumerOrganizationId> targetIds() {
      Set<ConsumerOrganizationId> ids = new HashSet<>();
      for (ConsumerOrganization[] round : targets) {
        for (ConsumerOrganization target : round) {
          ids.add(target.id());
        }
      }
      return ids;
    }

    /** The adds that won. */
    List<AddConsumersResult> wonAdds() {
      List<AddConsumersResult> won = new ArrayList<>();
      for (int pair = 0; pair < pairs(); pair++) {
        outcomes.ofThread(2 * pair).stream().filter(Attempt::succeeded)
            .forEach(add -> won.add((AddConsumersResult) add.value()));
      }
      return won;
    }

    /** Each share's expected consumers: the new organization of every batch that won. */
    Map<ShareId, Set<ConsumerOrganizationId>> expectedConsumers() {
      Map<ShareId, Set<ConsumerOrganizationId>> expected = new HashMap<>();
      shares.forEach(share -> expected.put(share, new HashSet<>()));
      for (int round = 0; round < rounds(); round++) {
        for (int pair = 0; pair < pairs(); pair++) {
          Set<ConsumerOrganizationId> consumers = expected.get(shares.get(pair % 2));
          if (add(round, pair).succeeded()) {
            ((AddConsumersResult) add(round, pair).value()).outcomes().stream()
                .filter(outcome -> outcome.status() == Status.CREATED_AND_LINKED)
                .forEach(outcome -> consumers.add(outcome.organization().id()));
          }
        }
      }
      return expected;
    }

    Set<ConsumerOrganizationId> freshIds() {
      Set<ConsumerOrganizationId> fresh = new HashSet<>();
      expectedConsumers().values().forEach(fresh::addAll);
      return fresh;
    }
  }

  /**
   * Each pair's add and delete end as in one serial order: the add linked first and the delete ended that link, or
   * the delete came first and the batch was rejected for the missing organization alone.
   */
  static void eachAddAndDeleteEndAsInSomeOrder(AddDeleteRace race) {
    for (int round = 0; round < race.rounds(); round++) {
      for (int pair = 0; pair < race.pairs(); pair++) {
        String where = "round " + round + ", pair " + pair;
        ConsumerOrganization target = race.targets()[round][pair];
        ShareId share = race.shares().get(pair % 2);
        Attempt<?> add = race.add(round, pair);
        Attempt<?> delete = race.delete(round, pair);
        assertTrue(delete.succeeded(), () -> where + ": deleting a live organization must succeed, got " + delete);
        DeletionImpact impact = (DeletionImpact) delete.value();
        if (add.succeeded()) {
          assertEquals(List.of(Status.LINKED, Status.CREATED_AND_LINKED), ((AddConsumersResult) add.value())
              .outcomes().stream().map(EntryOutcome::status).toList(), where + ": statuses of the batch");
          // The batch saw the organization live, so it linked before the delete, which must have ended that link.
          assertEquals(List.of(share), impact.sharesLosingAccess().stream().map(Share::id).toList(),
              () -> where + ": the add won, so the delete must report the share losing access; " + impact);
        } else {
          assertRejectedAsNotFound(where, add, target);
          assertEquals(List.of(), impact.sharesLosingAccess(),
              () -> where + ": the delete won, so no share lost the organization; " + impact);
        }
      }
    }
  }

  private static void assertRejectedAsNotFound(String where, Attempt<?> add, ConsumerOrganization target) {
    BatchRejectedException rejected = assertInstanceOf(BatchRejectedException.class, add.failure(),
        () -> where + ": adding a deleted organization must be a rejected batch, got " + add);
    assertEquals(1, rejected.rejections().size(), () -> where + ": one wrong entry; " + rejected.rejections());
    EntryRejection rejection = rejected.rejections().get(0);
    assertEquals(0, rejection.index(), where + ": the existing organization is the wrong entry");
    NotFoundException notFound = assertInstanceOf(NotFoundException.class, rejection.reason(),
        () -> where + ": the reason must be 'not found', got " + rejection.reason());
    assertEquals(ObjectKind.CONSUMER_ORGANIZATION, notFound.kind(), where);
    assertEquals(target.id().value(), notFound.id(), where);
  }

  /** Every target is gone, and so is every share of it; only the winning batches' new organizations are left. */
  static void onlyTheWinningBatchesNewOrganizationsRemain(ContractWorld world, AddDeleteRace race) {
    for (ConsumerOrganizationId id : race.targetIds()) {
      assertEquals(Optional.empty(), world.sdk.organizations().find(world.alice, id), "deleted " + id);
      assertThrows(NotFoundException.class,
          () -> world.sdk.organizations().sharesOf(world.alice, id, PageRequest.first()), "shares of deleted " + id);
    }
    Map<ShareId, Set<ConsumerOrganizationId>> expectedConsumers = race.expectedConsumers();
    for (ShareId share : race.shares()) {
      assertEquals(expectedConsumers.get(share), ids(ReadAll.consumers(world.sdk, world.alice, share)),
          "consumers of " + share + ": exactly the new organizations of the batches that won");
    }
    assertEquals(race.freshIds(), ids(ReadAll.organizations(world.sdk, world.alice)),
        "live organizations: the new ones of the batches that won, none of a rejected batch, no deleted one");
  }

  /**
   * The log ends each target with its one deletion, after which nothing happens to it, and closes every link of it;
   * it has one link opened to a target and one organization created per batch that won, none for a rejected one.
   */
  static void theLogEndsEveryTargetWithItsDeletion(ContractWorld world, AddDeleteRace race) {
    List<RecordedEvent> events = ReadAll.events(world.sdk, world.alice);
    List<LoggedLink> links = LoggedLink.fromLog(events);
    Set<ConsumerOrganizationId> targetIds = race.targetIds();
    for (ConsumerOrganizationId id : targetIds) {
      List<RecordedEvent> ofTarget = events.stream().filter(e -> e.event().organizationId().equals(Optional.of(id)))
          .toList();
      long deletions = ofTarget.stream().filter(e -> e.event().type() == EventType.ORGANIZATION_DELETED).count();
      assertEquals(1, deletions, () -> "one ORGANIZATION_DELETED for " + id + "; " + ofTarget);
      RecordedEvent last = ofTarget.get(ofTarget.size() - 1);
      assertEquals(EventType.ORGANIZATION_DELETED, last.event().type(),
          () -> "nothing may happen to " + id + " after its deletion; its events " + ofTarget);
      for (LoggedLink link : links) {
        if (link.organization().equals(id)) {
          assertTrue(link.closed().isPresent(),
              () -> "every CONSUMER_ADDED for deleted " + id + " must be followed by a CONSUMER_REMOVED; "
                  + ofTarget);
        }
      }
    }
    int successfulAdds = race.wonAdds().size();
    long added = events.stream().filter(e -> e.event().type() == EventType.CONSUMER_ADDED)
        .filter(e -> targetIds.contains(e.event().organizationId().orElseThrow())).count();
    assertEquals(successfulAdds, added, "one CONSUMER_ADDED for a target per batch that won");
    long freshCreated = events.stream().filter(e -> e.event().type() == EventType.ORGANIZATION_CREATED)
        .filter(e -> e.event().after().getOrDefault("name", "").startsWith("Fresh ")).count();
    assertEquals(successfulAdds, freshCreated, "one ORGANIZATION_CREATED per batch that won, none for a rejected one");
  }

  /**
   * Monthly Active Consumers agrees with the log: this month, every link that gave access at some moment counts;
   * next month, only links still open can, and no deleted organization may be among them. Moves the clock to the next
   * month: check it last.
   */
  static void monthlyActiveConsumersAgreeWithTheLog(ContractWorld world, AddDeleteRace race) {
    List<LoggedLink> links = LoggedLink.fromLog(ReadAll.events(world.sdk, world.alice));
    YearMonth thisMonth = YearMonth.from(ContractWorld.START.atZone(ZoneOffset.UTC));
    Set<ConsumerOrganizationId> activeByLog = new HashSet<>();
    for (LoggedLink link : links) {
      if (link.gaveAccess()) {
        activeByLog.add(link.organization());
      }
    }
    assertEquals(activeByLog, activeIn(world, thisMonth),
        "Monthly Active Consumers of " + thisMonth + " against the link history in the event log");
    world.clock.set(thisMonth.plusMonths(1).atDay(15).atStartOfDay(ZoneOffset.UTC).toInstant());
    assertEquals(race.freshIds(), activeIn(world, thisMonth.plusMonths(1)),
        "Monthly Active Consumers of the next month: only still-open links count, none to a deleted organization");
  }

  // ---- adds racing removals of one pair -------------------------------------------------------------------------

  /**
   * Every add linked the pair or found it linked and every removal removed it or found it unlinked (their outcomes
   * say which, and the acknowledged writes judge it): nothing else, not even a retryable failure. Threads below
   * {@code adders} add, the others remove.
   */
  static void everyAddAndRemovalSucceeds(RaceOutcomes<List<Attempt<String>>> calls, int adders) {
    Map<String, Long> outcomes = new TreeMap<>();
    RuntimeException first = null;
    for (int thread = 0; thread < calls.byThread().size(); thread++) {
      String verb = thread < adders ? "add" : "remove";
      for (Attempt<String> call : calls.ofThread(thread).stream().flatMap(List::stream).toList()) {
        String outcome = call.succeeded() ? call.value() : verb + " threw " + call.failure().getClass().getName();
        outcomes.merge(outcome, 1L, Long::sum);
        if (first == null && !call.succeeded()) {
          first = call.failure();
        }
      }
    }
    if (first != null) {
      fail("every add must link the pair or find it linked, every removal remove it or find it unlinked, and nothing"
          + " else; outcomes: " + outcomes + "; the first failure: " + first, first);
    }
  }

  // ---- racing renames -------------------------------------------------------------------------------------------

  /** A rename made with the version its thread had just read. */
  record RenameTry(long versionRead, String name, Attempt<ConsumerOrganization> attempt) {}

  /** The successful renames by the version they read; a version read by two of them is kept once. */
  static Map<Long, RenameTry> successesByVersionRead(List<RenameTry> tries) {
    Map<Long, RenameTry> successes = new LinkedHashMap<>();
    tries.stream().filter(t -> t.attempt().succeeded()).forEach(t -> successes.put(t.versionRead(), t));
    return successes;
  }

  /**
   * A rename succeeded only from the version it read, once per version, to the next version with its own name; one
   * that failed is stale, having met a newer version than it read.
   */
  static void eachRenameWinsFromTheVersionItReadOrIsStale(List<RenameTry> tries) {
    Map<Long, RenameTry> successByVersionRead = new HashMap<>();
    for (RenameTry attempt : tries) {
      if (attempt.attempt().succeeded()) {
        RenameTry earlier = successByVersionRead.put(attempt.versionRead(), attempt);
        assertEquals(null, earlier, () -> "two renames succeeded with version " + attempt.versionRead()
            + " (a lost update): " + earlier + " and " + attempt);
        ConsumerOrganization renamed = attempt.attempt().value();
        assertEquals(attempt.versionRead() + 1, renamed.version(), () -> "version after " + attempt);
        assertEquals(attempt.name(), renamed.name(), () -> "name after " + attempt);
      } else {
        StaleVersionException stale = assertInstanceOf(StaleVersionException.class, attempt.attempt().failure(),
            () -> "a rename that lost must fail as stale, got " + attempt);
        assertEquals(attempt.versionRead(), stale.expectedVersion(), () -> "expected version of " + attempt);
        assertTrue(stale.currentVersion() > attempt.versionRead(),
            () -> "a stale rename must see a newer version; " + attempt + " saw " + stale.currentVersion());
      }
    }
  }

  /**
   * At least one rename per round succeeded, exactly one from each version from 1 on without a hole, and the stored
   * organization is at the version and name of the last.
   */
  static void theVersionsCountTheRenamesWithoutAHole(ContractWorld world, ConsumerOrganizationId org,
      List<RenameTry> tries, int rounds) {
    Map<Long, RenameTry> successByVersionRead = successesByVersionRead(tries);
    int successes = successByVersionRead.size();
    assertTrue(successes >= rounds, () -> "at least one rename per round must succeed, got " + successes);
    assertEquals(LongStream.rangeClosed(1, successes).boxed().toList(),
        successByVersionRead.keySet().stream().sorted().toList(),
        "exactly one rename succeeded for each version from 1 on, without a hole");
    ConsumerOrganization last = world.sdk.organizations().get(world.alice, org);
    assertEquals(1 + successes, last.version(), "final version: 1 + the number of successful renames");
    assertEquals(successByVersionRead.get((long) successes).name(), last.name(), "final name: the last rename's");
  }

  /** One ORGANIZATION_RENAMED per successful rename, in version order, each starting from the previous one's name. */
  static void theLogChainsTheRenames(ContractWorld world, String firstName, List<RenameTry> tries) {
    Map<Long, RenameTry> successByVersionRead = successesByVersionRead(tries);
    List<ChangeEvent> renames = ReadAll.events(world.sdk, world.alice).stream().map(RecordedEvent::event)
        .filter(e -> e.type() == EventType.ORGANIZATION_RENAMED).toList();
    assertEquals(successByVersionRead.size(), renames.size(), "one ORGANIZATION_RENAMED event per successful rename");
    String previousName = firstName;
    for (int i = 0; i < renames.size(); i++) {
      ChangeEvent rename = renames.get(i);
      long before = Long.parseLong(rename.before().get("version"));
      long after = Long.parseLong(rename.after().get("version"));
      assertEquals(i + 1L, before, "rename event " + (i + 1) + " in log order: version before");
      assertEquals(before + 1, after, "rename event " + (i + 1) + ": version after = version before + 1");
      assertEquals(previousName, rename.before().get("name"),
          "rename event " + (i + 1) + ": its name before is the previous rename's name after (no lost update)");
      assertEquals(successByVersionRead.get(before).name(), rename.after().get("name"),
          "rename event " + (i + 1) + ": its name after");
      previousName = rename.after().get("name");
    }
  }

  // ---- racing batches with overlapping new names ----------------------------------------------------------------

  /** One batch a thread sent: its member, then {@code names} as new organizations. */
  record BatchTry(int thread, ShareId share, List<String> names, Attempt<AddConsumersResult> attempt) {}

  /** What the batches that succeeded leave behind, and the holders the rejected ones named. */
  record BatchExpectations(Set<ConsumerOrganizationId> live, Map<ShareId, Set<ConsumerOrganizationId>> consumers,
      Map<ConsumerOrganizationId, String> holdersSeen, long linksOpened) {

    static BatchExpectations of(NamingPolicy naming, List<ConsumerOrganization> members, List<ShareId> shares,
        List<BatchTry> batches) {
      Set<ConsumerOrganizationId> live = new HashSet<>(ids(members));
      Map<ShareId, Set<ConsumerOrganizationId>> consumers = new HashMap<>();
      shares.forEach(share -> consumers.put(share, new HashSet<>()));
      Map<ConsumerOrganizationId, String> holdersSeen = new HashMap<>();
      long linksOpened = 0;
      for (BatchTry batch : batches) {
        if (batch.attempt().succeeded()) {
          List<EntryOutcome> outcomes = batch.attempt().value().outcomes();
          outcomes.stream().skip(1).forEach(created -> live.add(created.organization().id()));
          outcomes.forEach(outcome -> consumers.get(batch.share()).add(outcome.organization().id()));
          linksOpened += outcomes.stream().filter(outcome -> outcome.status() != Status.ALREADY_LINKED).count();
        } else if (batch.attempt().failure() instanceof BatchRejectedException rejected) {
          for (EntryRejection rejection : rejected.rejections()) {
            if (rejection.reason() instanceof DuplicateNameException duplicate && rejection.index() >= 1
                && rejection.index() <= batch.names().size()) {
              duplicate.existingOrganizationId().ifPresent(holder -> holdersSeen.put(holder,
                  keyOf(naming, batch.names().get(rejection.index() - 1))));
            }
          }
        }
      }
      return new BatchExpectations(live, consumers, holdersSeen, linksOpened);
    }
  }

  /**
   * A batch that succeeded has an outcome per entry: its member linked, or already linked exactly when an earlier
   * successful batch of its thread linked it to that share (a thread's batches run one after another, so a rejected
   * batch that linked it anyway shows here), and every new name created and linked under its normalised name.
   */
  static void eachSuccessfulBatchIsWhole(NamingPolicy naming, List<ConsumerOrganization> members,
      RaceOutcomes<BatchTry> batches) {
    for (List<BatchTry> ofThread : batches.byThread()) {
      Set<ShareId> memberLinkedTo = new HashSet<>();
      for (BatchTry batch : ofThread) {
        if (!batch.attempt().succeeded()) {
          continue;
        }
        List<EntryOutcome> outcomes = batch.attempt().value().outcomes();
        assertEquals(4, outcomes.size(), () -> "one outcome per entry: " + batch);
        assertEquals(members.get(batch.thread()).id(), outcomes.get(0).organization().id(),
            () -> "entry 1 is the member: " + batch);
        Status memberStatus = memberLinkedTo.add(batch.share()) ? Status.LINKED : Status.ALREADY_LINKED;
        assertEquals(memberStatus, outcomes.get(0).status(), () -> "the member's status in " + batch);
        for (int j = 0; j < 3; j++) {
          EntryOutcome created = outcomes.get(j + 1);
          assertEquals(Status.CREATED_AND_LINKED, created.status(), "entry " + (j + 2) + " of " + batch);
          assertEquals(naming.check(batch.names().get(j)).value(), created.organization().name(),
              "the created organization's name, normalised, in " + batch);
        }
      }
    }
    assertTrue(batches.all().stream().anyMatch(batch -> batch.attempt().succeeded()),
        "at least the first batch to commit must succeed");
  }

  /** A batch that failed was rejected for new names that were taken, each rejection naming the name's holder. */
  static void eachFailedBatchIsRejectedForTakenNewNames(List<BatchTry> batches) {
    for (BatchTry batch : batches) {
      if (batch.attempt().succeeded()) {
        continue;
      }
      BatchRejectedException rejected = assertInstanceOf(BatchRejectedException.class,
          batch.attempt().failure(), () -> "a batch may only be rejected, got " + batch);
      assertFalse(rejected.rejections().isEmpty(), () -> "a rejection names its wrong entries: " + batch);
      for (EntryRejection rejection : rejected.rejections()) {
        assertTrue(rejection.index() >= 1 && rejection.index() <= 3,
            () -> "only a new name can be wrong in " + batch + "; rejected " + rejection);
        DuplicateNameException duplicate = assertInstanceOf(DuplicateNameException.class, rejection.reason(),
            () -> "a new name can only be taken in " + batch + "; rejected " + rejection);
        assertTrue(duplicate.existingOrganizationId().isPresent(), () -> "a taken name names its holder: " + rejection);
      }
    }
  }

  /**
   * The live organizations are the members and every organization of a batch that succeeded, none of a rejected one,
   * each name held once, every holder a rejection named among them with that name; and each share's consumers are
   * the entries of the batches that succeeded.
   */
  static void theSuccessfulBatchesAloneAreStored(ContractWorld world, List<ShareId> shares,
      BatchExpectations expected) {
    NamingPolicy naming = world.sdk.policies().naming();
    List<ConsumerOrganization> live = ReadAll.organizations(world.sdk, world.alice);
    Map<String, List<ConsumerOrganization>> byKey = live.stream()
        .collect(Collectors.groupingBy(org -> keyOf(naming, org.name())));
    byKey.forEach((key, holders) -> assertEquals(1, holders.size(), () -> "two live organizations share the name "
        + key + ": " + holders));
    assertEquals(expected.live(), ids(live),
        "live organizations: the members and every organization of a batch that succeeded, none of a rejected one");
    Map<ConsumerOrganizationId, ConsumerOrganization> liveById = live.stream()
        .collect(Collectors.toMap(ConsumerOrganization::id, Function.identity()));
    expected.holdersSeen().forEach((holder, key) -> {
      assertTrue(liveById.containsKey(holder), () -> "a rejection named " + holder + ", which is not live");
      assertEquals(key, keyOf(naming, liveById.get(holder).name()),
          () -> "a rejection named " + holder + " as holder of " + key);
    });
    for (ShareId share : shares) {
      assertEquals(expected.consumers().get(share), ids(ReadAll.consumers(world.sdk, world.alice, share)),
          "consumers of " + share + ": the entries of the batches that succeeded, nothing of a rejected one");
    }
  }

  /** One ORGANIZATION_CREATED per live organization, no repeats; one CONSUMER_ADDED per link the batches opened. */
  static void theLogHasEachCreationAndLinkOnce(ContractWorld world, BatchExpectations expected) {
    List<ChangeEvent> events = ReadAll.events(world.sdk, world.alice).stream().map(RecordedEvent::event).toList();
    assertEquals(expected.live(), events.stream().filter(e -> e.type() == EventType.ORGANIZATION_CREATED)
            .map(e -> e.organizationId().orElseThrow()).collect(Collectors.toSet()),
        "ORGANIZATION_CREATED events: one per live organization");
    assertEquals(expected.live().size(),
        events.stream().filter(e -> e.type() == EventType.ORGANIZATION_CREATED).count(),
        "ORGANIZATION_CREATED events: no repeats");
    assertEquals(expected.linksOpened(), events.stream().filter(e -> e.type() == EventType.CONSUMER_ADDED).count(),
        "CONSUMER_ADDED events: one per link the successful batches opened");
  }

  // ---- event sequences ------------------------------------------------------------------------------------------

  /** {@code reader}'s log numbers its events 1..n without gaps or repeats, all of {@code provider}, {@code expected}. */
  static void theLogIsGaplessWithOneEventPerChange(ContractWorld world, Actor reader, ProviderId provider,
      long expected) {
    List<RecordedEvent> events = ReadAll.events(world.sdk, reader);
    for (int i = 0; i < events.size(); i++) {
      RecordedEvent event = events.get(i);
      long position = i + 1L;
      assertEquals(position, event.sequence(), () -> reader.id() + "'s log must number its events 1..n without gaps"
          + " or repeats; event " + position + " has sequence " + event.sequence());
      assertEquals(provider, event.event().providerId(), () -> reader.id() + " read another provider's event");
    }
    assertEquals(expected, events.size(), reader.id() + "'s events: one per change, numbered on their own");
  }

  // ---- shared ---------------------------------------------------------------------------------------------------

  static Set<ConsumerOrganizationId> ids(List<ConsumerOrganization> organizations) {
    Set<ConsumerOrganizationId> ids = new HashSet<>();
    organizations.forEach(org -> assertTrue(ids.add(org.id()), () -> "listed twice: " + org));
    return ids;
  }

  private static Set<ConsumerOrganizationId> activeIn(ContractWorld world, YearMonth month) {
    return world.sdk.monthlyActiveConsumers().report(world.alice, month).consumers().stream()
        .map(ActiveConsumer::organizationId).collect(Collectors.toSet());
  }
}
