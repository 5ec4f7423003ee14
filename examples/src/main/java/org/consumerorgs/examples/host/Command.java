package org.consumerorgs.examples.host;

import java.util.Set;

/**
 * One thing a person can type: its name, how to call it, a line of help, the options it takes, and what it does.
 *
 * @param options the {@code --options} it accepts (anything else is reported as a typo)
 */
record Command(String name, String usage, String summary, Set<String> options, Action action) {

  /** The work of a command, given its parsed arguments. */
  @FunctionalInterface
  interface Action {
    void run(Arguments arguments);
  }
}
