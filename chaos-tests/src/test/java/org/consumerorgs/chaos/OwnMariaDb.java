package org.consumerorgs.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A MariaDB server of the suite's own on a port of its own, in a fresh data directory, root without a password, and
 * one database, {@value #DATABASE}. {@code --no-defaults}: no option file of the machine applies. Durability settings
 * are MariaDB's defaults (every commit flushed to the redo log): what a commit acknowledges must survive the kill.
 */
final class OwnMariaDb extends OwnServer {
  static final String DATABASE = "chaos";

  OwnMariaDb(int port) {
    super("mariadb", port);
  }

  /** Why this machine cannot run the server, or empty. */
  static Optional<String> unavailable() {
    for (String binary : List.of("mariadb-install-db", "mariadbd")) {
      if (find(binary).isEmpty()) {
        return Optional.of("MariaDB's " + binary + " is not on the PATH");
      }
    }
    return Optional.empty();
  }

  @Override
  void initialize() throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(find("mariadb-install-db").orElseThrow().toString(),
        "--no-defaults", "--datadir=" + dataDir(), "--auth-root-authentication-method=normal", "--skip-test-db"));
    if (runningAsRoot()) {
      command.add("--user=root");
    }
    OwnServer.runToCompletion(command, dir.resolve("install.log"), Duration.ofSeconds(120));
  }

  @Override
  List<String> serverCommand() {
    List<String> command = new ArrayList<>(List.of(find("mariadbd").orElseThrow().toString(), "--no-defaults",
        "--datadir=" + dataDir(), "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + dir.resolve("sock"),
        "--pid-file=" + dir.resolve("mariadbd.pid"), "--skip-name-resolve", "--skip-log-bin",
        // Temporary tables of its own, not in /tmp beside the shared server's: recovery after a kill -9 must never
        // meet (or remove) another server's files.
        "--tmpdir=" + tmpDir(),
        "--innodb-buffer-pool-size=64M", "--max-connections=300", "--character-set-server=utf8mb4",
        "--collation-server=utf8mb4_bin"));
    if (runningAsRoot()) {
      command.add("--user=root");
    }
    return command;
  }

  private Path tmpDir() {
    Path tmp = dir.resolve("tmp");
    try {
      Files.createDirectories(tmp);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create the MariaDB server's own tmpdir " + tmp, e);
    }
    return tmp;
  }

  /** Creates {@value #DATABASE}. */
  @Override
  void afterFirstStart() {
    try (Connection connection = DriverManager.getConnection(probeUrl(), user(), "");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the chaos database on the suite's own MariaDB", e);
    }
  }

  @Override
  String jdbcUrl(int through) {
    return "jdbc:mariadb://127.0.0.1:" + through + "/" + DATABASE;
  }

  @Override
  String probeUrl() {
    return "jdbc:mariadb://127.0.0.1:" + port + "/";
  }

  @Override
  String user() {
    return "root";
  }

  private String dataDir() {
    return dir.resolve("data").toString();
  }

  private static Optional<Path> find(String binary) {
    List<String> folders = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
    folders.addAll(List.of("/usr/sbin", "/usr/bin", "/usr/local/bin", "/usr/local/sbin"));
    return folders.stream().filter(f -> !f.isEmpty()).map(f -> Path.of(f, binary)).filter(Files::isExecutable)
        .findFirst();
  }
}
