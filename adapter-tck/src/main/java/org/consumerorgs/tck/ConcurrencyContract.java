package org.consumerorgs.tck;

import static org.consumerorgs.tck.ConcurrentRun.acknowledgedBy;
import static org.consumerorgs.tck.ConcurrentRun.check;
import static org.consumerorgs.tck.ConcurrentRun.invariant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.AddConsumersResult;
import org.consumerorgs.domain.ConsumerEntry;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.domain.RemovalOutcome;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.policy.NamingPolicy;
import org.consumerorgs.tck.ConcurrencyInvariants.BatchExpectations;
import org.consumerorgs.tck.ConcurrencyInvariants.BatchTry;
import org.consumerorgs.tck.ConcurrencyInvariants.RenameTry;
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
    ConcurrentRun run = ConcurrentRun.of(this);
    ContractWorld world = run.world;
    NamingPolicy naming = world.sdk.policies().naming();
    int rounds = 6;

    RaceOutcomes<Attempt<ConsumerOrganization>> creates = run.race(Race.THREADS, rounds, (thread, round) -> {
      // Same name, sixteen spellings: case, full width, white space of every kind.
      String name = Spellings.variant(thread, "Contended Org " + round);
      return () -> Attempt.of(() -> run.host(thread).organizations().create(world.alice, name));
    });

    AcknowledgedWrites acknowledged = run.acknowledgedWrites(world.alice);
    creates.where(Attempt::succeeded).forEach(winner -> acknowledged.created(winner.value()));
    check(
        invariant("exactly one create of each name wins",
            () -> ConcurrencyInvariants.oneCreateWinsEachName(naming, creates, rounds)),
        invariant("every losing create is a duplicate naming the winner",
            () -> ConcurrencyInvariants.losingCreatesNameTheWinner(creates, rounds)),
        invariant("the winner alone holds each name and has the only creation event",
            () -> ConcurrencyInvariants.theWinnerAloneHoldsEachName(world, creates, rounds)),
        acknowledgedBy(acknowledged));
  }

  @Test
  default void addingAnOrganizationWhileItIsDeletedNeverLeavesAnOpenLink() throws Exception {
    ConcurrentRun run = ConcurrentRun.of(this);
    ContractWorld world = run.world;
    List<ShareId> shares = List.of(ShareId.of("race-share-0"), ShareId.of("race-share-1"));
    shares.forEach(id -> world.sdk.shares().register(world.alice, id, "Race share " + id.value()));
    ConsumerOrganization[][] targets = new ConsumerOrganization[8][Race.THREADS / 2];
    for (int round = 0; round < targets.length; round++) {
      for (int pair = 0; pair < targets[round].length; pair++) {
        targets[round][pair] = world.sdk.organizations().create(world.alice, "Target " + round + "-" + pair);
      }
    }
    AcknowledgedWrites acknowledged = run.acknowledgedWrites(world.alice);

    // Thread 2p adds target p to a share, in a batch with a new name; thread 2p+1 deletes target p, on the other host.
    RaceOutcomes<Attempt<?>> outcomes = run.raceASecondApart(Race.THREADS, targets.length, (thread, round) -> {
      int pair = thread / 2;
      ConsumerOrgs host = run.host(pair + thread);
      ConsumerOrganization target = targets[round][pair];
      ShareId share = shares.get(pair % 2);
      AddConsumersRequest request = AddConsumersRequest.builder()
          .existing(target.id()).newOrganization("Fresh " + round + "-" + pair).build();
      return thread % 2 == 0
          ? () -> Attempt.of(() -> acknowledged.added(share, world.clock.instant(),
              host.shares().addConsumers(world.alice, share, request)))
          : () -> Attempt.of(() -> acknowledged.deleted(host.organizations().delete(world.alice, target.id())));
    });

    ConcurrencyInvariants.AddDeleteRace race = new ConcurrencyInvariants.AddDeleteRace(targets, shares, outcomes);
    check(
        invariant("each add and delete of a pair end as in one serial order",
            () -> ConcurrencyInvariants.eachAddAndDeleteEndAsInSomeOrder(race)),
        invariant("only the winning batches' new organizations remain, as consumers and as live organizations",
            () -> ConcurrencyInvariants.onlyTheWinningBatchesNewOrganizationsRemain(world, race)),
        invariant("the log ends every target with its deletion, all its links closed",
            () -> ConcurrencyInvariants.theLogEndsEveryTargetWithItsDeletion(world, race)),
        acknowledgedBy(acknowledged),
        invariant("Monthly Active Consumers agree with the log's links, this month and the next",
            () -> ConcurrencyInvariants.monthlyActiveConsumersAgreeWithTheLog(world, race)));
  }

  /**
   * Adds of an organization to a share racing removals of the same pair: two threads add, two remove, one of each on
   * either host, a few calls back to back in each of many rounds. Every add links the pair or finds it linked, every
   * removal removes it or finds it unlinked, as the log's order of commits has it; nothing else may happen: no
   * exception at all, not even a retryable one after the racing hosts' {@value #ATTEMPTS} attempts.
   */
  @Test
  default void addsRacingRemovalsOfOnePairEachLinkOrFindItLinked() throws Exception {
    ConcurrentRun run = ConcurrentRun.of(this);
    ContractWorld world = run.world;
    ShareId share = world.share("pair-race").id();
    ConsumerOrganizationId org = world.organization("Raced Org").id();
    AddConsumersRequest add = AddConsumersRequest.of(ConsumerEntry.existing(org));
    int adders = 2;
    int callsPerRound = 5;
    AcknowledgedWrites acknowledged = run.acknowledgedWrites(world.alice);

    // Threads 0 and 1 add, 2 and 3 remove; even threads on one host, odd ones on the other.
    RaceOutcomes<List<Attempt<String>>> calls = run.raceASecondApart(2 * adders, 40, (thread, round) -> () -> {
      ConsumerOrgs host = run.host(thread);
      Instant at = world.clock.instant();
      List<Attempt<String>> ofRound = new ArrayList<>();
      for (int call = 0; call < callsPerRound; call++) {
        ofRound.add(thread < adders
            ? Attempt.of(() -> {
              AddConsumersResult result = host.shares().addConsumers(world.alice, share, add);
              acknowledged.added(share, at, result);
              return "add " + result.outcomes().get(0).status();
            })
            : Attempt.of(() -> {
              RemovalOutcome removal = host.shares().removeConsumer(world.alice, share, org);
              acknowledged.removed(share, org, at, removal);
              return "remove " + removal;
            }));
      }
      return ofRound;
    });

    check(
        invariant("every add links or finds linked, every removal removes or finds unlinked, nothing else",
            () -> ConcurrencyInvariants.everyAddAndRemovalSucceeds(calls, adders)),
        acknowledgedBy(acknowledged));
  }

  @Test
  default void racingRenamesWithTheVersionTheyReadLoseNoUpdate() throws Exception {
    ConcurrentRun run = ConcurrentRun.of(this);
    ContractWorld world = run.world;
    ConsumerOrganization org = world.sdk.organizations().create(world.alice, "Versioned Org");
    int rounds = 10;

    RaceOutcomes<RenameTry> renames = run.race(Race.THREADS, rounds, (thread, round) -> {
      ConsumerOrgs host = run.host(thread);
      String name = "Versioned Org " + thread + "-" + round;
      return () -> {
        long versionRead = host.organizations().get(world.alice, org.id()).version();
        return new RenameTry(versionRead, name,
            Attempt.of(() -> host.organizations().rename(world.alice, org.id(), versionRead, name)));
      };
    });

    List<RenameTry> tries = renames.all();
    AcknowledgedWrites acknowledged = run.acknowledgedWrites(world.alice);
    acknowledged.created(org);
    tries.stream().filter(t -> t.attempt().succeeded()).forEach(t -> acknowledged.renamed(t.attempt().value()));
    check(
        invariant("each rename wins from the version it read, or is stale",
            () -> ConcurrencyInvariants.eachRenameWinsFromTheVersionItReadOrIsStale(tries)),
        invariant("one successful rename per version, without a hole, the last one stored",
            () -> ConcurrencyInvariants.theVersionsCountTheRenamesWithoutAHole(world, org.id(), tries, rounds)),
        invariant("the log chains the renames, each from the previous one's name",
            () -> ConcurrencyInvariants.theLogChainsTheRenames(world, org.name(), tries)),
        acknowledgedBy(acknowledged));
  }

  @Test
  default void racingBatchesWithOverlappingNewNamesStayUniqueAndAtomic() throws Exception {
    ConcurrentRun run = ConcurrentRun.of(this);
    ContractWorld world = run.world;
    NamingPolicy naming = world.sdk.policies().naming();
    int rounds = 5;
    int pool = Race.THREADS * rounds;
    List<ShareId> shares = IntStream.range(0, 4).mapToObj(i -> world.sdk.shares()
        .register(world.alice, ShareId.of("batch-share-" + i), "Batch share " + i).id()).toList();
    List<ConsumerOrganization> members = IntStream.range(0, Race.THREADS)
        .mapToObj(thread -> world.sdk.organizations().create(world.alice, "Member " + thread)).toList();

    // Thread t sends, each round, its own member and three new names; neighbouring threads share two of the names,
    // spelled differently, and the last round's names wrap around onto the first round's.
    RaceOutcomes<BatchTry> batches = run.race(Race.THREADS, rounds, (thread, round) -> {
      ShareId share = shares.get((thread + round) % shares.size());
      List<String> names = new ArrayList<>();
      AddConsumersRequest.Builder request = AddConsumersRequest.builder().existing(members.get(thread).id());
      for (int j = 0; j < 3; j++) {
        names.add(Spellings.variant(thread + j, "Pool Org " + (round * Race.THREADS + thread + j) % pool));
        request.newOrganization(names.get(j));
      }
      AddConsumersRequest batch = request.build();
      return () -> new BatchTry(thread, share, names,
          Attempt.of(() -> run.host(thread).shares().addConsumers(world.alice, share, batch)));
    });

    AcknowledgedWrites acknowledged = run.acknowledgedWrites(world.alice);
    members.forEach(acknowledged::created);
    batches.where(batch -> batch.attempt().succeeded())
        .forEach(batch -> acknowledged.added(batch.share(), world.clock.instant(), batch.attempt().value()));
    BatchExpectations expected = BatchExpectations.of(naming, members, shares, batches.all());
    check(
        invariant("each successful batch is whole",
            () -> ConcurrencyInvariants.eachSuccessfulBatchIsWhole(naming, members, batches)),
        invariant("each failed batch is rejected for taken new names only",
            () -> ConcurrencyInvariants.eachFailedBatchIsRejectedForTakenNewNames(batches.all())),
        invariant("the successful batches alone are stored, each name held once",
            () -> ConcurrencyInvariants.theSuccessfulBatchesAloneAreStored(world, shares, expected)),
        invariant("the log has each creation and each link once",
            () -> ConcurrencyInvariants.theLogHasEachCreationAndLinkOnce(world, expected)),
        acknowledgedBy(acknowledged));
  }

  @Test
  default void eventSequencesStayGaplessUnderConcurrentWrites() throws Exception {
    ConcurrentRun run = ConcurrentRun.of(this);
    ContractWorld world = run.world;
    ShareId share = world.sdk.shares().register(world.alice, ShareId.of("log-share"), "Log share").id();
    int alicesWriters = 10;
    int bobsWriters = 4;
    int writers = alicesWriters + bobsWriters;
    int iterations = 8;
    // Each round alice's writers create, rename and link, and every other time delete (which closes the link first);
    // bob's create and rename, and every other time delete.
    long expectedForAlice = ReadAll.events(world.sdk, world.alice).size() + changes(alicesWriters, iterations, 3, 2);
    long expectedForBob = ReadAll.events(world.sdk, world.bob).size() + changes(bobsWriters, iterations, 2, 1);
    Map<Actor, AcknowledgedWrites> acknowledged = Map.of(world.alice, run.acknowledgedWrites(world.alice),
        world.bob, run.acknowledgedWrites(world.bob));

    // Threads 0..13 write for alice or bob; threads 14 and 15 relay alice's log while it grows, as a host relaying
    // to a message broker would: each remembers the last sequence it saw and reads after it, a few at a time.
    ConcurrentRun.Watched<Integer, Long> relayed = run.raceWatched(writers, iterations, (thread, i) -> () -> {
      Actor actor = thread < alicesWriters ? world.alice : world.bob;
      writeAndLog(world, run.host(thread), acknowledged.get(actor), actor, share, thread, i);
      return i;
    }, Race.THREADS - writers, (thread, host, writersDone) -> relay(host, world.alice, writersDone));

    check(
        invariant("alice's log is gapless, one event per change", () -> ConcurrencyInvariants
            .theLogIsGaplessWithOneEventPerChange(world, world.alice, ContractWorld.PROVIDER_A, expectedForAlice)),
        invariant("bob's log is numbered on its own, one event per change", () -> ConcurrencyInvariants
            .theLogIsGaplessWithOneEventPerChange(world, world.bob, ContractWorld.PROVIDER_B, expectedForBob)),
        invariant("every relay saw every event of alice's", () -> assertEquals(
            Collections.nCopies(Race.THREADS - writers, expectedForAlice), relayed.watchers(), "each relay's last")),
        acknowledgedBy(acknowledged.get(world.alice)),
        acknowledgedBy(acknowledged.get(world.bob)));
  }

  // ---------------------------------------------------------------------------------------------------------------

  /** Events {@code writers} write in {@code rounds}: {@code always} each round, {@code more} in even rounds. */
  private static long changes(int writers, int rounds, int always, int more) {
    long events = 0;
    for (int round = 0; round < rounds; round++) {
      events += writers * (always + (round % 2 == 0 ? more : 0));
    }
    return events;
  }

  /**
   * One writer's round of the event-log race: create, rename, for alice a link, and in even rounds a delete, each
   * acknowledged as it returns. A failure fails the race: every one of these calls must succeed.
   */
  private static void writeAndLog(ContractWorld world, ConsumerOrgs host, AcknowledgedWrites acknowledged, Actor actor,
      ShareId share, int thread, int round) {
    String name = "Log " + actor.id() + " " + thread + "-" + round;
    ConsumerOrganization org = host.organizations().create(actor, name);
    acknowledged.created(org);
    acknowledged.renamed(host.organizations().rename(actor, org.id(), org.version(), name + " renamed"));
    if (actor == world.alice) {
      acknowledged.added(share, world.clock.instant(),
          host.shares().addConsumers(actor, share, AddConsumersRequest.of(ConsumerEntry.existing(org.id()))));
    }
    if (round % 2 == 0) {
      acknowledged.deleted(host.organizations().delete(actor, org.id()));
    }
  }

  /**
   * A relay of {@code reader}'s log while it grows: reads after the last sequence it saw, seven at a time, until the
   * writers are done and nothing is left; every event must follow the one before it.
   *
   * @return the last sequence it saw
   */
  private static long relay(ConsumerOrgs host, Actor reader, BooleanSupplier writersDone) throws InterruptedException {
    long after = 0;
    while (true) {
      boolean writingEnded = writersDone.getAsBoolean();
      List<RecordedEvent> page = host.events().read(reader, after, 7);
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
  }
}
