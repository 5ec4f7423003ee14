package org.consumerorgs.jdbc;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * The prefix of every table and index name, and the one place that puts it into SQL. It is pasted into statements, so
 * it is held to a plain identifier that needs no quoting on any supported database.
 */
final class TablePrefix {
  static final String DEFAULT = "corg_";
  static final String PLACEHOLDER = "${table_prefix}";
  /** Index names add up to about 33 characters to the prefix; MariaDB and PostgreSQL allow 64 and 63. */
  static final int MAX_LENGTH = 24;
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  private TablePrefix() {}

  /** The prefix if it is a valid one; otherwise an {@link IllegalArgumentException} that says why. */
  static String validate(String prefix) {
    requireNonNull(prefix, "tablePrefix");
    if (prefix.isEmpty() || prefix.length() > MAX_LENGTH || !IDENTIFIER.matcher(prefix).matches()) {
      throw new IllegalArgumentException("table prefix \"" + prefix + "\" is not valid: it must be 1 to " + MAX_LENGTH
          + " characters, an ASCII letter followed by ASCII letters, digits or underscores (for example \""
          + DEFAULT + "\")");
    }
    return prefix;
  }

  /** The statement with every {@link #PLACEHOLDER} replaced by the prefix. */
  static String apply(String prefix, String sql) {
    return sql.replace(PLACEHOLDER, prefix);
  }
}
