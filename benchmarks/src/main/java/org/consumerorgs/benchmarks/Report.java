package org.consumerorgs.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/**
 * Turns the runs' results into figures, each beside its baseline and target, and writes them as results.json,
 * results.csv and results.md (the table {@link BenchmarkMain} prints).
 */
final class Report {
  static final double WRITE_RATIO_TARGET = 0.9;
  static final double SEARCH_P95_MEMORY_US = 100;
  static final double SEARCH_P95_POSTGRES_US = 5_000;
  static final double LIST_RATIO_TARGET = 1.5;
  static final double MAC_POSTGRES_MS = 500;
  static final double BYTES_PER_ORGANIZATION = 400;

  private final boolean quick;
  private final List<RunResult> runs;
  private final Optional<Properties> memory;
  private final List<String> failures;
  private final List<Figure> figures = new ArrayList<>();
  private final StringBuilder md = new StringBuilder();

  Report(boolean quick, List<RunResult> runs, Optional<Properties> memory, List<String> failures) {
    this.quick = quick;
    this.runs = runs;
    this.memory = memory;
    this.failures = failures;
  }

  List<Figure> figures() {
    return figures;
  }

  String markdown() {
    return md.toString();
  }

  Report build(String header) {
    md.append(header);
    if (!failures.isEmpty()) {
      md.append("\n**FAILED groups: ").append(String.join(", ", failures))
          .append("** (see logs/); their figures are missing.\n");
    }
    writes();
    search();
    list();
    mac();
    memory();
    long missed = figures.stream().filter(f -> f.verdict().equals("MISS")).count();
    long passed = figures.stream().filter(f -> f.verdict().equals("PASS")).count();
    if (!quick) {
      md.append("\nTargets: ").append(passed).append(" PASS, ").append(missed).append(" MISS.\n");
    }
    return this;
  }

  // ---------------------------------------------------------------- writes

  private void writes() {
    md.append("\n### Writes: operations per second, SDK against its baseline (higher is better)\n\n")
        .append("Baseline: raw JDBC on PostgreSQL, ConcurrentHashMap in memory (see README). One JMH fork per")
        .append(" operation and thread count, its iterations alternating baseline and SDK; each PostgreSQL operation")
        .append(" is one committed transaction.\n\n")
        .append("| Store | Operation | Threads | SDK ops/s | Baseline ops/s | SDK / baseline | Target | Verdict |\n")
        .append("|---|---|---:|---:|---:|---:|---|---|\n");
    for (String store : List.of("memory", "postgresql")) {
      String benchmark = store.equals("memory") ? "WritesMemory" : "WritesPostgres";
      for (String operation : List.of("create", "rename", "add")) {
        for (int threads : new int[] {1, 4}) {
          Optional<RunResult> run = find(benchmark + "." + operation, threads, Map.of());
          if (run.isEmpty()) {
            continue;
          }
          double s = turnMean(run.get(), true);
          double r = turnMean(run.get(), false);
          double ratio = s / r;
          String verdict = verdict(ratio >= WRITE_RATIO_TARGET);
          String label = operation.equals("add") ? "add to a share" : operation;
          figures.add(new Figure("writes", store, label, "threads=" + threads, "throughput", s, "ops/s",
              OptionalDouble.of(r), OptionalDouble.of(ratio), ">= " + WRITE_RATIO_TARGET, verdict));
          md.append(row(store, label, Integer.toString(threads), fmt(s), fmt(r), ratio(ratio),
              "≥ " + WRITE_RATIO_TARGET, verdict));
        }
      }
    }
  }

  /** The mean score of the measured iterations that were the SDK's turn (or the baseline's), over every fork. */
  static double turnMean(RunResult run, boolean sdk) {
    int warmups = run.getParams().getWarmup().getCount();
    double sum = 0;
    int count = 0;
    for (BenchmarkResult fork : run.getBenchmarkResults()) {
      int i = warmups;
      for (IterationResult iteration : fork.getIterationResults()) {
        if (Turns.sdk(i++) == sdk) {
          sum += iteration.getPrimaryResult().getScore();
          count++;
        }
      }
    }
    if (count == 0) {
      throw new IllegalStateException("no measured iteration was the " + (sdk ? "SDK's" : "baseline's") + " turn in "
          + run.getParams().getBenchmark());
    }
    return sum / count;
  }

  // ---------------------------------------------------------------- search

  private void search() {
    md.append("\n### Search latency, µs (limit 20)\n\n")
        .append("`mix` weighs the kinds' samples ");
    List<String> weights = new ArrayList<>();
    for (QueryKind kind : QueryKind.values()) {
      weights.add(kind.percent + "% " + kind.name().toLowerCase(Locale.ROOT));
    }
    md.append(String.join(", ", weights)).append(". Target: p95 of the mix at 10^6 organizations ≤ ")
        .append(fmt(SEARCH_P95_MEMORY_US)).append(" µs in memory, ≤ ").append(fmt(SEARCH_P95_POSTGRES_US))
        .append(" µs on PostgreSQL; a kind's row says `over` where its own p95 exceeds that.\n\n")
        .append("| Store | Organizations | Excluding a share | Queries | p50 | p95 | p99 | Samples | Target")
        .append(" | Verdict |\n")
        .append("|---|---:|---|---|---:|---:|---:|---:|---|---|\n");
    int largest = Group.searchSizes(quick)[Group.searchSizes(quick).length - 1];
    for (String store : List.of("memory", "postgresql")) {
      String benchmark = store.equals("memory") ? "SearchMemory.search" : "SearchPostgres.search";
      double target = store.equals("memory") ? SEARCH_P95_MEMORY_US : SEARCH_P95_POSTGRES_US;
      for (int size : Group.searchSizes(quick)) {
        for (String excluding : List.of("false", "true")) {
          Map<QueryKind, Statistics> kinds = new LinkedHashMap<>();
          for (QueryKind kind : QueryKind.values()) {
            find(benchmark, 1, Map.of("size", Integer.toString(size), "kind", kind.name(), "excluding", excluding))
                .ifPresent(r -> kinds.put(kind, r.getPrimaryResult().getStatistics()));
          }
          if (kinds.isEmpty()) {
            continue;
          }
          boolean judged = size == largest;
          String condition = "organizations=" + size + ";excluding=" + excluding;
          String exclusion = excluding.equals("true") ? "yes" : "no";
          if (kinds.size() == QueryKind.values().length) {
            double[] mix = mixPercentiles(kinds);
            String verdict = judged ? verdict(mix[1] <= target) : "-";
            addLatency("search", store, "mix", condition, mix, judged ? "p95 <= " + fmt(target) + " us" : "-",
                verdict);
            md.append(row(store, fmtCount(size), exclusion, "**mix**", fmt(mix[0]), "**" + fmt(mix[1]) + "**",
                fmt(mix[2]), Long.toString(totalSamples(kinds.values())), judged ? "p95 ≤ " + fmt(target) : "",
                verdict.equals("-") ? "" : "**" + verdict + "**"));
          }
          kinds.forEach((kind, stats) -> {
            double[] p = {stats.getPercentile(50), stats.getPercentile(95), stats.getPercentile(99)};
            String note = judged ? (p[1] <= target ? "ok" : "over") : "-";
            addLatency("search", store, kind.name().toLowerCase(Locale.ROOT), condition, p, "-", note);
            md.append(row(store, fmtCount(size), exclusion, kind.name().toLowerCase(Locale.ROOT), fmt(p[0]),
                fmt(p[1]), fmt(p[2]), Long.toString(stats.getN()), "", judged ? note : ""));
          });
        }
      }
    }
  }

  /**
   * p50, p95 and p99 of the mix: every sample of a kind weighs that kind's share divided by its sample count, so each
   * kind counts by its share of what people type, however many samples its speed gave it.
   */
  static double[] mixPercentiles(Map<QueryKind, Statistics> kinds) {
    List<double[]> weighted = new ArrayList<>();
    for (Map.Entry<QueryKind, Statistics> kind : kinds.entrySet()) {
      double perSample = kind.getKey().percent / 100.0 / kind.getValue().getN();
      Iterator<Map.Entry<Double, Long>> raw = kind.getValue().getRawData();
      while (raw.hasNext()) {
        Map.Entry<Double, Long> value = raw.next();
        weighted.add(new double[] {value.getKey(), value.getValue() * perSample});
      }
    }
    weighted.sort(Comparator.comparingDouble(v -> v[0]));
    double total = weighted.stream().mapToDouble(v -> v[1]).sum();
    double[] percentiles = {50, 95, 99};
    double[] out = new double[3];
    for (int i = 0; i < 3; i++) {
      double wanted = total * percentiles[i] / 100;
      double cumulative = 0;
      for (double[] v : weighted) {
        cumulative += v[1];
        if (cumulative >= wanted - 1e-12) {
          out[i] = v[0];
          break;
        }
      }
    }
    return out;
  }

  private static long totalSamples(Collection<Statistics> statistics) {
    return statistics.stream().mapToLong(Statistics::getN).sum();
  }

  private void addLatency(String section, String store, String subject, String condition, double[] p, String target,
      String verdict) {
    String[] names = {"p50", "p95", "p99"};
    for (int i = 0; i < 3; i++) {
      figures.add(new Figure(section, store, subject, condition, names[i], p[i], "us", OptionalDouble.empty(),
          OptionalDouble.empty(), i == 1 ? target : "-", i == 1 ? verdict : "-"));
    }
  }

  // ---------------------------------------------------------------- list

  private void list() {
    int depth = BenchSettings.listDepth();
    md.append("\n### List: a page of ").append(Pages.SIZE).append(", µs (p50)\n\n")
        .append("| Store | Organizations | First page | Page at depth ").append(fmtCount(depth))
        .append(" | Deep / first | Target | Verdict |\n")
        .append("|---|---:|---:|---:|---:|---|---|\n");
    for (String store : List.of("memory", "postgresql")) {
      String benchmark = store.equals("memory") ? "ListMemory.list" : "ListPostgres.list";
      Optional<RunResult> first = find(benchmark, 1, Map.of("page", "first"));
      Optional<RunResult> deep = find(benchmark, 1, Map.of("page", "deep"));
      if (first.isEmpty() || deep.isEmpty()) {
        continue;
      }
      double f = first.get().getPrimaryResult().getStatistics().getPercentile(50);
      double d = deep.get().getPrimaryResult().getStatistics().getPercentile(50);
      double ratio = d / f;
      String verdict = verdict(ratio <= LIST_RATIO_TARGET);
      String condition = "organizations=" + BenchSettings.listDatasetSize() + ";depth=" + depth;
      figures.add(new Figure("list", store, "page at depth", condition, "p50", d, "us", OptionalDouble.of(f),
          OptionalDouble.of(ratio), "<= " + LIST_RATIO_TARGET, verdict));
      md.append(row(store, fmtCount(BenchSettings.listDatasetSize()), fmt(f), fmt(d), ratio(ratio),
          "≤ " + LIST_RATIO_TARGET, verdict));
    }
  }

  // ---------------------------------------------------------------- mac

  private void mac() {
    md.append("\n### Monthly Active Consumers report for ").append(MacHistory.MONTH).append(", ms\n\n")
        .append("| Store | Organizations | Link intervals | Median | Mean | Max | Reports | Target | Verdict |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---|---|\n");
    for (String store : List.of("memory", "postgresql")) {
      Optional<RunResult> result = find(store.equals("memory") ? "MacMemory.report" : "MacPostgres.report", 1,
          Map.of());
      if (result.isEmpty()) {
        continue;
      }
      Statistics stats = result.get().getPrimaryResult().getStatistics();
      double median = stats.getPercentile(50);
      boolean judged = store.equals("postgresql");
      String verdict = judged ? verdict(median <= MAC_POSTGRES_MS) : "-";
      String condition = "organizations=" + BenchSettings.macOrganizations() + ";intervals="
          + BenchSettings.macIntervals();
      figures.add(new Figure("mac", store, "report", condition, "median", median, "ms", OptionalDouble.empty(),
          OptionalDouble.empty(), judged ? "<= " + fmt(MAC_POSTGRES_MS) + " ms" : "-", verdict));
      figures.add(new Figure("mac", store, "report", condition, "mean", stats.getMean(), "ms",
          OptionalDouble.empty(), OptionalDouble.empty(), "-", "-"));
      figures.add(new Figure("mac", store, "report", condition, "max", stats.getMax(), "ms",
          OptionalDouble.empty(), OptionalDouble.empty(), "-", "-"));
      md.append(row(store, fmtCount(BenchSettings.macOrganizations()), fmtCount(BenchSettings.macIntervals()),
          fmt(median), fmt(stats.getMean()), fmt(stats.getMax()), Long.toString(stats.getN()),
          judged ? "≤ " + fmt(MAC_POSTGRES_MS) : "", verdict.equals("-") ? "" : verdict));
    }
  }

  // ---------------------------------------------------------------- memory

  private void memory() {
    if (memory.isEmpty()) {
      return;
    }
    Properties p = memory.get();
    md.append("\n### In-memory adapter: heap per organization (retained after full GC, fixed heap ")
        .append(Long.parseLong(p.getProperty("maxHeap")) >> 20).append(" MiB)\n\n")
        .append("| Organizations | Filled by | Bytes per organization | Target | Verdict |\n")
        .append("|---:|---|---:|---|---|\n");
    long count = Long.parseLong(p.getProperty("organizations"));
    for (String how : List.of("created", "batch")) {
      if (p.getProperty(how + ".bytesPerOrganization") == null) {
        continue;
      }
      double bytes = Double.parseDouble(p.getProperty(how + ".bytesPerOrganization"));
      boolean judged = how.equals("created");
      String verdict = judged ? verdict(bytes <= BYTES_PER_ORGANIZATION) : "-";
      String label = judged ? "create, one by one (organization + event)"
          : "addConsumers, 1000 a call (organization + link + 2 events)";
      figures.add(new Figure("memory", "memory", how, "organizations=" + count, "bytes per organization", bytes,
          "B", OptionalDouble.empty(), OptionalDouble.empty(),
          judged ? "<= " + fmt(BYTES_PER_ORGANIZATION) + " B" : "-", verdict));
      md.append(row(fmtCount(count), label, fmt(bytes), judged ? "≤ " + fmt(BYTES_PER_ORGANIZATION) : "",
          verdict.equals("-") ? "" : verdict));
    }
  }

  // ---------------------------------------------------------------- output

  void write(Path out) throws IOException {
    Files.writeString(out.resolve("results.md"), md.toString());
    StringBuilder csv = new StringBuilder(
        "section,store,subject,condition,metric,value,unit,baseline,ratio,target,verdict\n");
    StringBuilder json = new StringBuilder("{\n  \"mode\": \"").append(quick ? "quick" : "full")
        .append("\",\n  \"failedGroups\": [");
    for (int i = 0; i < failures.size(); i++) {
      json.append(i == 0 ? "" : ", ").append('"').append(failures.get(i)).append('"');
    }
    json.append("],\n  \"figures\": [\n");
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      csv.append(String.join(",", f.section(), f.store(), csvText(f.subject()), csvText(f.condition()),
          csvText(f.metric()), num(f.value()), f.unit(), opt(f.baseline()), opt(f.ratio()), csvText(f.target()),
          f.verdict())).append('\n');
      json.append("    {\"section\": ").append(q(f.section())).append(", \"store\": ").append(q(f.store()))
          .append(", \"subject\": ").append(q(f.subject())).append(", \"condition\": ").append(q(f.condition()))
          .append(", \"metric\": ").append(q(f.metric())).append(", \"value\": ").append(num(f.value()))
          .append(", \"unit\": ").append(q(f.unit()))
          .append(", \"baseline\": ").append(f.baseline().isPresent() ? num(f.baseline().getAsDouble()) : "null")
          .append(", \"ratio\": ").append(f.ratio().isPresent() ? num(f.ratio().getAsDouble()) : "null")
          .append(", \"target\": ").append(q(f.target())).append(", \"verdict\": ").append(q(f.verdict()))
          .append('}').append(i + 1 < figures.size() ? "," : "").append('\n');
    }
    json.append("  ]\n}\n");
    Files.writeString(out.resolve("results.csv"), csv.toString());
    Files.writeString(out.resolve("results.json"), json.toString());
  }

  private Optional<RunResult> find(String benchmark, int threads, Map<String, String> params) {
    for (RunResult run : runs) {
      if (!run.getParams().getBenchmark().endsWith("." + benchmark) || run.getParams().getThreads() != threads) {
        continue;
      }
      boolean matches = true;
      for (Map.Entry<String, String> param : params.entrySet()) {
        if (!param.getValue().equals(run.getParams().getParam(param.getKey()))) {
          matches = false;
        }
      }
      if (matches) {
        return Optional.of(run);
      }
    }
    return Optional.empty();
  }

  private String verdict(boolean met) {
    return quick ? "not judged" : met ? "PASS" : "MISS";
  }

  private static String row(String... cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }

  static String fmt(double value) {
    if (value >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (value >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  static String fmtCount(long count) {
    long power = 1;
    int exponent = 0;
    while (power < count) {
      power *= 10;
      exponent++;
    }
    return power == count && exponent >= 3 ? "10^" + exponent : String.format(Locale.ROOT, "%,d", count);
  }

  private static String num(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }

  private static String opt(OptionalDouble value) {
    return value.isPresent() ? num(value.getAsDouble()) : "";
  }

  private static String csvText(String text) {
    return text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  private static String q(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
