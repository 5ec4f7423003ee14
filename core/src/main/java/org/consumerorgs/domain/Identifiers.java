package org.consumerorgs.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * The one rule every identifier in the SDK follows, whoever chose it (the host or the id generator): between 1 and
 * {@value #MAX_LENGTH} characters of printable ASCII, no spaces. Ids travel in URLs, logs and SQL keys; keeping them
 * to this alphabet means none of those ever needs escaping or normalising.
 */
final class Identifiers {
  static final int MAX_LENGTH = 64;

  private Identifiers() {}

  static String check(String kind, String value) {
    requireNonNull(value, () -> kind + " must not be null");
    checkArgument(!value.isEmpty(), "%s must not be empty", kind);
    checkArgument(value.length() <= MAX_LENGTH, "%s must be at most %s characters, got %s", kind, MAX_LENGTH,
        value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= 0x20 || c >= 0x7f) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s may contain only printable ASCII characters without spaces, found U+%04X at position %d",
            kind, (int) c, i + 1));
      }
    }
    return value;
  }
}
