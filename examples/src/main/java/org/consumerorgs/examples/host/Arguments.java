package org.consumerorgs.examples.host;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's words split into {@code --options} and positional arguments: the whole argument parser this host needs,
 * so that the example brings no command-line library a reader would have to learn first.
 *
 * <p>{@code --name value} and {@code --name=value} both work; an option may be repeated ({@code --new A --new B});
 * {@code --} ends the options, for a positional word that starts with two dashes.
 */
final class Arguments {
  private final Map<String, List<String>> options;
  private final List<Map.Entry<String, String>> inOrder;
  private final List<String> positional;

  private Arguments(Map<String, List<String>> options, List<Map.Entry<String, String>> inOrder,
      List<String> positional) {
    this.options = options;
    this.inOrder = inOrder;
    this.positional = positional;
  }

  /** Parses every word; any option not in {@code known} is an error, so a typo is reported, not ignored. */
  static Arguments parse(List<String> words, Set<String> known) {
    return parse(words, known, false);
  }

  /**
   * Parses options up to the first positional word and keeps that word and everything after it as they are: global
   * options come before the command, and the command's own options are the command's business.
   */
  static Arguments parseLeading(List<String> words, Set<String> known) {
    return parse(words, known, true);
  }

  private static Arguments parse(List<String> words, Set<String> known, boolean stopAtPositional) {
    Map<String, List<String>> options = new LinkedHashMap<>();
    List<Map.Entry<String, String>> inOrder = new ArrayList<>();
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (word.equals("--")) {
        positional.addAll(words.subList(i + 1, words.size()));
        break;
      }
      if (!word.startsWith("--") || word.length() == 2) {
        if (stopAtPositional) {
          positional.addAll(words.subList(i, words.size()));
          break;
        }
        positional.add(word);
        continue;
      }
      int equals = word.indexOf('=');
      String name = equals < 0 ? word.substring(2) : word.substring(2, equals);
      if (!known.contains(name)) {
        throw new UsageException("Unknown option --" + name + (known.isEmpty() ? "; this command takes none."
            : "; expected one of: --" + String.join(", --", known.stream().sorted().toList()) + "."));
      }
      String value;
      if (equals >= 0) {
        value = word.substring(equals + 1);
      } else if (i + 1 < words.size()) {
        value = words.get(++i);
      } else {
        throw new UsageException("Option --" + name + " needs a value.");
      }
      options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      inOrder.add(Map.entry(name, value));
    }
    return new Arguments(options, List.copyOf(inOrder), List.copyOf(positional));
  }

  /** The option's value; the last one if it was given more than once. */
  Optional<String> option(String name) {
    List<String> values = options.getOrDefault(name, List.of());
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
  }

  /** Every value of a repeatable option, in the order given. */
  List<String> options(String name) {
    return options.getOrDefault(name, List.of());
  }

  /** Every option and its value in the order typed: for a command whose different options form one ordered list. */
  List<Map.Entry<String, String>> inOrder() {
    return inOrder;
  }

  /** A whole-number option within bounds, or {@code otherwise} if absent. */
  int number(String name, int otherwise, int min, int max) {
    Optional<String> text = option(name);
    if (text.isEmpty()) {
      return otherwise;
    }
    try {
      int value = Integer.parseInt(text.get().strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below, like a number out of bounds
    }
    throw new UsageException("--" + name + " must be a whole number from " + min + " to " + max + "; got \u201C"
        + text.get() + "\u201D.");
  }

  List<String> positional() {
    return positional;
  }

  /** The positional argument at {@code index}, or a usage error naming what is missing. */
  String required(int index, String what) {
    if (index >= positional.size()) {
      throw new UsageException("Missing " + what + ".");
    }
    return positional.get(index);
  }

  /**
   * The positional arguments from {@code index} on, joined by single spaces: names may be typed with or without
   * quotes ({@code create Umbrella Corp}). Quote a name to keep its exact spacing for the SDK to normalise.
   */
  String rest(int index, String what) {
    if (index >= positional.size()) {
      throw new UsageException("Missing " + what + ".");
    }
    return String.join(" ", positional.subList(index, positional.size()));
  }

  /** Refuses positional arguments beyond {@code count}, so that a mistyped command does not half run. */
  Arguments atMost(int count) {
    if (positional.size() > count) {
      throw new UsageException("Unexpected \u201C" + positional.get(count) + "\u201D; put names with spaces in quotes.");
    }
    return this;
  }
}
