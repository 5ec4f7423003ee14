package org.consumerorgs.tck;

import static org.junit.jupiter.api.Assertions.assertAll;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

/**
 * One test of the {@linkplain ConcurrencyContract concurrency contract}, run the way a fuzz tester runs one: a fresh
 * world over a fresh store built by the kit, two host instances racing over it, {@code threads × rounds} operations
 * released together round by round ({@link Race}), every outcome collected instead of thrown, and at the end the named
 * {@linkplain Invariant invariants} checked, every one of them, each failure reported under its invariant's name.
 *
 * <p>A test then only declares what each thread does in each round and what must hold afterwards.
 */
final class ConcurrentRun {
  /** The world the threads race in; its own SDK instance is for setting up and reading back, not for racing. */
  final ContractWorld world;
  private final List<ConsumerOrgs> hosts;
  private final Duration timeout;

  private ConcurrentRun(ContractWorld world, List<ConsumerOrgs> hosts, Duration timeout) {
    this.world = world;
    this.hosts = hosts;
    this.timeout = timeout;
  }

  /**
   * A run over a fresh store of {@code contract}'s adapter. Its two host instances share the world's clock and
   * policies and retry up to {@value ConcurrencyContract#ATTEMPTS} times: the first is over the world's storage, the
   * second over {@link MultiHostStorageFactory#secondStorageOverSameData} (by default the same storage, like
   * {@link ContractWorld#secondHost()}).
   */
  static ConcurrentRun of(ConcurrencyContract contract) {
    return of(contract, contract.concurrencyTimeout());
  }

  /**
   * {@link #of(ConcurrencyContract)} for the contract of a feature that races too (such as {@link ExternalIdContract}),
   * every wait bounded by {@code timeout}.
   */
  static ConcurrentRun of(MultiHostStorageFactory factory, Duration timeout) {
    ContractWorld world = ContractWorld.create(factory);
    List<ConsumerOrgs> hosts = List.of(
        ConsumerOrgs.builder(world.storage).clock(world.clock).policies(world.sdk.policies())
            .attempts(ConcurrencyContract.ATTEMPTS).build(),
        ConsumerOrgs.builder(factory.secondStorageOverSameData(world.storage)).clock(world.clock)
            .policies(world.sdk.policies()).attempts(ConcurrencyContract.ATTEMPTS).build());
    return new ConcurrentRun(world, hosts, timeout);
  }

  /** {@return the host instance of {@code thread}: even numbers the first, odd numbers the second} */
  ConsumerOrgs host(int thread) {
    return hosts.get(thread % hosts.size());
  }

  /** {@return a record of the writes {@code actor}'s calls acknowledge, checked by {@link #acknowledgedBy}} */
  AcknowledgedWrites acknowledgedWrites(Actor actor) {
    return new AcknowledgedWrites(world, actor);
  }

  /**
   * Runs {@code operation} for every round on each of {@code threads} threads, all threads starting each round
   * together; the clock stands still.
   *
   * @return each thread's outcomes, round by round
   */
  <T> RaceOutcomes<T> race(int threads, int rounds, Operation<T> operation) throws InterruptedException {
    Race race = new Race(timeout);
    return racers(race, race.lockstep(threads), threads, rounds, operation, () -> {});
  }

  /**
   * {@link #race}, with the clock a second later for each round, moved while no call runs: every round's calls and
   * events have an instant of their own, by which {@link AcknowledgedWrites} judges them round by round.
   */
  <T> RaceOutcomes<T> raceASecondApart(int threads, int rounds, Operation<T> operation) throws InterruptedException {
    Race race = new Race(timeout);
    Race.Lockstep step = race.lockstep(threads, () -> world.clock.advance(Duration.ofSeconds(1)));
    return racers(race, step, threads, rounds, operation, () -> {});
  }

  /**
   * {@link #race}, with {@code watchers} more threads started with the racers and running beside them, such as
   * readers of what the racers write; each watcher is told when every racer is done and returns what it saw.
   *
   * @return the racers' outcomes and each watcher's result
   */
  <T, W> Watched<T, W> raceWatched(int threads, int rounds, Operation<T> operation, int watchers, Watch<W> watch)
      throws InterruptedException {
    Race race = new Race(timeout);
    Race.Lockstep step = race.lockstep(threads);
    CountDownLatch racing = new CountDownLatch(threads);
    List<Object> results = race.run(threads + watchers, thread -> thread < threads
        ? racer(step, thread, rounds, operation, racing::countDown)
        : watch.watch(thread, host(thread), () -> racing.getCount() == 0));
    List<List<T>> byThread = new ArrayList<>();
    List<W> seen = new ArrayList<>();
    for (int thread = 0; thread < results.size(); thread++) {
      if (thread < threads) {
        byThread.add(cast(results.get(thread)));
      } else {
        seen.add(cast(results.get(thread)));
      }
    }
    return new Watched<>(new RaceOutcomes<>(byThread), seen);
  }

  private <T> RaceOutcomes<T> racers(Race race, Race.Lockstep step, int threads, int rounds, Operation<T> operation,
      Runnable done) throws InterruptedException {
    return new RaceOutcomes<>(race.run(threads, thread -> racer(step, thread, rounds, operation, done)));
  }

  /** One racer: each round prepared first, then started with the others, so that the calls meet as closely as can be. */
  private static <T> List<T> racer(Race.Lockstep step, int thread, int rounds, Operation<T> operation, Runnable done)
      throws Exception {
    try {
      List<T> outcomes = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        Call<T> call = operation.prepare(thread, round);
        step.await();
        outcomes.add(call.call());
      }
      return outcomes;
    } finally {
      done.run();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object result) {
    return (T) result;
  }

  /** {@return the invariant that every write {@code writes} recorded is there and in the log} */
  static Invariant acknowledgedBy(AcknowledgedWrites writes) {
    return new Invariant("every write acknowledged to " + writes.actor().id() + " is stored and logged",
        writes::assertPresent);
  }

  /**
   * Checks every invariant, in order, each on its own: a failing one does not hide the next, and the test fails
   * naming each one that failed.
   */
  static void check(Invariant... invariants) {
    assertAll("invariants", Arrays.stream(invariants).map(Invariant::named));
  }

  /** What must hold once a race is over, by name. */
  record Invariant(String name, Executable check) {
    /** The check, failing under the invariant's name. */
    Executable named() {
      return () -> {
        try {
          check.execute();
        } catch (AssertionError e) {
          throw new AssertionFailedError(name + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
          // A check that breaks (an index past the end of what the race returned) has failed too.
          throw new AssertionFailedError(name + ": " + e, e);
        }
      };
    }
  }

  /** {@return the invariant {@code name}, held when {@code check} returns} */
  static Invariant invariant(String name, Executable check) {
    return new Invariant(name, check);
  }

  /** What a thread does in a round: prepared before the round starts, called once it has. */
  @FunctionalInterface
  interface Operation<T> {
    Call<T> prepare(int thread, int round) throws Exception;
  }

  /** One call of a round, and its outcome. */
  @FunctionalInterface
  interface Call<T> {
    T call() throws Exception;
  }

  /** A thread beside the racers; {@code racersDone} turns true once every racer has ended. */
  @FunctionalInterface
  interface Watch<W> {
    W watch(int thread, ConsumerOrgs host, BooleanSupplier racersDone) throws Exception;
  }

  /** The racers' outcomes, and what each watcher returned, in thread order. */
  record Watched<T, W>(RaceOutcomes<T> racers, List<W> watchers) {}
}
