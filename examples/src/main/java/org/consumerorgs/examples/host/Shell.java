package org.consumerorgs.examples.host;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs commands: one from the command line, or one per line read from the keyboard or a pipe. Every failure is shown
 * to the person in words ({@link ErrorMessages}) and the shell goes on, as a web page would after showing an error.
 */
final class Shell {
  /** How a command ended, for the exit status of a one-shot command. */
  enum Outcome {
    DONE,
    /** The SDK (or the host) refused: a rule, an id that does not exist, the database. */
    REFUSED,
    /** The command was not understood. */
    INVALID,
    QUIT
  }

  private final Host host;
  private final ErrorMessages errors;
  private final Map<String, List<Command>> groups = new LinkedHashMap<>();
  private final Map<String, Command> commands = new LinkedHashMap<>();

  Shell(Host host) {
    this.host = host;
    this.errors = new ErrorMessages(host.out);
    group("Who you are, your provider and its shares (the host owns these)", ProviderCommands.all(host));
    group("Consumer organizations (the Manage page)", OrganizationCommands.all(host));
    group("A share's consumers (the share page)", ConsumerCommands.all(host));
    group("Billing and audit", ReportCommands.all(host));
    group("The shell", List.of(
        new Command("help", "help [command]", "this list, or how to use one command", Set.of(), args -> {
          args.atMost(1);
          help(args.positional().stream().findFirst());
        }),
        new Command("more", "more", "the next page of the last list", Set.of(), args -> {
          args.atMost(0);
          host.nextPage().orElseThrow(() -> new UsageException("There is no more to show.")).run();
        }),
        new Command("quit", "quit", "leave (end of input does the same)", Set.of(), args -> { })));
  }

  private void group(String title, List<Command> list) {
    groups.put(title, list);
    list.forEach(command -> commands.put(command.name(), command));
  }

  /** Reads commands until {@code quit} or the end of input. */
  void run(BufferedReader in, boolean interactive) {
    if (interactive) {
      host.out.println("Type help for the commands, quit to leave.");
    }
    while (true) {
      if (interactive) {
        host.out.print(prompt());
        host.out.flush();
      }
      String line;
      try {
        line = in.readLine();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (line == null) {
        if (interactive) {
          host.out.println();
        }
        return;
      }
      if (!interactive) {
        echo(line); // piped input: show each command before its answer, so the output reads like a session
      }
      if (execute(line) == Outcome.QUIT) {
        return;
      }
    }
  }

  /** Shows a command as if typed at the prompt. */
  void echo(String line) {
    host.out.println(line.isBlank() || line.strip().startsWith("#") ? line : prompt() + line);
  }

  Outcome execute(String line) {
    List<String> words;
    try {
      words = Words.split(line);
    } catch (UsageException e) {
      errors.show(e);
      return Outcome.INVALID;
    }
    return words.isEmpty() ? Outcome.DONE : execute(words);
  }

  Outcome execute(List<String> words) {
    String name = words.get(0);
    if (name.equals("exit")) {
      name = "quit";
    }
    Command command = commands.get(name);
    if (command == null) {
      errors.show(new UsageException("Unknown command \u201C" + name + "\u201D; type help for the list."));
      return Outcome.INVALID;
    }
    try {
      command.action().run(Arguments.parse(words.subList(1, words.size()), command.options()));
      return name.equals("quit") ? Outcome.QUIT : Outcome.DONE;
    } catch (UsageException e) {
      errors.show(e);
      host.out.println("Usage: " + command.usage());
      return Outcome.INVALID;
    } catch (IllegalArgumentException e) {
      errors.show(e);
      return Outcome.INVALID;
    } catch (RuntimeException e) {
      errors.show(e);
      return Outcome.REFUSED;
    }
  }

  void help(Optional<String> name) {
    if (name.isPresent()) {
      Command command = Optional.ofNullable(commands.get(name.get()))
          .orElseThrow(() -> new UsageException("Unknown command \u201C" + name.get() + "\u201D."));
      host.out.println("Usage: " + command.usage());
      host.out.println("  " + command.summary());
      return;
    }
    int width = commands.values().stream().mapToInt(c -> c.usage().length()).max().orElse(0);
    groups.forEach((title, list) -> {
      host.out.println(title + ":");
      list.forEach(c -> host.out.println("  " + c.usage() + " ".repeat(width - c.usage().length() + 2) + c.summary()));
    });
    host.out.println("<org> is an organization's id or its exact name. Quote names with spaces: \"Globex Corp\".");
  }

  private String prompt() {
    return host.session.describe() + "> ";
  }
}
