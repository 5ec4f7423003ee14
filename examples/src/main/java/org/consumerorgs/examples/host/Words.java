package org.consumerorgs.examples.host;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line typed at the shell into words, the way a Unix shell does for the simple cases: white space separates
 * words, and double or single quotes keep a name with spaces in one word ({@code rename Globex 1 "Globex Corp"}).
 * Inside double quotes a backslash keeps the next character as it is, and {@code \u200B} stands for that UTF-16 unit,
 * to type the invisible characters the naming rules refuse. A line whose first word starts with
 * {@code #} is a comment, so that scripts piped into the shell can explain themselves.
 */
final class Words {
  private Words() {}

  static List<String> split(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == '\\' && quote == '"' && line.startsWith("u", i + 1) && i + 6 <= line.length()
            && line.substring(i + 2, i + 6).chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
          word.append((char) Integer.parseInt(line.substring(i + 2, i + 6), 16));
          i += 5;
        } else if (c == '\\' && quote == '"' && i + 1 < line.length()) {
          word.append(line.charAt(++i));
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else if (c == '#' && !inWord && words.isEmpty()) {
        return List.of();
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (quote != 0) {
      throw new UsageException("A quote (" + quote + ") is not closed.");
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  /** The inverse of {@link #split}: quotes a word only where it needs it, for echoing commands a person can retype. */
  static String quote(String word) {
    boolean plain = !word.isEmpty() && word.codePoints()
        .noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'' || c == '\\' || c == '#');
    if (plain) {
      return word;
    }
    return '"' + word.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
