package org.consumerorgs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.consumerorgs.error.InvalidCursorException;
import org.consumerorgs.spi.Keyset;

/**
 * Turns a keyset position into the opaque cursor hosts see, and back. Hosts put cursors in URLs and logs, and a
 * position holds the folded name of the last organization shown, so a cursor is sealed with AES-GCM under the
 * storage's {@linkplain org.consumerorgs.spi.Storage#cursorKey() cursor key}: it shows no name, and a cursor that
 * was edited, cut short, made up, or handed out over other data is refused before anything of it reaches a store.
 * The cursor also names the list it belongs to, so that one list's cursor handed to another is refused rather than
 * read in the wrong order.
 *
 * <p>Layout, before URL-safe Base64 without padding: one format byte (authenticated, in clear, so that a later format
 * can be told apart), a 12-byte nonce, the sealed position, and GCM's 16-byte tag. The position is padded with zeros
 * to a multiple of 32 bytes, so that a cursor's length hints at a name's length no more closely than
 * that. The nonce is derived from the position (a synthetic IV): the same position always gives the same cursor, and
 * two different positions share a nonce only by a 96-bit collision, so no number of cursors wears the key out the
 * way random nonces would after about 2^32 of them.
 */
final class Cursors {
  private static final byte FORMAT = 3;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int BLOCK = 32;
  private static final int MIN_KEY_BYTES = 32;
  private static final int MIN_CURSOR_BYTES = 1 + NONCE_BYTES + BLOCK + TAG_BITS / 8;
  private static final byte[] SEALING = "consumer-orgs cursor sealing v3".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NONCES = "consumer-orgs cursor nonce v3".getBytes(StandardCharsets.US_ASCII);

  private Cursors() {}

  /** The cursor of {@code position} in {@code list}, sealed under the storage's {@code cursorKey}. */
  static String encode(byte[] cursorKey, String list, Keyset position) {
    byte[] plain = padded(serialized(list, position));
    try {
      byte[] nonce = Arrays.copyOf(hmac(derived(cursorKey, NONCES), plain), NONCE_BYTES);
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, cursorKey, nonce);
      byte[] sealed = cipher.doFinal(plain);
      byte[] cursor = new byte[1 + NONCE_BYTES + sealed.length];
      cursor[0] = FORMAT;
      System.arraycopy(nonce, 0, cursor, 1, NONCE_BYTES);
      System.arraycopy(sealed, 0, cursor, 1 + NONCE_BYTES, sealed.length);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(cursor);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK offers no AES-GCM or HMAC-SHA256", e);
    }
  }

  /**
   * The position a cursor of {@code list} holds; empty for no cursor (the first page), which needs no key: an adapter
   * that makes its key on first need makes none for a list that fits on one page.
   */
  static Optional<Keyset> decode(Supplier<byte[]> cursorKey, String list, Optional<String> cursor) {
    return cursor.map(c -> decode(cursorKey.get(), list, c));
  }

  private static Keyset decode(byte[] cursorKey, String list, String cursor) {
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(cursor);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    if (bytes.length < MIN_CURSOR_BYTES || bytes[0] != FORMAT) {
      throw invalid();
    }
    byte[] plain;
    try {
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, cursorKey, Arrays.copyOfRange(bytes, 1, 1 + NONCE_BYTES));
      plain = cipher.doFinal(bytes, 1 + NONCE_BYTES, bytes.length - 1 - NONCE_BYTES);
    } catch (GeneralSecurityException e) {
      throw invalid(); // AEADBadTagException: not sealed under this key, or changed since
    }
    return position(list, plain);
  }

  private static byte[] serialized(String list, Keyset position) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        out.writeUTF(list);
        out.writeUTF(position.sortKey());
        out.writeUTF(position.id());
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen in memory
    }
  }

  private static byte[] padded(byte[] serialized) {
    int length = Math.max(BLOCK, (serialized.length + BLOCK - 1) / BLOCK * BLOCK);
    return Arrays.copyOf(serialized, length);
  }

  /** Reads a position the SDK sealed; only a bug could make it malformed, but then it is still just invalid. */
  private static Keyset position(String list, byte[] plain) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
      if (!in.readUTF().equals(list)) {
        throw new InvalidCursorException("This page link belongs to another list; start again from the first page.");
      }
      Keyset keyset = new Keyset(in.readUTF(), in.readUTF());
      for (int padding = in.read(); padding != -1; padding = in.read()) {
        if (padding != 0) {
          throw invalid();
        }
      }
      return keyset;
    } catch (IOException e) {
      throw invalid();
    }
  }

  private static Cipher cipher(int mode, byte[] cursorKey, byte[] nonce) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(derived(cursorKey, SEALING), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(new byte[] {FORMAT});
    return cipher;
  }

  /**
   * A key for one purpose, from the storage's key: HMAC-SHA256 as a key-derivation function, so the sealing key and
   * the nonce key are independent and neither is the storage's secret itself.
   */
  private static byte[] derived(byte[] cursorKey, byte[] purpose) throws GeneralSecurityException {
    if (cursorKey == null || cursorKey.length < MIN_KEY_BYTES) {
      throw new IllegalStateException("the storage's cursor key has "
          + (cursorKey == null ? "no" : String.valueOf(cursorKey.length)) + " bytes; an adapter must give at least "
          + MIN_KEY_BYTES + " (see Storage.cursorKey)");
    }
    return hmac(cursorKey, purpose);
  }

  private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(data);
  }

  private static InvalidCursorException invalid() {
    return new InvalidCursorException("This page link is not valid; start again from the first page.");
  }
}
