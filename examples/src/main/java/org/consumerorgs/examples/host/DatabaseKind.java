package org.consumerorgs.examples.host;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The databases the example host can run on, with the defaults it uses for each when told nothing else. */
public enum DatabaseKind {
  /** Embedded, in a file under the data directory: nothing to install, and the data survives a restart. */
  H2("h2", "sa"),
  POSTGRES("postgres", "postgres"),
  MARIADB("mariadb", "root");

  private final String option;
  private final String defaultUser;

  DatabaseKind(String option, String defaultUser) {
    this.option = option;
    this.defaultUser = defaultUser;
  }

  /** The word for it on the command line ({@code --db h2|postgres|mariadb}). */
  String option() {
    return option;
  }

  String defaultUser() {
    return defaultUser;
  }

  /**
   * Where it is when the person gives no URL. For the servers: a database named {@code consumer_orgs} on this machine,
   * which the README shows how to create; for H2, a file in {@code dataDirectory}, which H2 creates.
   */
  String defaultUrl(Path dataDirectory) {
    return switch (this) {
      // An absolute path: H2 refuses a relative one that does not start with "./", and the message would puzzle.
      // LOCK_TIMEOUT: H2's default of one second is short for a machine that is busy with other work.
      case H2 -> "jdbc:h2:file:" + dataDirectory.toAbsolutePath().normalize().resolve("consumer-orgs")
          + ";LOCK_TIMEOUT=10000";
      case POSTGRES -> "jdbc:postgresql://localhost:5432/consumer_orgs";
      case MARIADB -> "jdbc:mariadb://localhost:3306/consumer_orgs";
    };
  }

  static DatabaseKind fromOption(String text) {
    String word = text.strip().toLowerCase(Locale.ROOT);
    if (word.equals("postgresql")) {
      return POSTGRES;
    }
    if (word.equals("mysql")) {
      return MARIADB;
    }
    return Arrays.stream(values()).filter(kind -> kind.option.equals(word)).findFirst()
        .orElseThrow(() -> new UsageException("Unknown database \u201C" + text + "\u201D; use h2, postgres or mariadb."));
  }

  /** The kind a JDBC URL is for, so that {@code --jdbc-url} alone is enough. */
  static Optional<DatabaseKind> fromUrl(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:h2:")) {
      return Optional.of(H2);
    }
    if (lower.startsWith("jdbc:postgresql:")) {
      return Optional.of(POSTGRES);
    }
    if (lower.startsWith("jdbc:mariadb:") || lower.startsWith("jdbc:mysql:")) {
      return Optional.of(MARIADB);
    }
    return Optional.empty();
  }
}
