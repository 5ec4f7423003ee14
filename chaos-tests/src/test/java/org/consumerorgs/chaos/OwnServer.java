package org.consumerorgs.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A database server of the test's own: its own data directory under the temp folder and its own port, started,
 * killed with SIGKILL and restarted on the same data. It never touches any other server's processes: it only signals
 * the process it started and that process's descendants. A shutdown hook kills it and deletes its data directory
 * however the test ends.
 */
abstract class OwnServer implements AutoCloseable {
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

  final Path dir;
  final int port;
  private final Thread cleanup = new Thread(this::killAndDelete, "chaos-server-cleanup");
  private Process process;

  OwnServer(String name, int port) {
    this.port = port;
    try {
      this.dir = Files.createTempDirectory("corg-chaos-" + name + "-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Runtime.getRuntime().addShutdownHook(cleanup);
  }

  /** Creates the data directory (initdb, mariadb-install-db). */
  abstract void initialize() throws IOException, InterruptedException;

  /** The command line that runs the server in the foreground on {@link #port}. */
  abstract List<String> serverCommand();

  /** The JDBC URL of the tests' database on the server, reached through port {@code through} (its own or a proxy's). */
  abstract String jdbcUrl(int through);

  /** The JDBC URL of the tests' database on the server, directly. */
  final String jdbcUrl() {
    return jdbcUrl(port);
  }

  abstract String user();

  /** The URL the readiness probe connects to (the server's default database). */
  abstract String probeUrl();

  /** Initializes the data directory and starts the server for the first time. */
  final void create() throws IOException, InterruptedException {
    if (portAnswers()) {
      throw new IllegalStateException("port " + port + " is taken: a server of an earlier chaos run may still be"
          + " running; stop it (only that one) and run again");
    }
    initialize();
    start();
    afterFirstStart();
  }

  /** Prepares what the tests need on the new server (a database); nothing by default. */
  void afterFirstStart() {}

  /** Starts the server on its data directory (again, after a kill) and waits until it accepts connections. */
  final void start() throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(serverCommand()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile()));
    process = builder.start();
    awaitReady();
  }

  /** SIGKILL to the server and every process it started, all at once, as a crash or the OOM killer would. */
  final void kill() throws InterruptedException {
    if (process == null) {
      return;
    }
    // Freeze the tree first, so that no process forks a child we would miss; SIGKILL reaches stopped processes.
    Set<ProcessHandle> tree = new LinkedHashSet<>();
    tree.add(process.toHandle());
    for (int size = -1; size != tree.size(); ) {
      size = tree.size();
      signal("-STOP", tree);
      tree.stream().flatMap(ProcessHandle::descendants).toList().forEach(tree::add);
    }
    signal("-KILL", tree);
    for (ProcessHandle handle : tree) {
      handle.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> handle).join();
    }
    process.waitFor(30, TimeUnit.SECONDS);
    process = null;
  }

  @Override
  public void close() {
    killAndDelete();
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook is running or has run
    }
  }

  private synchronized void killAndDelete() {
    try {
      kill();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    deleteRecursively(dir);
  }

  /** The last lines of the server's log, for a failure message. */
  String logTail() {
    try {
      List<String> lines = Files.readAllLines(dir.resolve("server.log"));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    } catch (IOException e) {
      return "(no server log: " + e.getMessage() + ")";
    }
  }

  private void awaitReady() throws InterruptedException {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    SQLException last = null;
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the chaos suite's own server on port " + port + " exited with "
            + process.exitValue() + " while starting:\n" + logTail());
      }
      try (Connection connection = DriverManager.getConnection(probeUrl(), user(), "")) {
        if (connection.isValid(5)) {
          return;
        }
      } catch (SQLException e) {
        last = e;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the chaos suite's own server on port " + port + " did not accept connections"
        + " within " + READY_TIMEOUT.toSeconds() + " s: " + (last == null ? "" : last.getMessage()) + "\n" + logTail());
  }

  private boolean portAnswers() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void signal(String signal, Set<ProcessHandle> processes) throws InterruptedException {
    List<String> command = new ArrayList<>(List.of("kill", signal));
    processes.stream().filter(ProcessHandle::isAlive).forEach(p -> command.add(Long.toString(p.pid())));
    if (command.size() > 2) {
      run(command, Duration.ofSeconds(10));
    }
  }

  /** Runs a command to its end, its output appended to {@code log}; a failure is reported with that output. */
  static void runToCompletion(List<String> command, Path log, Duration timeout)
      throws IOException, InterruptedException {
    Process started = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    if (!started.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      started.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeout.toSeconds() + " s");
    }
    if (started.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed with " + started.exitValue() + ":\n"
          + Files.readString(log));
    }
  }

  private static void run(List<String> command, Duration timeout) throws InterruptedException {
    try {
      Process started = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      started.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean runningAsRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      System.err.println("could not delete " + root + ": " + e.getMessage());
    }
  }
}
