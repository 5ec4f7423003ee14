package org.consumerorgs.jdbc;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The prefix of every table and index name, and the one place that puts it into SQL. It is pasted into statements, so
 * it is held to a plain identifier that needs no quoting on any supported database.
 *
 * <p>It is lower case: an ASCII lower-case letter, then lower-case letters, digits and underscores. Unquoted names
 * are folded to one case by PostgreSQL (lower) and H2 (upper), so there {@code CORG_} and {@code corg_} name the same
 * tables; MariaDB and MySQL on Linux keep the case as written ({@code lower_case_table_names=0}), so there they name
 * two different sets. Folding an upper-case prefix here would not help: a host's migration tool pastes the
 * placeholder as the host wrote it, and on MariaDB it would make tables the storage then does not find. Refusing upper
 * case leaves one spelling, which names the same tables on every database and through every tool.
 */
final class TablePrefix {
  static final String DEFAULT = "corg_";
  static final String PLACEHOLDER = "${table_prefix}";
  /** Index names add up to about 33 characters to the prefix; MariaDB and PostgreSQL allow 64 and 63. */
  static final int MAX_LENGTH = 24;
  private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]*");

  private TablePrefix() {}

  /** The prefix if it is a valid one; otherwise an {@link IllegalArgumentException} that says why. */
  static String validate(String prefix) {
    requireNonNull(prefix, "tablePrefix");
    if (prefix.isEmpty() || prefix.length() > MAX_LENGTH || !IDENTIFIER.matcher(prefix).matches()) {
      boolean upperCase = !prefix.equals(prefix.toLowerCase(Locale.ROOT));
      throw new IllegalArgumentException("table prefix \"" + prefix + "\" is not valid: it must be 1 to " + MAX_LENGTH
          + " characters, a lower-case ASCII letter followed by lower-case ASCII letters, digits or underscores (for"
          + " example \"" + DEFAULT + "\")" + (upperCase ? "; upper case is refused because MariaDB and MySQL tell"
          + " table names apart by case where PostgreSQL and H2 do not: write \"" + prefix.toLowerCase(Locale.ROOT)
          + "\"" : ""));
    }
    return prefix;
  }

  /** The statement with every {@link #PLACEHOLDER} replaced by the prefix. */
  static String apply(String prefix, String sql) {
    return sql.replace(PLACEHOLDER, prefix);
  }
}
