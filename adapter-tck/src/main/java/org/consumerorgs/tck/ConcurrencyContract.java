package org.consumerorgs.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
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
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.ActiveConsumer;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.AddConsumersResult;
import org.consumerorgs.domain.AddConsumersResult.EntryOutcome;
import org.consumerorgs.domain.AddConsumersResult.Status;
import org.consumerorgs.domain.ChangeEvent;
import org.consumerorgs.domain.ConsumerEntry;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.DeletionImpact;
import org.consumerorgs.domain.EventType;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.domain.RemovalOutcome;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.error.BatchRejectedException;
import org.consumerorgs.error.BatchRejectedException.EntryRejection;
import org.consumerorgs.error.DuplicateNameException;
import org.consumerorgs.error.NotFoundException;
import org.consumerorgs.error.ObjectKind;
import org.consumerorgs.error.StaleVersionException;
import org.consumerorgs.policy.NamingPolicy;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The rules hold when many threads on two host instances act at the same moment, because the store, not a lock in one
 * process, judges every conflict: one winner per name, no open link to a deleted organization, no lost rename (a
 * rename names the version it read), atomic batches, and an event log without gaps, each event written in the
 * transaction of its change.
 *
 * <p>Each test races {@value Race#THREADS} threads, started together and kept in step round by round; even-numbered
 * threads use one SDK instance and odd-numbered threads another, built over
 * {@link #secondStorageOverSameData(org.consumerorgs.spi.Storage)}. The assertions do not depend on which thread
 * wins: they check that whatever happened is one of the outcomes a serial execution could give, and that the stored
 * state, the listings, the event log and the Monthly Active Consumers report all agree with it.
 *
 * <p>Every wait is bounded by {@link #concurrencyTimeout()}: a deadlock fails the test with the stuck threads' stacks.
 * Both SDK instances retry a retryable storage failure (a serialization failure, a deadlock victim) up to
 * {@value #ATTEMPTS} times, since sixteen writers on one row is contention far above what the default of 3 is made for.
 */
public interface ConcurrencyContract extends MultiHostStorageFactory {
  /** Attempts per use case on the racing SDK instances; see the class comment. */
  int ATTEMPTS = 20;

  /**
   * The longest any single wait may take before the test fails rather than hangs. Raise it for a remote database.
   *
   * @return the timeout; 30 seconds by default
   */
  default Duration concurrencyTimeout() {
    return Duration.ofSeconds(30);
  }

  @Test
  default void racingCreatesOfOneNameHaveExactlyOneWinner() throws Exception {
    ContractWorld world = ContractWorld.create(this);
    List<ConsumerOrgs> hosts = racingHosts(world);
    NamingPolicy naming = world.sdk.policies().naming();
    int rounds = 6;
    Race race = new Race(concurrencyTimeout());
    Race.Lockstep step = race.lockstep(Race.THREADS);

    List<List<Attempt<ConsumerOrganization>>> byThread = race.run(Race.THREADS, thread -> {
      List<Attempt<ConsumerOrganization>> attempts = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        // Same name, sixteen spellings: case, full width, white space of every kind.
        String name = Spellings.variant(thread, "Contended Org " + round);
        step.await();
        attempts.add(Attempt.of(() -> host(hosts, thread).organizations().create(world.alice, name)));
      }
      return attempts;
    });

    List<ConsumerOrganization> live = ReadAll.organizations(world.sdk, world.alice);
    List<RecordedEvent> events = ReadAll.events(world.sdk, world.alice);
    for (int round = 0; round < rounds; round++) {
      int r = round;
      String key = naming.check("Contended Org " + round).uniquenessKey();
      List<Attempt<ConsumerOrganization>> attempts = byThread.stream().map(list -> list.get(r)).toList();
      List<ConsumerOrganization> winners = attempts.stream().filter(Attempt::succeeded).map(Attempt::value).toList();
      assertEquals(1, winners.size(),
          () -> "round " + r + ": exactly one of the racing creates of one name must win; outcomes " + attempts);
      ConsumerOrganization winner = winners.get(0);
      assertEquals(key, naming.check(winner.name()).uniquenessKey(), "round " + r + ": the winner's name");
      for (Attempt<ConsumerOrganization> attempt : attempts) {
        if (!attempt.succeeded()) {
          DuplicateNameException duplicate = assertInstanceOf(DuplicateNameException.class, attempt.failure(),
              () -> "round " + r + ": a losing create must be refused as a duplicate name, got " + attempt);
          assertEquals(Optional.of(winner.id()), duplicate.existingOrganizationId(),
              () -> "round " + r + ": the refusal must name the winner; " + attempt);
        }
      }
      assertEquals(List.of(winner.id()),
          live.stream().filter(org -> key.equals(naming.check(org.name()).uniquenessKey()))
              .map(ConsumerOrganization::id).toList(),
          "round " + r + ": exactly one live organization holds the name, the winner");
      List<RecordedEvent> created = events.stream()
          .filter(e -> e.event().type() == EventType.ORGANIZATION_CREATED)
          .filter(e -> key.equals(naming.check(e.event().after().get("name")).uniquenessKey()))
          .toList();
      assertEquals(1, created.size(), () -> "round " + r + ": exactly one ORGANIZATION_CREATED event; " + created);
      assertEquals(Optional.of(winner.id()), created.get(0).event().organizationId(),
          "round " + r + ": the creation event is the winner's");
    }
    assertEquals(rounds, live.size(), () -> "one live organization per contended name; live: " + live);
    AcknowledgedWrites acknowledged = new AcknowledgedWrites(world, world.alice);
    byThread.stream().flatMap(List::stream).filter(Attempt::succeeded)
        .forEach(winner -> acknowledged.created(winner.value()));
    acknowledged.assertPresent();
  }

  @Test
  default void addingAnOrganizationWhileItIsDeletedNeverLeavesAnOpenLink() throws Exception {
    ContractWorld world = ContractWorld.create(this);
    List<ConsumerOrgs> hosts = racingHosts(world);
    int pairs = Race.THREADS / 2;
    int rounds = 8;
    List<ShareId> shares = List.of(ShareId.of("race-share-0"), ShareId.of("race-share-1"));
    shares.forEach(id -> world.sdk.shares().register(world.alice, id, "Race share " + id.value()));
    ConsumerOrganization[][] targets = new ConsumerOrganization[rounds][pairs];
    for (int round = 0; round < rounds; round++) {
      for (int pair = 0; pair < pairs; pair++) {
        targets[round][pair] = world.sdk.organizations().create(world.alice, "Target " + round + "-" + pair);
      }
    }
    Race race = new Race(concurrencyTimeout());
    // A second passes between rounds, so that every round's links have their own instant.
    Race.Lockstep step = race.lockstep(Race.THREADS, () -> world.clock.advance(Duration.ofSeconds(1)));
    AcknowledgedWrites acknowledged = new AcknowledgedWrites(world, world.alice);

    // Thread 2p adds target p to a share, in a batch with a new name; thread 2p+1 deletes target p, on the other host.
    List<List<Attempt<?>>> byThread = race.run(Race.THREADS, thread -> {
      int pair = thread / 2;
      boolean adds = thread % 2 == 0;
      ConsumerOrgs host = hosts.get((pair + thread) % 2);
      List<Attempt<?>> attempts = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        ConsumerOrganization target = targets[round][pair];
        AddConsumersRequest request = AddConsumersRequest.builder()
            .existing(target.id())
            .newOrganization(freshNameOf(round, pair))
            .build();
        step.await();
        Instant at = world.clock.instant();
        attempts.add(adds
            ? Attempt.of(() -> acknowledged.added(shares.get(pair % 2), at,
                host.shares().addConsumers(world.alice, shares.get(pair % 2), request)))
            : Attempt.of(() -> acknowledged.deleted(host.organizations().delete(world.alice, target.id()))));
      }
      return attempts;
    });

    Set<ConsumerOrganizationId> targetIds = new HashSet<>();
    Map<ShareId, Set<ConsumerOrganizationId>> expectedConsumers = new HashMap<>();
    shares.forEach(share -> expectedConsumers.put(share, new HashSet<>()));
    int successfulAdds = 0;
    for (int round = 0; round < rounds; round++) {
      for (int pair = 0; pair < pairs; pair++) {
        String where = "round " + round + ", pair " + pair;
        ConsumerOrganization target = targets[round][pair];
        ShareId share = shares.get(pair % 2);
        targetIds.add(target.id());
        Attempt<?> add = byThread.get(2 * pair).get(round);
        Attempt<?> delete = byThread.get(2 * pair + 1).get(round);
        assertTrue(delete.succeeded(), () -> where + ": deleting a live organization must succeed, got " + delete);
        DeletionImpact impact = (DeletionImpact) delete.value();
        if (add.succeeded()) {
          successfulAdds++;
          AddConsumersResult result = (AddConsumersResult) add.value();
          assertEquals(List.of(Status.LINKED, Status.CREATED_AND_LINKED),
              result.outcomes().stream().map(EntryOutcome::status).toList(), where + ": statuses of the batch");
          ConsumerOrganization fresh = result.outcomes().get(1).organization();
          expectedConsumers.get(share).add(fresh.id());
          // The batch saw the organization live, so it linked before the delete, which must have ended that link.
          assertEquals(List.of(share), impact.sharesLosingAccess().stream().map(Share::id).toList(),
              () -> where + ": the add won, so the delete must report the share losing access; " + impact);
        } else {
          BatchRejectedException rejected = assertInstanceOf(BatchRejectedException.class, add.failure(),
              () -> where + ": adding a deleted organization must be a rejected batch, got " + add);
          assertEquals(1, rejected.rejections().size(), () -> where + ": one wrong entry; " + rejected.rejections());
          EntryRejection rejection = rejected.rejections().get(0);
          assertEquals(0, rejection.index(), where + ": the existing organization is the wrong entry");
          NotFoundException notFound = assertInstanceOf(NotFoundException.class, rejection.reason(),
              () -> where + ": the reason must be 'not found', got " + rejection.reason());
          assertEquals(ObjectKind.CONSUMER_ORGANIZATION, notFound.kind(), where);
          assertEquals(target.id().value(), notFound.id(), where);
          assertEquals(List.of(), impact.sharesLosingAccess(),
              () -> where + ": the delete won, so no share lost the organization; " + impact);
        }
      }
    }

    for (ConsumerOrganizationId id : targetIds) {
      assertEquals(Optional.empty(), world.sdk.organizations().find(world.alice, id), "deleted " + id);
      assertThrows(NotFoundException.class,
          () -> world.sdk.organizations().sharesOf(world.alice, id, PageRequest.first()), "shares of deleted " + id);
    }
    Set<ConsumerOrganizationId> freshIds = new HashSet<>();
    expectedConsumers.values().forEach(freshIds::addAll);
    for (ShareId share : shares) {
      assertEquals(expectedConsumers.get(share), ids(ReadAll.consumers(world.sdk, world.alice, share)),
          "consumers of " + share + ": exactly the new organizations of the batches that won");
    }
    assertEquals(freshIds, ids(ReadAll.organizations(world.sdk, world.alice)),
        "live organizations: the new ones of the batches that won, none of a rejected batch, no deleted one");

    List<RecordedEvent> events = ReadAll.events(world.sdk, world.alice);
    List<LoggedLink> links = LoggedLink.fromLog(events);
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
    long added = events.stream().filter(e -> e.event().type() == EventType.CONSUMER_ADDED)
        .filter(e -> targetIds.contains(e.event().organizationId().orElseThrow())).count();
    assertEquals(successfulAdds, added, "one CONSUMER_ADDED for a target per batch that won");
    long freshCreated = events.stream().filter(e -> e.event().type() == EventType.ORGANIZATION_CREATED)
        .filter(e -> e.event().after().getOrDefault("name", "").startsWith("Fresh ")).count();
    assertEquals(successfulAdds, freshCreated, "one ORGANIZATION_CREATED per batch that won, none for a rejected one");
    acknowledged.assertPresent();

    // Monthly Active Consumers agrees with the log: this month, every link that gave access at some moment counts;
    // next month, only links still open can, and no deleted organization may be among them.
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
    assertEquals(freshIds, activeIn(world, thisMonth.plusMonths(1)),
        "Monthly Active Consumers of the next month: only still-open links count, none to a deleted organization");
  }

  /**
   * Adds of an organization to a share racing removals of the same pair: two threads add, two remove, one of each on
   * either host, a few calls back to back in each of many rounds. Every add links the pair or finds it linked, every
   * removal removes it or finds it unlinked, as the log's order of commits has it; nothing else may happen: no
   * exception at all, not even a retryable one after the racing hosts' {@value #ATTEMPTS} attempts.
   */
  @Test
  default void addsRacingRemovalsOfOnePairEachLinkOrFindItLinked() throws Exception {
    ContractWorld world = ContractWorld.create(this);
    List<ConsumerOrgs> hosts = racingHosts(world);
    ShareId share = world.share("pair-race").id();
    ConsumerOrganizationId org = world.organization("Raced Org").id();
    AddConsumersRequest add = AddConsumersRequest.of(ConsumerEntry.existing(org));
    int threads = 4;
    int rounds = 40;
    int callsPerRound = 5;
    Race race = new Race(concurrencyTimeout());
    // A second passes between rounds, so that each round's calls and events have an instant of their own.
    Race.Lockstep step = race.lockstep(threads, () -> world.clock.advance(Duration.ofSeconds(1)));
    AcknowledgedWrites acknowledged = new AcknowledgedWrites(world, world.alice);

    // Threads 0 and 1 add, 2 and 3 remove; even threads on one host, odd ones on the other.
    record Call(String outcome, @Nullable RuntimeException failure) {}
    List<List<Call>> byThread = race.run(threads, thread -> {
      ConsumerOrgs host = host(hosts, thread);
      List<Call> calls = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        step.await();
        Instant at = world.clock.instant();
        for (int call = 0; call < callsPerRound; call++) {
          Attempt<String> tried = thread < 2
              ? Attempt.of(() -> {
                AddConsumersResult result = host.shares().addConsumers(world.alice, share, add);
                acknowledged.added(share, at, result);
                return "add " + result.outcomes().get(0).status();
              })
              : Attempt.of(() -> {
                RemovalOutcome removal = host.shares().removeConsumer(world.alice, share, org);
                acknowledged.removed(share, org, at, removal);
                return "remove " + removal;
              });
          calls.add(tried.succeeded() ? new Call(tried.value(), null)
              : new Call((thread < 2 ? "add threw " : "remove threw ") + tried.failure().getClass().getName(),
                  tried.failure()));
        }
      }
      return calls;
    });

    List<Call> calls = byThread.stream().flatMap(List::stream).toList();
    Map<String, Long> outcomes = calls.stream()
        .collect(Collectors.groupingBy(Call::outcome, TreeMap::new, Collectors.counting()));
    Optional<RuntimeException> failure = calls.stream().map(Call::failure).filter(f -> f != null).findFirst();
    failure.ifPresent(first -> fail("every add must link the pair or find it linked, every removal remove it or find"
        + " it unlinked, and nothing else; outcomes: " + outcomes + "; the first failure: " + first, first));
    acknowledged.assertPresent();
  }

  @Test
  default void racingRenamesWithTheVersionTheyReadLoseNoUpdate() throws Exception {
    ContractWorld world = ContractWorld.create(this);
    List<ConsumerOrgs> hosts = racingHosts(world);
    ConsumerOrganization org = world.sdk.organizations().create(world.alice, "Versioned Org");
    int rounds = 10;
    Race race = new Race(concurrencyTimeout());
    Race.Lockstep step = race.lockstep(Race.THREADS);

    record RenameTry(long versionRead, String name, Attempt<ConsumerOrganization> attempt) {}
    List<List<RenameTry>> byThread = race.run(Race.THREADS, thread -> {
      ConsumerOrgs host = host(hosts, thread);
      List<RenameTry> tries = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        String name = "Versioned Org " + thread + "-" + round;
        step.await();
        long versionRead = host.organizations().get(world.alice, org.id()).version();
        tries.add(new RenameTry(versionRead, name,
            Attempt.of(() -> host.organizations().rename(world.alice, org.id(), versionRead, name))));
      }
      return tries;
    });

    List<RenameTry> tries = byThread.stream().flatMap(List::stream).toList();
    Map<Long, RenameTry> successByVersionRead = new LinkedHashMap<>();
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
    int successes = successByVersionRead.size();
    assertTrue(successes >= rounds, () -> "at least one rename per round must succeed, got " + successes);
    assertEquals(LongStream.rangeClosed(1, successes).boxed().toList(),
        successByVersionRead.keySet().stream().sorted().toList(),
        "exactly one rename succeeded for each version from 1 on, without a hole");
    ConsumerOrganization last = world.sdk.organizations().get(world.alice, org.id());
    assertEquals(1 + successes, last.version(), "final version: 1 + the number of successful renames");
    assertEquals(successByVersionRead.get((long) successes).name(), last.name(), "final name: the last rename's");

    List<ChangeEvent> renames = ReadAll.events(world.sdk, world.alice).stream().map(RecordedEvent::event)
        .filter(e -> e.type() == EventType.ORGANIZATION_RENAMED).toList();
    assertEquals(successes, renames.size(), "one ORGANIZATION_RENAMED event per successful rename");
    String previousName = "Versioned Org";
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
    AcknowledgedWrites acknowledged = new AcknowledgedWrites(world, world.alice);
    acknowledged.created(org);
    tries.stream().filter(t -> t.attempt().succeeded()).forEach(t -> acknowledged.renamed(t.attempt().value()));
    acknowledged.assertPresent();
  }

  @Test
  default void racingBatchesWithOverlappingNewNamesStayUniqueAndAtomic() throws Exception {
    ContractWorld world = ContractWorld.create(this);
    List<ConsumerOrgs> hosts = racingHosts(world);
    NamingPolicy naming = world.sdk.policies().naming();
    int rounds = 5;
    int pool = Race.THREADS * rounds;
    List<ShareId> shares = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      shares.add(world.sdk.shares().register(world.alice, ShareId.of("batch-share-" + i), "Batch share " + i).id());
    }
    List<ConsumerOrganization> members = new ArrayList<>();
    for (int thread = 0; thread < Race.THREADS; thread++) {
      members.add(world.sdk.organizations().create(world.alice, "Member " + thread));
    }
    Race race = new Race(concurrencyTimeout());
    Race.Lockstep step = race.lockstep(Race.THREADS);

    // Thread t sends, each round, its own member and three new names; neighbouring threads share two of the names,
    // spelled differently, and the last round's names wrap around onto the first round's.
    record BatchTry(int thread, ShareId share, List<String> names, Attempt<AddConsumersResult> attempt) {}
    List<List<BatchTry>> byThread = race.run(Race.THREADS, thread -> {
      List<BatchTry> tries = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        ShareId share = shares.get((thread + round) % shares.size());
        List<String> names = new ArrayList<>();
        AddConsumersRequest.Builder request = AddConsumersRequest.builder().existing(members.get(thread).id());
        for (int j = 0; j < 3; j++) {
          String name = Spellings.variant(thread + j, "Pool Org " + (round * Race.THREADS + thread + j) % pool);
          names.add(name);
          request.newOrganization(name);
        }
        AddConsumersRequest batch = request.build();
        step.await();
        tries.add(new BatchTry(thread, share, names,
            Attempt.of(() -> host(hosts, thread).shares().addConsumers(world.alice, share, batch))));
      }
      return tries;
    });

    Set<ConsumerOrganizationId> expectedLive = new HashSet<>(ids(members));
    Map<ShareId, Set<ConsumerOrganizationId>> expectedConsumers = new HashMap<>();
    shares.forEach(share -> expectedConsumers.put(share, new HashSet<>()));
    Map<ConsumerOrganizationId, String> holdersSeen = new HashMap<>();
    long linksOpened = 0;
    int successes = 0;
    for (List<BatchTry> ofThread : byThread) {
      Set<ShareId> memberLinkedTo = new HashSet<>();
      for (BatchTry batch : ofThread) {
        if (batch.attempt().succeeded()) {
          successes++;
          List<EntryOutcome> outcomes = batch.attempt().value().outcomes();
          assertEquals(4, outcomes.size(), () -> "one outcome per entry: " + batch);
          ConsumerOrganization member = members.get(batch.thread());
          assertEquals(member.id(), outcomes.get(0).organization().id(), () -> "entry 1 is the member: " + batch);
          // Batches of one thread run one after another: the member is already linked exactly when an earlier
          // batch of this thread that succeeded linked it. A rejected batch that linked it anyway shows up here.
          Status memberStatus = memberLinkedTo.add(batch.share()) ? Status.LINKED : Status.ALREADY_LINKED;
          assertEquals(memberStatus, outcomes.get(0).status(), () -> "the member's status in " + batch);
          for (int j = 0; j < 3; j++) {
            EntryOutcome created = outcomes.get(j + 1);
            assertEquals(Status.CREATED_AND_LINKED, created.status(), "entry " + (j + 2) + " of " + batch);
            assertEquals(naming.check(batch.names().get(j)).value(), created.organization().name(),
                "the created organization's name, normalised, in " + batch);
            expectedLive.add(created.organization().id());
          }
          outcomes.forEach(outcome -> expectedConsumers.get(batch.share()).add(outcome.organization().id()));
          linksOpened += outcomes.stream().filter(outcome -> outcome.status() != Status.ALREADY_LINKED).count();
        } else {
          BatchRejectedException rejected = assertInstanceOf(BatchRejectedException.class,
              batch.attempt().failure(), () -> "a batch may only be rejected, got " + batch);
          assertFalse(rejected.rejections().isEmpty(), () -> "a rejection names its wrong entries: " + batch);
          for (EntryRejection rejection : rejected.rejections()) {
            assertTrue(rejection.index() >= 1 && rejection.index() <= 3,
                () -> "only a new name can be wrong in " + batch + "; rejected " + rejection);
            DuplicateNameException duplicate = assertInstanceOf(DuplicateNameException.class, rejection.reason(),
                () -> "a new name can only be taken in " + batch + "; rejected " + rejection);
            ConsumerOrganizationId holder = duplicate.existingOrganizationId().orElseThrow(
                () -> new AssertionError("a taken name names its holder: " + rejection));
            holdersSeen.put(holder, naming.check(batch.names().get(rejection.index() - 1)).uniquenessKey());
          }
        }
      }
    }
    assertTrue(successes > 0, "at least the first batch to commit must succeed");

    List<ConsumerOrganization> live = ReadAll.organizations(world.sdk, world.alice);
    Map<String, List<ConsumerOrganization>> byKey = live.stream()
        .collect(Collectors.groupingBy(org -> naming.check(org.name()).uniquenessKey()));
    byKey.forEach((key, holders) -> assertEquals(1, holders.size(), () -> "two live organizations share the name "
        + key + ": " + holders));
    assertEquals(expectedLive, ids(live),
        "live organizations: the members and every organization of a batch that succeeded, none of a rejected one");
    Map<ConsumerOrganizationId, ConsumerOrganization> liveById = live.stream()
        .collect(Collectors.toMap(ConsumerOrganization::id, Function.identity()));
    holdersSeen.forEach((holder, key) -> {
      assertTrue(liveById.containsKey(holder), () -> "a rejection named " + holder + ", which is not live");
      assertEquals(key, naming.check(liveById.get(holder).name()).uniquenessKey(),
          () -> "a rejection named " + holder + " as holder of " + key);
    });
    for (ShareId share : shares) {
      assertEquals(expectedConsumers.get(share), ids(ReadAll.consumers(world.sdk, world.alice, share)),
          "consumers of " + share + ": the entries of the batches that succeeded, nothing of a rejected one");
    }
    List<ChangeEvent> events = ReadAll.events(world.sdk, world.alice).stream().map(RecordedEvent::event).toList();
    assertEquals(expectedLive, events.stream().filter(e -> e.type() == EventType.ORGANIZATION_CREATED)
            .map(e -> e.organizationId().orElseThrow()).collect(Collectors.toSet()),
        "ORGANIZATION_CREATED events: one per live organization");
    assertEquals(expectedLive.size(), events.stream().filter(e -> e.type() == EventType.ORGANIZATION_CREATED).count(),
        "ORGANIZATION_CREATED events: no repeats");
    assertEquals(linksOpened, events.stream().filter(e -> e.type() == EventType.CONSUMER_ADDED).count(),
        "CONSUMER_ADDED events: one per link the successful batches opened");
    AcknowledgedWrites acknowledged = new AcknowledgedWrites(world, world.alice);
    members.forEach(acknowledged::created);
    byThread.stream().flatMap(List::stream).filter(batch -> batch.attempt().succeeded())
        .forEach(batch -> acknowledged.added(batch.share(), world.clock.instant(), batch.attempt().value()));
    acknowledged.assertPresent();
  }

  @Test
  default void eventSequencesStayGaplessUnderConcurrentWrites() throws Exception {
    ContractWorld world = ContractWorld.create(this);
    List<ConsumerOrgs> hosts = racingHosts(world);
    ShareId share = world.sdk.shares().register(world.alice, ShareId.of("log-share"), "Log share").id();
    int alicesWriters = 10;
    int bobsWriters = 4;
    int writers = alicesWriters + bobsWriters;
    int iterations = 8;
    long expectedForAlice = ReadAll.events(world.sdk, world.alice).size();
    long expectedForBob = ReadAll.events(world.sdk, world.bob).size();
    for (int i = 0; i < iterations; i++) {
      // create, rename, link, and every other time delete (which closes the link first)
      expectedForAlice += alicesWriters * (3 + (i % 2 == 0 ? 2 : 0));
      // create, rename, and every other time delete
      expectedForBob += bobsWriters * (2 + (i % 2 == 0 ? 1 : 0));
    }
    Race race = new Race(concurrencyTimeout());
    Race.Lockstep step = race.lockstep(writers);
    CountDownLatch writersDone = new CountDownLatch(writers);
    AcknowledgedWrites alicesWrites = new AcknowledgedWrites(world, world.alice);
    AcknowledgedWrites bobsWrites = new AcknowledgedWrites(world, world.bob);

    // Threads 0..13 write for alice or bob; threads 14 and 15 relay alice's log while it grows, as a host relaying
    // to a message broker would: each remembers the last sequence it saw and reads after it, a few at a time.
    List<Long> lastSeen = race.run(Race.THREADS, thread -> {
      ConsumerOrgs host = host(hosts, thread);
      if (thread < writers) {
        boolean forAlice = thread < alicesWriters;
        Actor actor = forAlice ? world.alice : world.bob;
        try {
          for (int i = 0; i < iterations; i++) {
            step.await();
            String name = "Log " + actor.id() + " " + thread + "-" + i;
            AcknowledgedWrites acknowledged = forAlice ? alicesWrites : bobsWrites;
            ConsumerOrganization org = host.organizations().create(actor, name);
            acknowledged.created(org);
            acknowledged.renamed(host.organizations().rename(actor, org.id(), org.version(), name + " renamed"));
            if (forAlice) {
              acknowledged.added(share, world.clock.instant(),
                  host.shares().addConsumers(actor, share, AddConsumersRequest.of(ConsumerEntry.existing(org.id()))));
            }
            if (i % 2 == 0) {
              acknowledged.deleted(host.organizations().delete(actor, org.id()));
            }
          }
        } finally {
          writersDone.countDown();
        }
        return 0L;
      }
      long after = 0;
      while (true) {
        boolean writingEnded = writersDone.getCount() == 0;
        List<RecordedEvent> page = host.events().read(world.alice, after, 7);
        for (RecordedEvent event : page) {
          if (event.sequence() != after + 1) {
            fail("a relay that had read up to sequence " + after + " next read sequence " + event.sequence()
                + ": events must be readable in commit order, without gaps or repeats");
          }
          after = event.sequence();
        }
        if (page.isEmpty()) {
          if (writingEnded) {
            return after;
          }
          Thread.sleep(1);
        }
      }
    });

    List<RecordedEvent> alices = ReadAll.events(world.sdk, world.alice);
    assertGapless(alices, world.alice, ContractWorld.PROVIDER_A);
    assertEquals(expectedForAlice, alices.size(), "alice's events: one per change");
    List<RecordedEvent> bobs = ReadAll.events(world.sdk, world.bob);
    assertGapless(bobs, world.bob, ContractWorld.PROVIDER_B);
    assertEquals(expectedForBob, bobs.size(), "bob's events: one per change, numbered on their own");
    for (int relay = writers; relay < Race.THREADS; relay++) {
      assertEquals(expectedForAlice, lastSeen.get(relay), "relay thread " + relay + " saw every event");
    }
    alicesWrites.assertPresent();
    bobsWrites.assertPresent();
  }

  // ---------------------------------------------------------------------------------------------------------------

  /**
   * The two host instances the threads race on: even threads use the first, over {@code world.storage}; odd threads
   * the second, over {@link #secondStorageOverSameData} (by default the same storage, like
   * {@link ContractWorld#secondHost()}). Both share the world's clock and policies.
   */
  private List<ConsumerOrgs> racingHosts(ContractWorld world) {
    return List.of(
        ConsumerOrgs.builder(world.storage).clock(world.clock).policies(world.sdk.policies())
            .attempts(ATTEMPTS).build(),
        ConsumerOrgs.builder(secondStorageOverSameData(world.storage)).clock(world.clock)
            .policies(world.sdk.policies()).attempts(ATTEMPTS).build());
  }

  private static ConsumerOrgs host(List<ConsumerOrgs> hosts, int thread) {
    return hosts.get(thread % hosts.size());
  }

  private static String freshNameOf(int round, int pair) {
    return "Fresh " + round + "-" + pair;
  }

  private static Set<ConsumerOrganizationId> ids(List<ConsumerOrganization> organizations) {
    Set<ConsumerOrganizationId> ids = new HashSet<>();
    organizations.forEach(org -> assertTrue(ids.add(org.id()), () -> "listed twice: " + org));
    return ids;
  }

  private static Set<ConsumerOrganizationId> activeIn(ContractWorld world, YearMonth month) {
    return world.sdk.monthlyActiveConsumers().report(world.alice, month).consumers().stream()
        .map(ActiveConsumer::organizationId).collect(Collectors.toSet());
  }

  private static void assertGapless(List<RecordedEvent> events, Actor reader, ProviderId provider) {
    for (int i = 0; i < events.size(); i++) {
      RecordedEvent event = events.get(i);
      long position = i + 1L;
      assertEquals(position, event.sequence(), () -> reader.id() + "'s log must number its events 1..n without gaps"
          + " or repeats; event " + position + " has sequence " + event.sequence());
      assertEquals(provider, event.event().providerId(), () -> reader.id() + " read another provider's event");
    }
  }
}
