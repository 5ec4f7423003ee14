package org.consumerorgs.examples.host;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** One run of the host application as a test makes it: arguments, piped input and environment in; what it printed out. */
record HostRun(int status, String out, String err) {

  static HostRun of(Map<String, String> env, Clock clock, String input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      int status = new HostApplication(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), outStream,
          errStream, env, clock, false).run(List.of(args));
      return new HostRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
  }

  /** What a person would read on the terminal; for failure messages of assertions. */
  @Override
  public String toString() {
    return "status " + status + "\n--- out ---\n" + out + "--- err ---\n" + err;
  }
}
