package org.consumerorgs.examples.host;

import java.time.Clock;
import java.util.List;

/**
 * Starts the example host: {@code mvn -q -pl examples -am compile exec:java -Dexec.args=demo} from the project's
 * root, or {@code -Dexec.args="--help"} for its options. The work is in {@link HostApplication}.
 */
public final class HostMain {
  private HostMain() {}

  public static void main(String[] args) {
    int status = new HostApplication(System.in, System.out, System.err, System.getenv(), Clock.systemUTC(),
        System.console() != null).run(List.of(args));
    // Only a failure ends the JVM early: under exec:java it is Maven's JVM, which should end normally otherwise.
    if (status != 0) {
      System.exit(status);
    }
  }
}
