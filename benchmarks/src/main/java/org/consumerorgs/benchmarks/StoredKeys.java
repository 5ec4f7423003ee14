package org.consumerorgs.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The keys the JDBC adapter stores beside a name (its {@code NameKeys}, which is package-private): the sort key, the
 * UTF-8 bytes of the search key's first 200 characters; and the SHA-256 of the uniqueness key. The bulk load checks
 * its rows through the SDK afterwards (a duplicate of a loaded name must be refused, an exact name must be found), so
 * a drift between the two would be caught.
 */
final class StoredKeys {
  private static final int SORT_KEY_CHARACTERS = 200;

  private StoredKeys() {}

  static byte[] sortKey(String searchKey) {
    int length = searchKey.codePointCount(0, searchKey.length());
    String head = length <= SORT_KEY_CHARACTERS
        ? searchKey
        : searchKey.substring(0, searchKey.offsetByCodePoints(0, SORT_KEY_CHARACTERS));
    return head.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] uniquenessHash(String uniquenessKey) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(uniquenessKey.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
