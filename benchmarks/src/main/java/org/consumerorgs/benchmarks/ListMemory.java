package org.consumerorgs.benchmarks;

import java.util.concurrent.TimeUnit;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.Page;
import org.consumerorgs.domain.PageRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A page of 50 organizations in memory: the first, and one 10^5 organizations deep, in the 10^6 dataset. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ListMemory {
  @Param({"first", "deep"})
  public String page;

  ConsumerOrgs sdk;
  PageRequest request;

  @Setup(Level.Trial)
  public void setUp() {
    sdk = Datasets.inMemorySearch(BenchSettings.listDatasetSize());
    request = Pages.request(sdk, page, BenchSettings.listDepth());
  }

  @Benchmark
  public Page<ConsumerOrganization> list() {
    return sdk.organizations().list(SearchDataset.ACTOR, request);
  }
}
