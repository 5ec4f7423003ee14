package org.consumerorgs.benchmarks;

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

/** A month's Monthly Active Consumers report in memory: 10^5 organizations, 10^6 link intervals. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MacMemory {
  ConsumerOrgs sdk;

  @Setup(Level.Trial)
  public void setUp() {
    MacHistory history = MacDataset.history();
    sdk = ConsumerOrgs.builder(MacDataset.inMemory(history)).build();
    MacCheck.requireExpectedCount(sdk, history, "in memory");
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    sdk = null;
  }

  @Benchmark
  public MacReport report() {
    return sdk.monthlyActiveConsumers().report(MacHistory.ACTOR, MacHistory.MONTH);
  }
}
