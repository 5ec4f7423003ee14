package org.consumerorgs.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.AddConsumersResult;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Create, rename and add to a share on PostgreSQL: the SDK over {@code JdbcStorage} and a HikariCP pool, against
 * {@link RawJdbc} on the same pool settings and the same tables ({@code w_} in the benchmark's schema, emptied and
 * seeded with 4000 organizations and 64 shares, 400 and 8 in quick mode, at the start of each benchmark, then
 * analyzed). Each operation is one committed transaction. Iterations alternate between the baseline and the SDK
 * ({@link Turns}), so JMH's own score for a benchmark mixes both; the report splits them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WritesPostgres {
  static final String PREFIX = "w_";
  static final int SEEDS = BenchSettings.quick() ? 400 : 4000;
  static final int SHARES = BenchSettings.quick() ? 8 : 64;

  HikariDataSource pool;
  ConsumerOrgs sdk;
  RawJdbc raw;
  List<String> seeds;
  final Turns turns = new Turns();
  boolean sdkTurn;

  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    pool = Postgres.pool(params.getThreads() + 1);
    Postgres.install(pool, PREFIX);
    Postgres.truncate(pool, PREFIX);
    sdk = ConsumerOrgs.builder(Postgres.storage(pool, PREFIX)).build();
    seeds = WritePlan.seed(sdk, SEEDS, SHARES);
    Postgres.vacuumAnalyze(pool, PREFIX);
    raw = new RawJdbc(pool, PREFIX, WritePlan.PROVIDER, WritePlan.ACTOR.id());
  }

  @Setup(Level.Iteration)
  public void nextTurn() {
    sdkTurn = turns.next();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    pool.close();
  }

  /** One writing thread's plan. */
  @State(Scope.Thread)
  public static class Writer {
    WritePlan plan;

    @Setup(Level.Trial)
    public void setUp(ThreadParams thread) {
      plan = new WritePlan(thread.getThreadIndex(), thread.getThreadCount(), SEEDS, SHARES);
    }
  }

  @Benchmark
  public Object create(Writer w) throws SQLException {
    return sdkTurn
        ? sdk.organizations().create(WritePlan.ACTOR, w.plan.newName())
        : raw.create(w.plan.newName());
  }

  @Benchmark
  public long rename(Writer w) throws SQLException {
    int seed = w.plan.nextRename();
    long version = sdkTurn
        ? sdk.organizations().rename(WritePlan.ACTOR, ConsumerOrganizationId.of(seeds.get(seed)),
            w.plan.version(seed), w.plan.renamedName(seed)).version()
        : raw.rename(seeds.get(seed), w.plan.version(seed), w.plan.renamedName(seed));
    w.plan.renamed(seed, version);
    return version;
  }

  @Benchmark
  public boolean add(Writer w) throws SQLException {
    int[] pair = w.plan.nextPair();
    if (sdkTurn) {
      AddConsumersResult result = sdk.shares().addConsumers(WritePlan.ACTOR, WritePlan.share(pair[1]),
          AddConsumersRequest.builder().existing(ConsumerOrganizationId.of(seeds.get(pair[0]))).build());
      if (result.outcomes().get(0).status() != AddConsumersResult.Status.LINKED) {
        throw new IllegalStateException("expected a new link, got " + result);
      }
    } else if (!raw.add(WritePlan.share(pair[1]).value(), seeds.get(pair[0]))) {
      throw new IllegalStateException("expected a new link");
    }
    return true;
  }
}
