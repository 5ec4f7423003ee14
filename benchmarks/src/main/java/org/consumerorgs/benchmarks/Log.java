package org.consumerorgs.benchmarks;

import java.util.Locale;

/** Progress lines of the benchmark's own (loading, checks), on standard output where JMH shows a fork's output. */
final class Log {
  private Log() {}

  static void info(String format, Object... args) {
    System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    System.out.flush();
  }
}
