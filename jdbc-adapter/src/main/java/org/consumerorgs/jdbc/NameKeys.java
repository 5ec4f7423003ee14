package org.consumerorgs.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * How a name's keys are stored so that an index can hold them whatever the name.
 *
 * <p>A folded key can be far longer than its name (U+FDFA folds to 18 characters, and names may have 1000), longer
 * than any database lets an index entry be. So uniqueness is judged on a SHA-256 of the uniqueness key, and names are
 * sorted on a <em>sort key</em>: the UTF-8 bytes of the search key's first {@value #SORT_KEY_CHARACTERS} characters.
 * Byte order of UTF-8 is code-point order on every database, with no collation involved. Names whose folded forms
 * agree on all of their first {@value #SORT_KEY_CHARACTERS} characters sort among themselves by id.
 */
final class NameKeys {
  static final int SORT_KEY_CHARACTERS = 200;
  /** How much of each word PostgreSQL's {@code word_starts} column keeps (see its DDL). */
  static final int WORD_START_CHARACTERS = 4;

  private NameKeys() {}

  static byte[] sortKey(String searchKey) {
    int length = searchKey.codePointCount(0, searchKey.length());
    String head = length <= SORT_KEY_CHARACTERS
        ? searchKey
        : searchKey.substring(0, searchKey.offsetByCodePoints(0, SORT_KEY_CHARACTERS));
    return head.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * {@code text} as PostgreSQL's {@code word_starts} column holds it after a space whenever a word of the search key
   * starts with {@code text}: each of its words cut to its first {@value #WORD_START_CHARACTERS} characters
   * ({@code "inc 734"} stays, {@code "consulting gr"} becomes {@code "cons gr"}).
   */
  static String wordStart(String text) {
    StringBuilder start = new StringBuilder(text.length());
    String[] words = text.split(" ", -1);
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if (i > 0) {
        start.append(' ');
      }
      int length = word.codePointCount(0, word.length());
      start.append(word, 0, length <= WORD_START_CHARACTERS ? word.length()
          : word.offsetByCodePoints(0, WORD_START_CHARACTERS));
    }
    return start.toString();
  }

  /** The sort key as the text a page cursor carries. */
  static String sortKeyText(byte[] sortKey) {
    return new String(sortKey, StandardCharsets.UTF_8);
  }

  /** The first byte string after all that start with {@code prefix}; UTF-8 never holds 0xFF, so one bump does. */
  static byte[] after(byte[] prefix) {
    byte[] bound = Arrays.copyOf(prefix, prefix.length);
    for (int i = bound.length - 1; i >= 0; i--) {
      if (bound[i] != (byte) 0xFF) {
        bound[i]++;
        return Arrays.copyOf(bound, i + 1);
      }
    }
    throw new IllegalArgumentException("no byte string follows every one starting with " + Arrays.toString(prefix));
  }

  static byte[] uniquenessHash(String uniquenessKey) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(uniquenessKey.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** {@code text} as a LIKE pattern that matches it literally, for {@code ESCAPE '!'}. */
  static String literal(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '!' || c == '%' || c == '_') {
        escaped.append('!');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
