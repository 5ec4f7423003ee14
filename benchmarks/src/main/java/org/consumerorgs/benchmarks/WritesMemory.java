package org.consumerorgs.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.AddConsumersResult;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.inmemory.InMemoryStorage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Create, rename and add to a share in memory: the SDK over {@code InMemoryStorage} against {@link MapBaseline}.
 * Each iteration starts from a fresh store seeded with 2,000 organizations and 2,560 shares (256 in quick mode):
 * 1.28 million pairs to link for each of 4 threads, what the operations add stays bounded however fast they run, and
 * seeding stays cheap next to the iteration. Iterations alternate between the baseline and the SDK ({@link Turns}),
 * so JMH's own score for a benchmark mixes both; the report splits them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WritesMemory {
  static final int SEEDS = 2_000;
  static final int SHARES = BenchSettings.quick() ? 256 : 2_560;

  ConsumerOrgs sdk;
  MapBaseline baseline;
  List<String> seeds;
  final Turns turns = new Turns();
  boolean sdkTurn;

  /** The next side's turn, in a fresh store. */
  @Setup(Level.Iteration)
  public void setUp() {
    sdkTurn = turns.next();
    sdk = null;
    baseline = null;
    if (sdkTurn) {
      sdk = ConsumerOrgs.builder(new InMemoryStorage()).build();
      seeds = WritePlan.seed(sdk, SEEDS, SHARES);
    } else {
      baseline = new MapBaseline(WritePlan.ACTOR.id());
      for (int i = 0; i < SHARES; i++) {
        baseline.registerShare(WritePlan.share(i).value());
      }
      List<String> ids = new ArrayList<>(SEEDS);
      for (int i = 0; i < SEEDS; i++) {
        ids.add(baseline.create(WritePlan.seedName(i)));
      }
      seeds = ids;
    }
  }

  /** One writing thread's plan, fresh each iteration like the store. */
  @State(Scope.Thread)
  public static class Writer {
    WritePlan plan;

    @Setup(Level.Iteration)
    public void setUp(ThreadParams thread) {
      plan = new WritePlan(thread.getThreadIndex(), thread.getThreadCount(), SEEDS, SHARES);
    }
  }

  @Benchmark
  public Object create(Writer w) {
    return sdkTurn
        ? sdk.organizations().create(WritePlan.ACTOR, w.plan.newName())
        : baseline.create(w.plan.newName());
  }

  @Benchmark
  public long rename(Writer w) {
    int seed = w.plan.nextRename();
    long version = sdkTurn
        ? sdk.organizations().rename(WritePlan.ACTOR, ConsumerOrganizationId.of(seeds.get(seed)),
            w.plan.version(seed), w.plan.renamedName(seed)).version()
        : baseline.rename(seeds.get(seed), w.plan.version(seed), w.plan.renamedName(seed));
    w.plan.renamed(seed, version);
    return version;
  }

  @Benchmark
  public boolean add(Writer w) {
    int[] pair = w.plan.nextPair();
    if (sdkTurn) {
      AddConsumersResult result = sdk.shares().addConsumers(WritePlan.ACTOR, WritePlan.share(pair[1]),
          AddConsumersRequest.builder().existing(ConsumerOrganizationId.of(seeds.get(pair[0]))).build());
      if (result.outcomes().get(0).status() != AddConsumersResult.Status.LINKED) {
        throw new IllegalStateException("expected a new link, got " + result);
      }
    } else if (!baseline.add(WritePlan.share(pair[1]).value(), seeds.get(pair[0]))) {
      throw new IllegalStateException("expected a new link");
    }
    return true;
  }
}
