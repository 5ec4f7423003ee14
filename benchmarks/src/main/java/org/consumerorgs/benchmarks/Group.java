package org.consumerorgs.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The benchmark groups, each run by {@link GroupRunner} in a JVM of its own with the heap it needs.
 *
 * <p>Writes run each benchmark in a JMH fork of its own (one fork; in quick mode none), alternating the baseline and
 * the SDK from one iteration to the next. Reads run every benchmark of
 * a backend in that one JVM without JMH forks, so that each dataset is built once: the in-memory one is grown from
 * 10^4 to 10^5 to 10^6 organizations between the sizes, and the PostgreSQL datasets' names are generated once. Every
 * benchmark still has its own warm-up iterations before it is measured.
 */
enum Group {
  WRITES_MEMORY("writes-memory", "-Xms2g -Xmx2g"),
  WRITES_POSTGRES("writes-postgres", "-Xms1g -Xmx1g"),
  READS_MEMORY("reads-memory", "-Xms6g -Xmx6g"),
  READS_POSTGRES("reads-postgres", "-Xms2g -Xmx2g"),
  MEMORY("memory", "-Xms3g -Xmx3g");

  final String id;
  private final String heap;

  Group(String id, String heap) {
    this.id = id;
    this.heap = heap;
  }

  /** The heap of the group's JVM (and of the writes' JMH forks); smaller in quick mode. */
  List<String> heap(boolean quick) {
    return quick ? List.of("-Xms1g", "-Xmx1g") : List.of(heap.split(" "));
  }

  static int[] searchSizes(boolean quick) {
    return quick ? new int[] {1_000, 10_000} : new int[] {10_000, 100_000, 1_000_000};
  }

  static int memoryOrganizations(boolean quick) {
    return quick ? 10_000 : 1_000_000;
  }

  /** One Runner run: a name for its JMH JSON file and its options. */
  record Run(String name, ChainedOptionsBuilder options) {}

  /** The JMH runs of this group; {@code jvmArgs} go to every JMH fork. */
  List<Run> runs(boolean quick, Path out, List<String> jvmArgs) {
    List<Run> runs = new ArrayList<>();
    switch (this) {
      case WRITES_MEMORY, WRITES_POSTGRES -> {
        Class<?> benchmark = this == WRITES_MEMORY ? WritesMemory.class : WritesPostgres.class;
        for (int threads : new int[] {1, 4}) {
          ChainedOptionsBuilder options = common(quick, jvmArgs)
              .include(benchmark.getName() + "\\.")
              .threads(threads)
              .forks(quick ? 0 : 1)
              // Even: the baseline, odd: the SDK (Turns); both warm up, then three turns each are measured.
              .warmupIterations(2)
              .warmupTime(quick ? TimeValue.milliseconds(100) : TimeValue.seconds(1))
              .measurementIterations(quick ? 2 : 6)
              .measurementTime(quick ? TimeValue.milliseconds(150) : TimeValue.seconds(1));
          runs.add(new Run(id + "-t" + threads, options));
        }
      }
      case READS_MEMORY, READS_POSTGRES -> {
        boolean memory = this == READS_MEMORY;
        for (int size : searchSizes(quick)) {
          runs.add(new Run(id + "-search-" + size, reads(quick, jvmArgs)
              .include((memory ? SearchMemory.class : SearchPostgres.class).getName() + "\\.")
              .param("size", Integer.toString(size))));
        }
        runs.add(new Run(id + "-list", reads(quick, jvmArgs)
            .include((memory ? ListMemory.class : ListPostgres.class).getName() + "\\.")));
        runs.add(new Run(id + "-mac", common(quick, jvmArgs)
            .include((memory ? MacMemory.class : MacPostgres.class).getName() + "\\.")
            .forks(0)
            .mode(Mode.SingleShotTime)
            .warmupIterations(quick ? 0 : 2)
            .measurementIterations(quick ? 1 : 5)));
      }
      case MEMORY -> { }
      default -> throw new IllegalStateException("unknown group " + this);
    }
    for (int i = 0; i < runs.size(); i++) {
      Run run = runs.get(i);
      run.options().result(out.resolve("jmh-" + run.name() + ".json").toString())
          .resultFormat(ResultFormatType.JSON);
    }
    return runs;
  }

  private static ChainedOptionsBuilder reads(boolean quick, List<String> jvmArgs) {
    return common(quick, jvmArgs)
        .forks(0)
        .warmupIterations(quick ? 1 : 2)
        .warmupTime(quick ? TimeValue.milliseconds(50) : TimeValue.milliseconds(500))
        .measurementIterations(quick ? 1 : 3)
        .measurementTime(quick ? TimeValue.milliseconds(100) : TimeValue.seconds(1));
  }

  private static ChainedOptionsBuilder common(boolean quick, List<String> jvmArgs) {
    return new OptionsBuilder()
        .shouldFailOnError(true)
        .jvmArgsAppend(jvmArgs.toArray(String[]::new));
  }

  static Group of(String id) {
    for (Group group : values()) {
      if (group.id.equals(id)) {
        return group;
      }
    }
    throw new IllegalArgumentException("no benchmark group " + id);
  }
}
