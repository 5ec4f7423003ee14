package org.consumerorgs.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL server of the suite's own on a port of its own, in a fresh data directory. PostgreSQL refuses to run
 * as root, so as root the data directory belongs to the user {@code postgres} and every command runs as that user
 * ({@code runuser}). Durability settings are PostgreSQL's defaults: what a commit acknowledges must survive the kill.
 */
final class OwnPostgres extends OwnServer {
  private static final String BIN = System.getProperty("chaos.postgres.bin", "/usr/lib/postgresql/15/bin");
  private static final String OS_USER = "postgres";

  OwnPostgres(int port) {
    super("postgres", port);
  }

  /** Why this machine cannot run the server, or empty. */
  static Optional<String> unavailable() {
    for (String binary : List.of("initdb", "postgres")) {
      if (!Files.isExecutable(Path.of(BIN, binary))) {
        return Optional.of("PostgreSQL's " + binary + " is not in " + BIN + " (set -Dchaos.postgres.bin=<dir>)");
      }
    }
    if (runningAsRoot() && !Files.isExecutable(Path.of("/usr/sbin/runuser")) && !Files.isExecutable(
        Path.of("/usr/bin/runuser"))) {
      return Optional.of("running as root, PostgreSQL needs runuser to start as user " + OS_USER);
    }
    return Optional.empty();
  }

  @Override
  void initialize() throws IOException, InterruptedException {
    if (runningAsRoot()) {
      UserPrincipal owner = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(OS_USER);
      Files.setOwner(dir, owner);
    }
    OwnServer.runToCompletion(asServerUser(List.of(BIN + "/initdb", "-D", dataDir(), "-U", "postgres", "-A", "trust",
        "-E", "UTF8", "--locale=C", "--no-sync")), dir.resolve("initdb.log"), Duration.ofSeconds(120));
  }

  @Override
  List<String> serverCommand() {
    return asServerUser(List.of(BIN + "/postgres", "-D", dataDir(), "-p", Integer.toString(port),
        "-k", dir.toString(), "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300",
        "-c", "shared_buffers=32MB", "-c", "logging_collector=off"));
  }

  @Override
  String jdbcUrl(int through) {
    return "jdbc:postgresql://127.0.0.1:" + through + "/postgres";
  }

  @Override
  String probeUrl() {
    return jdbcUrl(port);
  }

  @Override
  String user() {
    return "postgres";
  }

  private String dataDir() {
    return dir.resolve("data").toString();
  }

  private static List<String> asServerUser(List<String> command) {
    if (!runningAsRoot()) {
      return command;
    }
    List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", OS_USER, "--"));
    wrapped.addAll(command);
    return wrapped;
  }
}
