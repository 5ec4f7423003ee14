package org.consumerorgs.tck;

import static org.consumerorgs.tck.ConcurrentRun.invariant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.consumerorgs.domain.ChangeEvent;
import org.consumerorgs.domain.EventType;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.inmemory.InMemoryStorage;
import org.consumerorgs.policy.NamingPolicy;
import org.consumerorgs.spi.EventStore;
import org.consumerorgs.spi.LinkStore;
import org.consumerorgs.spi.OrganizationStore;
import org.consumerorgs.spi.ProviderStore;
import org.consumerorgs.spi.ShareStore;
import org.consumerorgs.spi.Storage;
import org.consumerorgs.spi.TransactionBoundary;
import org.junit.jupiter.api.Test;
import org.opentest4j.MultipleFailuresError;

/** The concurrency contract's helper: its races report what ran, and its invariants catch what went wrong. */
class ConcurrentRunTest {
  private final ConcurrencyContract contract = InMemoryStorage::new;

  @Test
  void everyInvariantIsCheckedAndEachFailureIsNamed() {
    List<String> ran = new ArrayList<>();
    MultipleFailuresError failures = assertThrows(MultipleFailuresError.class, () -> ConcurrentRun.check(
        invariant("first", () -> {
          ran.add("first");
          fail("broken");
        }),
        invariant("second", () -> ran.add("second")),
        invariant("third", () -> {
          ran.add("third");
          List.of().get(0);
        })));

    assertEquals(List.of("first", "second", "third"), ran, "a failing invariant does not stop the next");
    assertEquals(List.of("first", "third"), namesOf(failures));
    assertEquals("first: broken", failures.getFailures().get(0).getMessage());
  }

  @Test
  void aRaceReturnsEachThreadsOutcomeOfEachRound() throws Exception {
    ConcurrentRun run = ConcurrentRun.of(contract);

    RaceOutcomes<String> outcomes = run.race(4, 3, (thread, round) -> () -> thread + "-" + round);

    assertEquals("2-1", outcomes.of(2, 1));
    assertEquals(List.of("0-2", "1-2", "2-2", "3-2"), outcomes.round(2));
    assertEquals(List.of("3-0", "3-1", "3-2"), outcomes.ofThread(3));
    assertEquals(12, outcomes.all().size());
  }

  @Test
  void eachRoundIsPreparedBeforeItStartsAndRunsWhenEveryThreadIsReady() throws Exception {
    ConcurrentRun run = ConcurrentRun.of(contract);
    AtomicInteger prepared = new AtomicInteger();

    RaceOutcomes<Integer> seen = run.race(4, 5, (thread, round) -> {
      prepared.incrementAndGet();
      return prepared::get;
    });

    for (int round = 0; round < 5; round++) {
      int r = round;
      seen.round(round).forEach(count -> assertTrue(count >= 4 * (r + 1),
          "a round's calls start only once every thread has prepared it"));
    }
  }

  @Test
  void roundsASecondApartEachHaveAnInstantOfTheirOwn() throws Exception {
    ConcurrentRun run = ConcurrentRun.of(contract);

    RaceOutcomes<Instant> at = run.raceASecondApart(3, 4, (thread, round) -> run.world.clock::instant);

    for (int round = 0; round < 4; round++) {
      assertEquals(Set.of(ContractWorld.START.plus(Duration.ofSeconds(round + 1))), Set.copyOf(at.round(round)));
    }
  }

  @Test
  void watchersRunBesideTheRacersUntilEveryRacerIsDone() throws Exception {
    ConcurrentRun run = ConcurrentRun.of(contract);
    AtomicInteger calls = new AtomicInteger();

    ConcurrentRun.Watched<Integer, Integer> watched = run.raceWatched(3, 5,
        (thread, round) -> calls::incrementAndGet, 2, (thread, host, racersDone) -> {
          while (!racersDone.getAsBoolean()) {
            Thread.onSpinWait();
          }
          return calls.get();
        });

    assertEquals(List.of(15, 15), watched.watchers());
    assertEquals(15, watched.racers().all().size());
  }

  /** A store that loses the creation events of one name: the invariants that read the log must say so, by name. */
  @Test
  void aStoreThatLosesWritesOfTheLogFailsTheInvariantsThatReadIt() {
    String lost = NamingPolicy.defaults().check("Contended Org 3").uniquenessKey();
    ConcurrencyContract losing = () -> new LosingCreations(new InMemoryStorage(), lost);

    MultipleFailuresError failures = assertThrows(MultipleFailuresError.class,
        losing::racingCreatesOfOneNameHaveExactlyOneWinner);

    assertEquals(List.of("the winner alone holds each name and has the only creation event",
        "every write acknowledged to alice is stored and logged"), namesOf(failures));
  }

  private static List<String> namesOf(MultipleFailuresError failures) {
    return failures.getFailures().stream().map(failure -> failure.getMessage().split(": ", 2)[0])
        .collect(Collectors.toList());
  }

  /** The in-memory store, except that the events of creating organizations of one name are never stored. */
  private record LosingCreations(Storage store, String lostKey) implements Storage, EventStore {
    @Override
    public void append(List<ChangeEvent> events) {
      store.events().append(events.stream().filter(event -> !(event.type() == EventType.ORGANIZATION_CREATED
          && lostKey.equals(NamingPolicy.defaults().check(event.after().get("name")).uniquenessKey()))).toList());
    }

    @Override
    public List<RecordedEvent> read(ProviderId provider, long afterSequence, int limit) {
      return store.events().read(provider, afterSequence, limit);
    }

    @Override
    public TransactionBoundary transactions() {
      return store.transactions();
    }

    @Override
    public ProviderStore providers() {
      return store.providers();
    }

    @Override
    public ShareStore shares() {
      return store.shares();
    }

    @Override
    public OrganizationStore organizations() {
      return store.organizations();
    }

    @Override
    public LinkStore links() {
      return store.links();
    }

    @Override
    public EventStore events() {
      return this;
    }

    @Override
    public byte[] cursorKey() {
      return store.cursorKey();
    }
  }
}
