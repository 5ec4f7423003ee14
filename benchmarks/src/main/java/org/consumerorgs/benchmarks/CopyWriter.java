package org.consumerorgs.benchmarks;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** Rows for PostgreSQL's COPY ... FROM STDIN in its text format, streamed in chunks of about a megabyte. */
final class CopyWriter implements AutoCloseable {
  private static final HexFormat HEX = HexFormat.of();
  private final CopyIn copy;
  private final StringBuilder buffer = new StringBuilder(1 << 21);
  private boolean rowStarted;
  private long rows;

  CopyWriter(Connection connection, String copySql) throws SQLException {
    this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
  }

  CopyWriter text(String value) {
    separate();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> buffer.append("\\\\");
        case '\t' -> buffer.append("\\t");
        case '\n' -> buffer.append("\\n");
        case '\r' -> buffer.append("\\r");
        default -> buffer.append(c);
      }
    }
    return this;
  }

  CopyWriter optionalText(Optional<String> value) {
    return value.isPresent() ? text(value.get()) : nul();
  }

  /** A BYTEA value in hex form; the backslash is doubled because it is the text format's escape character. */
  CopyWriter bytes(byte[] value) {
    separate();
    buffer.append("\\\\x").append(HEX.formatHex(value));
    return this;
  }

  CopyWriter number(long value) {
    separate();
    buffer.append(value);
    return this;
  }

  /** Microseconds since the epoch, as the adapter stores every time. */
  CopyWriter time(Instant at) {
    return number(Math.multiplyExact(at.getEpochSecond(), 1_000_000L) + at.getNano() / 1_000);
  }

  CopyWriter nul() {
    separate();
    buffer.append("\\N");
    return this;
  }

  /** A flat JSON object of strings, as the adapter writes an event's before and after state. */
  CopyWriter json(Map<String, String> fields) {
    return text(EventJson.of(fields));
  }

  void endRow() {
    buffer.append('\n');
    rowStarted = false;
    rows++;
    if (buffer.length() >= 1 << 20) {
      flush();
    }
  }

  long rows() {
    return rows;
  }

  private void separate() {
    if (rowStarted) {
      buffer.append('\t');
    }
    rowStarted = true;
  }

  private void flush() {
    byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
    buffer.setLength(0);
    try {
      copy.writeToCopy(bytes, 0, bytes.length);
    } catch (SQLException e) {
      throw new UncheckedIOException(new java.io.IOException("COPY failed: " + e.getMessage(), e));
    }
  }

  @Override
  public void close() throws SQLException {
    flush();
    copy.endCopy();
  }
}
