package org.consumerorgs.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One numbered script of the shipped DDL for one database, the very file Flyway runs: its version, its statements
 * with the table prefix put in, and the tables it creates.
 */
record SchemaScript(int version, String file, List<String> statements) {
  /** The scripts in the order they apply; a release adds the next one and never edits one already shipped. */
  static final List<String> FILES = List.of("V1__consumer_orgs.sql", "V2__versions_and_cursor_key.sql",
      "V3__external_ids.sql");
  private static final Pattern CREATE_TABLE = Pattern.compile("(?i)^CREATE TABLE\\s+([a-z0-9_]+)");

  SchemaScript {
    statements = List.copyOf(statements);
  }

  /** Every script for {@code dialect}, in order, with {@code tablePrefix} put in. */
  static List<SchemaScript> all(Dialect dialect, String tablePrefix) {
    List<SchemaScript> scripts = new ArrayList<>();
    for (int i = 0; i < FILES.size(); i++) {
      String file = FILES.get(i);
      List<String> statements = new ArrayList<>();
      for (String sql : split(read(dialect.scriptFolder() + "/" + file))) {
        statements.add(TablePrefix.apply(tablePrefix, sql));
      }
      scripts.add(new SchemaScript(i + 1, file, statements));
    }
    return scripts;
  }

  /** The newest version: the one this release of the adapter reads and writes. */
  static int latest() {
    return FILES.size();
  }

  /** The table a {@code CREATE TABLE} statement creates, lower case, or empty for any other statement. */
  static Optional<String> createdTable(String statement) {
    Matcher matcher = CREATE_TABLE.matcher(statement);
    return matcher.find() ? Optional.of(matcher.group(1).toLowerCase(Locale.ROOT))
        : Optional.empty();
  }

  /** The tables this script creates, in the order it creates them. */
  List<String> createdTables() {
    return statements.stream().flatMap(s -> createdTable(s).stream()).toList();
  }

  private static String read(String resource) {
    try (InputStream in = SchemaScript.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the jar is missing its DDL script " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Splits a script on the semicolons that end its lines; the shipped scripts have no other kind. */
  static List<String> split(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String sql = current.toString().strip();
        statements.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      throw new IllegalStateException("a DDL script ends without a semicolon: " + current);
    }
    return statements;
  }
}
