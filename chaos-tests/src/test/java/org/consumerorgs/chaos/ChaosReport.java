package org.consumerorgs.chaos;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The figures of a run, printed so that a failure can be read, quoted and replayed. */
final class ChaosReport {
  private static final int EXAMPLES = 8;

  private ChaosReport() {}

  static String of(ChaosRun.Settings settings, Fault fault, CallLog log, StoreSnapshot store,
      Map<String, List<String>> violations, Path callFile) {
    StringBuilder text = new StringBuilder();
    text.append("=== chaos ").append(settings.scenario()).append(": seed ").append(settings.seed())
        .append(" (replay with -Dchaos.seed=").append(settings.seed()).append(") ===\n");
    text.append("run: ").append(settings.runTime().toSeconds()).append(" s, ").append(ChaosRun.THREADS)
        .append(" threads on ").append(ChaosRun.HOSTS).append(" host instances; ").append(fault.summary())
        .append('\n');
    text.append("calls: ").append(log.calls().size()).append('\n');
    log.figures().forEach((kind, count) -> text.append(kind.contains(" ") ? "    " : "  ").append(kind).append(": ")
        .append(count).append('\n'));
    long open = store.consumersByShare().values().stream().mapToLong(Set::size).sum();
    text.append("store: ").append(store.events().size()).append(" events (counter ").append(store.counter())
        .append("), ").append(store.organizations().size()).append(" live organizations, ")
        .append(store.shares().size()).append(" live shares, ").append(open).append(" open links\n");
    long total = 0;
    text.append("checks:\n");
    for (Map.Entry<String, List<String>> check : violations.entrySet()) {
      List<String> found = check.getValue();
      total += found.size();
      text.append(found.isEmpty() ? "  [ok]   " : "  [FAIL] ").append(check.getKey())
          .append(found.isEmpty() ? "" : ": " + found.size() + " violations").append('\n');
      found.stream().limit(EXAMPLES).forEach(v -> text.append("           ").append(v).append('\n'));
    }
    text.append("violations: ").append(total).append("; every call: ").append(callFile.toAbsolutePath())
        .append('\n');
    return text.toString();
  }
}
