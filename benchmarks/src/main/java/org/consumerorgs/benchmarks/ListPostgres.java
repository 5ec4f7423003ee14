package org.consumerorgs.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
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
import org.openjdk.jmh.annotations.TearDown;

/** A page of 50 organizations on PostgreSQL: the first, and one 10^5 organizations deep, in the 10^6 dataset. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ListPostgres {
  @Param({"first", "deep"})
  public String page;

  HikariDataSource pool;
  ConsumerOrgs sdk;
  PageRequest request;

  @Setup(Level.Trial)
  public void setUp() {
    pool = Postgres.pool(2);
    int size = BenchSettings.listDatasetSize();
    SearchDataset.ensurePostgres(pool, Datasets.names(size));
    sdk = ConsumerOrgs.builder(Postgres.storage(pool, SearchDataset.prefix(size))).build();
    request = Pages.request(sdk, page, BenchSettings.listDepth());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    pool.close();
  }

  @Benchmark
  public Page<ConsumerOrganization> list() {
    return sdk.organizations().list(SearchDataset.ACTOR, request);
  }
}
