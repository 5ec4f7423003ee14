package org.consumerorgs.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.ObjectInputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;

/**
 * The benchmark command ({@code benchmarks/run}): runs every group in a JVM of its own, then writes results.json,
 * results.csv and results.md (with the JMH JSON of each run and a log per group) and prints the table.
 *
 * <pre>
 * benchmarks/run [--quick] [--reset] [--drop] [--out DIR] [--only REGEX]
 *                [--pg-url URL] [--pg-user USER] [--pg-password PASSWORD] [--pg-schema SCHEMA]
 * </pre>
 *
 * The PostgreSQL options default to the environment variables BENCH_PG_URL, BENCH_PG_USER, BENCH_PG_PASSWORD and
 * BENCH_PG_SCHEMA, then to jdbc:postgresql://127.0.0.1:5432/test, postgres, no password, corg_bench.
 */
public final class BenchmarkMain {
  private BenchmarkMain() {}

  public static void main(String[] args) throws Exception {
    boolean quick = false;
    boolean reset = false;
    boolean drop = false;
    Path out = Path.of("benchmarks", "results");
    Pattern only = Pattern.compile(".*");
    String url = env("BENCH_PG_URL", BenchSettings.DEFAULT_PG_URL);
    String user = env("BENCH_PG_USER", BenchSettings.DEFAULT_PG_USER);
    String password = env("BENCH_PG_PASSWORD", "");
    String schema = env("BENCH_PG_SCHEMA", BenchSettings.DEFAULT_PG_SCHEMA);
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--reset" -> reset = true;
        case "--drop" -> drop = true;
        case "--out" -> out = Path.of(args[++i]);
        case "--only" -> only = Pattern.compile(args[++i]);
        case "--pg-url" -> url = args[++i];
        case "--pg-user" -> user = args[++i];
        case "--pg-password" -> password = args[++i];
        case "--pg-schema" -> schema = args[++i];
        case "-h", "--help" -> {
          System.out.println("usage: benchmarks/run [--quick] [--reset] [--drop] [--out DIR] [--only REGEX]"
              + " [--pg-url URL] [--pg-user USER] [--pg-password PASSWORD] [--pg-schema SCHEMA]");
          return;
        }
        default -> throw new IllegalArgumentException("unknown option " + args[i] + " (try --help)");
      }
    }
    List<String> settings = List.of(
        "-D" + BenchSettings.QUICK + "=" + quick,
        "-D" + BenchSettings.PG_URL + "=" + url,
        "-D" + BenchSettings.PG_USER + "=" + user,
        "-D" + BenchSettings.PG_PASSWORD + "=" + password,
        "-D" + BenchSettings.PG_SCHEMA + "=" + schema,
        // HikariCP and the schema installer log at INFO; the benchmark's own lines are enough.
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
    System.setProperty(BenchSettings.QUICK, Boolean.toString(quick));
    System.setProperty(BenchSettings.PG_URL, url);
    System.setProperty(BenchSettings.PG_USER, user);
    System.setProperty(BenchSettings.PG_PASSWORD, password);
    System.setProperty(BenchSettings.PG_SCHEMA, schema);

    Files.createDirectories(out.resolve("logs"));
    requirePostgres(url, user);
    if (reset || drop) {
      Log.info("dropping schema %s and every dataset in it", BenchSettings.pgSchema());
      Postgres.dropSchema();
      if (drop) {
        return;
      }
    }

    long started = System.nanoTime();
    List<RunResult> runs = new ArrayList<>();
    Optional<Properties> memory = Optional.empty();
    List<String> failures = new ArrayList<>();
    for (Group group : Group.values()) {
      if (!only.matcher(group.id).matches()) {
        continue;
      }
      Path results = out.resolve("logs").resolve(group.id + (group == Group.MEMORY ? ".properties" : ".ser"));
      Files.deleteIfExists(results);
      long groupStarted = System.nanoTime();
      Log.info("%s: started (log: %s)", group.id, out.resolve("logs").resolve(group.id + ".log"));
      int exit = runGroup(group, quick, settings, results, out.resolve("logs").resolve(group.id + ".log"));
      Log.info("%s: %s in %s", group.id, exit == 0 ? "done" : "FAILED (exit " + exit + ")",
          elapsed(groupStarted));
      if (exit != 0 || !Files.exists(results)) {
        failures.add(group.id);
        continue;
      }
      if (group == Group.MEMORY) {
        Properties p = new Properties();
        try (var reader = Files.newBufferedReader(results)) {
          p.load(reader);
        }
        memory = Optional.of(p);
      } else {
        try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(results))) {
          @SuppressWarnings("unchecked")
          List<RunResult> read = (List<RunResult>) in.readObject();
          runs.addAll(read);
        }
      }
    }

    String header = "## Benchmark results (" + (quick ? "quick mode: small sizes, figures not judged" : "full run")
        + ")\n\n" + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + ", "
        + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
        + ", PostgreSQL at " + url + " (schema " + BenchSettings.pgSchema() + "); wall time " + elapsed(started)
        + ".\n";
    Report report = new Report(quick, runs, memory, failures).build(header);
    report.write(out);
    System.out.println();
    System.out.println(report.markdown());
    Log.info("results: %s (results.md, results.csv, results.json, jmh-*.json, logs/)", out.toAbsolutePath());
    if (!failures.isEmpty()) {
      System.exit(1);
    }
  }

  /** Runs one group's JVM; its output goes to the group's log, and its progress lines to the console too. */
  private static int runGroup(Group group, boolean quick, List<String> settings, Path results, Path log)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(group.heap(quick));
    command.addAll(settings);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(GroupRunner.class.getName());
    command.add(group.id);
    command.add(results.toString());
    command.addAll(settings);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try (BufferedReader lines = new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter file = new PrintWriter(Files.newBufferedWriter(log))) {
      String line;
      while ((line = lines.readLine()) != null) {
        file.println(line);
        if (line.startsWith("[bench]") || line.startsWith("# Benchmark:") || line.startsWith("# Parameters:")
            || line.contains("Exception") || line.startsWith("<failure>")) {
          System.out.println("  " + line);
        }
      }
    }
    return process.waitFor();
  }

  private static void requirePostgres(String url, String user) {
    try (Connection c = Postgres.plainConnection()) {
      c.isValid(5);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + url + " (user " + user + ") does not answer: "
          + e.getMessage() + ". Start it, or point the benchmark elsewhere with --pg-url/--pg-user.", e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? fallback : value;
  }

  private static String elapsed(long since) {
    Duration d = Duration.ofNanos(System.nanoTime() - since);
    return String.format(Locale.ROOT, "%dm%02ds", d.toMinutes(), d.toSecondsPart());
  }
}
