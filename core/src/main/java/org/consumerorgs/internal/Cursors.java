package org.consumerorgs.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Optional;
import org.consumerorgs.error.InvalidCursorException;
import org.consumerorgs.spi.Keyset;

/**
 * Turns a keyset position into the opaque cursor hosts see, and back. The cursor names the list it belongs to, so a
 * cursor of one list handed to another is refused rather than silently read in the wrong order.
 */
public final class Cursors {
  private static final int FORMAT = 1;

  private Cursors() {}

  public static String encode(String list, Keyset position) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        out.writeByte(FORMAT);
        out.writeUTF(list);
        out.writeUTF(position.sortKey());
        out.writeUTF(position.id());
      }
      return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen in memory
    }
  }

  public static Optional<Keyset> decode(String list, Optional<String> cursor) {
    return cursor.map(c -> decode(list, c));
  }

  private static Keyset decode(String list, String cursor) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(cursor)))) {
      if (in.readByte() != FORMAT) {
        throw invalid();
      }
      if (!in.readUTF().equals(list)) {
        throw new InvalidCursorException("This page link belongs to another list; start again from the first page.");
      }
      Keyset keyset = new Keyset(in.readUTF(), in.readUTF());
      if (in.read() != -1) {
        throw invalid();
      }
      return keyset;
    } catch (IOException | IllegalArgumentException e) {
      throw invalid();
    }
  }

  private static InvalidCursorException invalid() {
    return new InvalidCursorException("This page link is not valid; start again from the first page.");
  }
}
