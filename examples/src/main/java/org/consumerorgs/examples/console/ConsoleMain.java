package org.consumerorgs.examples.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.consumerorgs.examples.host.Settings;
import org.consumerorgs.examples.host.UsageException;

/**
 * Starts the web console: {@code mvn -q -pl examples -am compile exec:java@console} from the project's root. It takes
 * the command-line host's database options and environment variables ({@code --db postgres}, {@code CORG_JDBC_URL},
 * …), on the same data (an H2 file under {@code ./consumer-orgs-data} by default, which survives a restart), and
 * {@code --port} (or {@code CORG_PORT}, default {@value #DEFAULT_PORT}).
 */
public final class ConsoleMain {
  static final int DEFAULT_PORT = 8080;

  private ConsoleMain() {}

  /**
   * Parses the options, then runs the console until the JVM is stopped.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    List<String> options = new ArrayList<>(List.of(args));
    try {
      int port = takePort(options, System.getenv());
      Settings settings = Settings.parse(options, System.getenv());
      if (!settings.command().isEmpty()) {
        throw new UsageException("The console takes options only; unexpected: " + String.join(" ", settings.command()));
      }
      ConsoleApplication.start(settings, port);
    } catch (UsageException e) {
      System.err.println(e.getMessage());
      System.exit(2);
    }
  }

  /** Removes {@code --port N} from the options and returns N, else {@code CORG_PORT}, else the default. */
  static int takePort(List<String> options, Map<String, String> env) {
    int at = options.indexOf("--port");
    String text;
    if (at >= 0) {
      if (at + 1 >= options.size()) {
        throw new UsageException("--port needs a number, for example --port 8080.");
      }
      text = options.remove(at + 1);
      options.remove(at);
    } else {
      text = env.getOrDefault("CORG_PORT", Integer.toString(DEFAULT_PORT));
    }
    try {
      int port = Integer.parseInt(text.strip());
      if (port < 0 || port > 65_535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new UsageException("The port must be a number from 0 to 65535; got \u201C" + text + "\u201D.");
    }
  }
}
