package org.consumerorgs.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.SearchHit;
import org.consumerorgs.domain.SearchRequest;
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

/** The dropdown's search on PostgreSQL: latency of one query kind, at one dataset size, with or without exclusion. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchPostgres {
  @Param({"10000", "100000", "1000000"})
  public int size;

  @Param
  public QueryKind kind;

  @Param({"false", "true"})
  public boolean excluding;

  HikariDataSource pool;
  ConsumerOrgs sdk;
  SearchRequest[] requests;
  int next;

  @Setup(Level.Trial)
  public void setUp() {
    pool = Postgres.pool(2);
    List<String> names = Datasets.names(size);
    SearchDataset.ensurePostgres(pool, names);
    sdk = ConsumerOrgs.builder(Postgres.storage(pool, SearchDataset.prefix(size))).build();
    requests = Queries.requests(kind, names, excluding);
    Queries.check(sdk, kind, requests, "PostgreSQL, " + size);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    pool.close();
  }

  @Benchmark
  public List<SearchHit> search() {
    SearchRequest request = requests[next];
    next = (next + 1) % requests.length;
    return sdk.organizations().search(SearchDataset.ACTOR, request);
  }
}
