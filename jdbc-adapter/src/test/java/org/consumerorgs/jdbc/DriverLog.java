package org.consumerorgs.jdbc;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the JDBC drivers log while it is open. The test logging backend (slf4j-simple, which MariaDB Connector/J logs
 * through when it finds SLF4J) writes to whatever {@link System#err} is at the time, so this puts a tee there: the
 * output still reaches the build log, and the lines the drivers wrote can be asserted on.
 */
final class DriverLog implements AutoCloseable {
  /** The drivers' logger names start with their packages. */
  private static final List<String> DRIVERS = List.of("org.mariadb.jdbc", "org.postgresql", "org.h2");

  private final PrintStream original = System.err;
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

  DriverLog() {
    System.setErr(new PrintStream(new Tee(original, captured), true, StandardCharsets.UTF_8));
  }

  /** The lines a driver's logger wrote so far. */
  List<String> lines() {
    return captured.toString(StandardCharsets.UTF_8).lines()
        .filter(line -> DRIVERS.stream().anyMatch(line::contains)).toList();
  }

  @Override
  public void close() {
    System.err.flush();
    System.setErr(original);
  }

  private static final class Tee extends OutputStream {
    private final OutputStream first;
    private final ByteArrayOutputStream second;

    Tee(OutputStream first, ByteArrayOutputStream second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public void write(int b) {
      second.write(b);
      try {
        first.write(b);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      second.write(bytes, offset, length);
      try {
        first.write(bytes, offset, length);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
