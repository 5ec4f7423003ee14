package org.consumerorgs.examples.host;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consumerorgs.policy.DeletionPolicy;

/**
 * How this run of the host is configured: from global options before the command, else from environment variables
 * (handy in containers and CI), else from defaults that need nothing installed.
 *
 * @param command the command and its arguments; empty for the interactive shell
 */
public record Settings(
    DatabaseKind database,
    String jdbcUrl,
    String user,
    String password,
    String tablePrefix,
    DeletionPolicy deletion,
    String provider,
    String actor,
    List<String> command) {

  static final String DEFAULT_DATA_DIRECTORY = "consumer-orgs-data";
  static final String DEFAULT_PROVIDER = "acme-data";
  static final String DEFAULT_ACTOR = "admin";

  /** The global options, each with the environment variable that stands in for it. */
  static final Map<String, String> ENVIRONMENT = Map.of(
      "db", "CORG_DB",
      "jdbc-url", "CORG_JDBC_URL",
      "user", "CORG_JDBC_USER",
      "password", "CORG_JDBC_PASSWORD",
      "data-dir", "CORG_DATA_DIR",
      "table-prefix", "CORG_TABLE_PREFIX",
      "deletion", "CORG_DELETION",
      "provider", "CORG_PROVIDER",
      "as", "CORG_USER");

  /**
   * Reads the options before the command, then the environment, then the defaults.
   *
   * @param args the command line
   * @param env the environment variables
   * @return the settings
   * @throws UsageException if an option or variable is wrong
   */
  public static Settings parse(List<String> args, Map<String, String> env) {
    Arguments options = Arguments.parseLeading(args, Set.copyOf(ENVIRONMENT.keySet()));
    Lookup lookup = new Lookup(options, env);

    Optional<String> url = lookup.get("jdbc-url");
    Optional<DatabaseKind> named = lookup.get("db").map(DatabaseKind::fromOption);
    Optional<DatabaseKind> fromUrl = url.map(u -> DatabaseKind.fromUrl(u).orElseThrow(() -> new UsageException(
        "Unsupported JDBC URL \u201C" + u + "\u201D; it must start with jdbc:h2:, jdbc:postgresql: or jdbc:mariadb:.")));
    if (named.isPresent() && fromUrl.isPresent() && named.get() != fromUrl.get()) {
      throw new UsageException("--db " + named.get().option() + " does not match the JDBC URL, which is for "
          + fromUrl.get().option() + ".");
    }
    DatabaseKind kind = named.or(() -> fromUrl).orElse(DatabaseKind.H2);
    Path dataDirectory = Path.of(lookup.get("data-dir").orElse(DEFAULT_DATA_DIRECTORY));

    return new Settings(
        kind,
        url.orElseGet(() -> kind.defaultUrl(dataDirectory)),
        lookup.get("user").orElse(kind.defaultUser()),
        lookup.get("password").orElse(""),
        lookup.get("table-prefix").orElse("corg_"),
        lookup.get("deletion").map(Settings::deletionPolicy).orElse(DeletionPolicy.ALLOW_WITH_IMPACT),
        lookup.get("provider").orElse(DEFAULT_PROVIDER),
        lookup.get("as").orElse(DEFAULT_ACTOR),
        options.positional());
  }

  private static DeletionPolicy deletionPolicy(String text) {
    return switch (text.strip()) {
      case "allow" -> DeletionPolicy.ALLOW_WITH_IMPACT;
      case "refuse" -> DeletionPolicy.REFUSE_WHILE_LINKED;
      default -> throw new UsageException("--deletion must be allow (delete and report the impact) or refuse (refuse"
          + " while linked to a share); got \u201C" + text + "\u201D.");
    };
  }

  /** An option if given, else its environment variable if set and not blank. */
  private record Lookup(Arguments options, Map<String, String> env) {
    Optional<String> get(String option) {
      return options.option(option)
          .or(() -> Optional.ofNullable(env.get(ENVIRONMENT.get(option))).filter(value -> !value.isBlank()));
    }
  }
}
