package org.consumerorgs.jdbc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a statement written whole for one value grows to the values of one call: its one {@code IN (?)} list to
 * {@code IN (?, ?, ?)}, or its one row of values, {@code (SELECT ? AS a, ? AS b) v}, to a derived table of as many
 * rows, {@code (SELECT ? AS a, ? AS b UNION ALL SELECT ?, ?) v}. The statements in the source are the one-value
 * ones, which paste into psql as they stand.
 */
final class ParameterLists {
  private static final String LIST = "IN (?)";
  private static final Pattern ROW = Pattern.compile("\\(SELECT (\\? AS \\w+(?:,\\s+\\? AS \\w+)*)\\) v\\b");
  private static final Pattern NAMED = Pattern.compile("\\? AS \\w+");

  private ParameterLists() {}

  /** {@code sql} with its one {@code IN (?)} list holding {@code count} parameters. */
  static String in(String sql, int count) {
    int at = sql.indexOf(LIST);
    if (at < 0 || sql.indexOf(LIST, at + 1) >= 0) {
      throw new IllegalArgumentException("a statement with one IN (?) list was expected: " + sql);
    }
    StringBuilder list = new StringBuilder(count * 3 + 2).append('(');
    for (int i = 0; i < count; i++) {
      list.append(i == 0 ? "?" : ", ?");
    }
    return sql.substring(0, at) + "IN " + list.append(')') + sql.substring(at + LIST.length());
  }

  /** {@code sql} with its one row of named parameters, {@code (SELECT ? AS a, ...) v}, repeated to {@code rows}. */
  static String rows(String sql, int rows) {
    Matcher row = ROW.matcher(sql);
    if (!row.find()) {
      throw new IllegalArgumentException("a statement with one row (SELECT ? AS a, ...) v was expected: " + sql);
    }
    String first = row.group(1);
    String next = " UNION ALL SELECT " + NAMED.matcher(first).replaceAll("?");
    StringBuilder table = new StringBuilder("(SELECT ").append(first);
    for (int i = 1; i < rows; i++) {
      table.append(next);
    }
    return sql.substring(0, row.start()) + table.append(") v") + sql.substring(row.end());
  }
}
