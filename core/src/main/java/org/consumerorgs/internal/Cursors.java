package org.consumerorgs.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.consumerorgs.error.InvalidCursorException;
import org.consumerorgs.spi.Keyset;

/**
 * Turns a keyset position into the opaque cursor hosts see, and back. The cursor names the list it belongs to, so a
 * cursor of one list handed to another is refused rather than silently read in the wrong order, and carries a
 * checksum, so that a cursor edited by hand or cut short is refused rather than read from a made-up position.
 */
public final class Cursors {
  private static final int FORMAT = 2;
  private static final int CHECKSUM_BYTES = 4;

  private Cursors() {}

  public static String encode(String list, Keyset position) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        out.writeByte(FORMAT);
        out.writeUTF(list);
        out.writeUTF(position.sortKey());
        out.writeUTF(position.id());
        out.writeInt(checksum(bytes.toByteArray(), bytes.size()));
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
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(cursor);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    int payload = bytes.length - CHECKSUM_BYTES;
    if (payload < 1 || checksum(bytes, payload) != ByteBuffer.wrap(bytes, payload, CHECKSUM_BYTES).getInt()) {
      throw invalid();
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, payload))) {
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

  private static int checksum(byte[] bytes, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, length);
    return (int) crc.getValue();
  }

  private static InvalidCursorException invalid() {
    return new InvalidCursorException("This page link is not valid; start again from the first page.");
  }
}
