package org.consumerorgs.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.util.concurrent.TimeUnit;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.MacReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** A month's Monthly Active Consumers report on PostgreSQL: 10^5 organizations, 10^6 link intervals. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MacPostgres {
  HikariDataSource pool;
  ConsumerOrgs sdk;

  @Setup(Level.Trial)
  public void setUp() {
    pool = Postgres.pool(2);
    MacHistory history = MacDataset.history();
    MacDataset.ensurePostgres(pool, history);
    sdk = ConsumerOrgs.builder(Postgres.storage(pool, MacDataset.prefix())).build();
    MacCheck.requireExpectedCount(sdk, history, "PostgreSQL");
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    pool.close();
  }

  @Benchmark
  public MacReport report() {
    return sdk.monthlyActiveConsumers().report(MacHistory.ACTOR, MacHistory.MONTH);
  }
}
