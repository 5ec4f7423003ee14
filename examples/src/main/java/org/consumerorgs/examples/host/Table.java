package org.consumerorgs.examples.host;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table with aligned columns, for lists a person reads in a terminal. Widths count code points, so an
 * accented or emoji name lines up; characters that a terminal draws double wide (CJK) may shift a row, which a text
 * example accepts.
 */
final class Table {
  private static final String GAP = "  ";

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  Table(String... headers) {
    this.headers = List.of(headers);
  }

  Table row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("a row of " + headers.size() + " cells was expected, got " + cells.length);
    }
    rows.add(Arrays.stream(cells).map(cell -> cell == null ? "" : cell.toString()).toList());
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  /** Prints the header, a rule under it and the rows, indented by two spaces; {@code whenEmpty} if there are none. */
  void print(PrintStream out, String whenEmpty) {
    if (rows.isEmpty()) {
      out.println("  " + whenEmpty);
      return;
    }
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = width(headers.get(c));
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], width(row.get(c)));
      }
    }
    line(out, headers, widths);
    line(out, Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths);
    for (List<String> row : rows) {
      line(out, row, widths);
    }
  }

  private static void line(PrintStream out, List<String> cells, int[] widths) {
    StringBuilder text = new StringBuilder("  ");
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      text.append(cell);
      if (c < cells.size() - 1) {
        text.append(" ".repeat(widths[c] - width(cell))).append(GAP);
      }
    }
    out.println(text.toString().stripTrailing());
  }

  private static int width(String text) {
    return text.codePointCount(0, text.length());
  }
}
