package org.consumerorgs.examples.host;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.error.StorageException;
import org.consumerorgs.policy.Policies;

/**
 * A host application embedding the SDK on the JDBC adapter: it opens its database (an embedded H2 file by default,
 * PostgreSQL or MariaDB on request), installs the schema on first start, builds one {@link ConsumerOrgs}, and then
 * runs one command, the scripted {@code demo}, or an interactive shell.
 *
 * <p>Everything it talks to comes in through the constructor (streams, environment, clock), so that tests run it
 * exactly as {@link HostMain} does and read what it printed.
 */
public final class HostApplication {
  static final String USAGE = String.join(System.lineSeparator(),
      "Usage: [options] [command [arguments]]; from the project's root, with Maven:",
      "  mvn -q -pl examples -am compile exec:java -Dexec.args=\"[options] [command [arguments]]\"",
      "  no command   an interactive shell; with piped input, one command per line",
      "  demo         a scripted tour of the whole flow",
      "  help         the shell's commands; any of them also runs on its own, e.g. list --limit 5",
      "Options, each with the environment variable that can stand in for it:",
      "  --db h2|postgres|mariadb  CORG_DB             default h2: an embedded database in a file",
      "  --data-dir <directory>    CORG_DATA_DIR       where H2 keeps its file; default ./"
          + Settings.DEFAULT_DATA_DIRECTORY,
      "  --jdbc-url <url>          CORG_JDBC_URL       an H2, PostgreSQL or MariaDB URL; default for postgres and",
      "                                                mariadb: database consumer_orgs on localhost",
      "  --user <name>             CORG_JDBC_USER      default sa (h2), postgres, root (mariadb)",
      "  --password <secret>       CORG_JDBC_PASSWORD  prefer the variable: options show in process lists",
      "  --table-prefix <prefix>   CORG_TABLE_PREFIX   default corg_",
      "  --deletion allow|refuse   CORG_DELETION       deleting a linked organization: allowed with its impact"
          + " (default), or refused",
      "  --provider <provider-id>  CORG_PROVIDER       the provider to act for at start; default "
          + Settings.DEFAULT_PROVIDER,
      "  --as <user>               CORG_USER           who you are; default " + Settings.DEFAULT_ACTOR);

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;
  private final Clock clock;
  private final boolean interactive;

  /**
   * @param interactive whether a person types at a terminal: the shell then prompts, instead of echoing each line
   *     read
   */
  public HostApplication(InputStream in, PrintStream out, PrintStream err, Map<String, String> env, Clock clock,
      boolean interactive) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.env = Map.copyOf(env);
    this.clock = clock;
    this.interactive = interactive;
  }

  /** Runs and returns the exit status: 0 done, 1 refused (a rule, a missing object, the database), 2 misused. */
  public int run(List<String> args) {
    Settings settings;
    Actor actor;
    try {
      if (args.size() == 1 && (args.get(0).equals("--help") || args.get(0).equals("-h"))) {
        out.println(USAGE);
        return 0;
      }
      settings = Settings.parse(args, env);
      actor = Actor.ofProvider(ProviderId.of(settings.provider()), settings.actor());
    } catch (UsageException | IllegalArgumentException e) {
      err.println("Invalid command line: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    List<String> command = settings.command();
    if (!command.isEmpty() && command.get(0).equals("help")) {
      // Help reads no data, so it opens no database (and installs nothing on a first start).
      out.println(USAGE);
      out.println();
      return outcome(new Shell(new Host(null, new Session(actor), out, clock)).execute(command));
    }

    try (Database database = Database.open(settings, out)) {
      ConsumerOrgs sdk = ConsumerOrgs.builder(database.storage())
          .clock(clock)
          .policies(Policies.defaults().withDeletion(settings.deletion()))
          .build();
      Host host = new Host(sdk, new Session(actor), out, clock);
      Shell shell = new Shell(host);
      if (command.isEmpty()) {
        shell.run(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), interactive);
        return 0;
      }
      if (command.get(0).equals("demo")) {
        if (command.size() > 1) {
          err.println("Invalid command line: demo takes no arguments.");
          return 2;
        }
        new Demo(shell, host).run();
        return 0;
      }
      return outcome(shell.execute(command));
    } catch (StorageException e) {
      err.println("Could not start: " + e.getMessage());
      return 1;
    }
  }

  private static int outcome(Shell.Outcome outcome) {
    return switch (outcome) {
      case DONE, QUIT -> 0;
      case REFUSED -> 1;
      case INVALID -> 2;
    };
  }
}
