package org.consumerorgs.benchmarks;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;

/**
 * The main of one group's JVM: runs the group's JMH runs and writes their results, serialized, to the file named by
 * the second argument, for {@link BenchmarkMain} to report. The memory group runs {@link MemoryFootprint} instead.
 */
public final class GroupRunner {
  private GroupRunner() {}

  public static void main(String[] args) throws IOException, RunnerException, InterruptedException {
    Group group = Group.of(args[0]);
    Path results = Path.of(args[1]);
    Path out = results.getParent();
    boolean quick = BenchSettings.quick();
    if (group == Group.MEMORY) {
      MemoryFootprint.main(new String[] {Integer.toString(Group.memoryOrganizations(quick)), results.toString()});
      return;
    }
    List<String> jvmArgs = new ArrayList<>(group.heap(quick));
    jvmArgs.addAll(Arrays.asList(args).subList(2, args.length));
    ArrayList<RunResult> all = new ArrayList<>();
    for (Group.Run run : group.runs(quick, out, jvmArgs)) {
      Log.info("JMH run %s", run.name());
      all.addAll(new Runner(run.options().build()).run());
    }
    try (ObjectOutputStream stream = new ObjectOutputStream(Files.newOutputStream(results))) {
      stream.writeObject(all);
    }
  }
}
