package org.consumerorgs.jdbc;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query written once, whole, with the clauses that only some of its runs send: each line of such a clause ends with
 * a mark, {@code -- if excluding} (the search leaves out the open consumers of a share) or {@code -- if after} (a walk
 * goes on after the last name it read). As written, every clause in, the text pastes into psql as it stands (the
 * marks are comments). A run sends the lines of the clauses it has, without their marks, and none of the others; the
 * variants are made once, when the store is built, so that a run only picks one.
 */
final class OptionalClauses {
  /** The clauses a query may leave out. */
  enum Clause {
    /** Leaves out the open consumers of a share; binds the share's id. */
    EXCLUDING,
    /** Goes on after a position in the name index; binds the sort key twice and the organization's id. */
    AFTER
  }

  private static final Pattern MARK = Pattern.compile("\\s*-- if (\\w+)$");

  private final Map<Set<Clause>, String> variants = new HashMap<>();

  /** {@code sql}, its table prefix already applied, with its marked lines. */
  OptionalClauses(String sql) {
    List<String> lines = sql.lines().toList();
    for (int subset = 0; subset < 1 << Clause.values().length; subset++) {
      Set<Clause> present = EnumSet.noneOf(Clause.class);
      for (Clause clause : Clause.values()) {
        if ((subset & 1 << clause.ordinal()) != 0) {
          present.add(clause);
        }
      }
      variants.put(present, variant(lines, present));
    }
  }

  private static String variant(List<String> lines, Set<Clause> present) {
    StringBuilder sql = new StringBuilder();
    for (String line : lines) {
      Matcher mark = MARK.matcher(line);
      if (mark.find()) {
        Clause clause = clause(mark.group(1), line);
        if (!present.contains(clause)) {
          continue;
        }
        line = line.substring(0, mark.start());
      }
      sql.append(sql.length() == 0 ? "" : "\n").append(line);
    }
    return sql.toString();
  }

  private static Clause clause(String name, String line) {
    for (Clause clause : Clause.values()) {
      if (clause.name().toLowerCase(Locale.ROOT).equals(name)) {
        return clause;
      }
    }
    throw new IllegalArgumentException("no optional clause is called \"" + name + "\": " + line);
  }

  /** The text to send when the run leaves out a share's consumers or not. */
  String excluding(boolean excluding) {
    return variants.get(excluding ? EnumSet.of(Clause.EXCLUDING) : EnumSet.noneOf(Clause.class));
  }

  /** The text to send when the run goes on after a position or not, and leaves out a share's consumers or not. */
  String after(boolean after, boolean excluding) {
    Set<Clause> present = EnumSet.noneOf(Clause.class);
    if (after) {
      present.add(Clause.AFTER);
    }
    if (excluding) {
      present.add(Clause.EXCLUDING);
    }
    return variants.get(present);
  }
}
