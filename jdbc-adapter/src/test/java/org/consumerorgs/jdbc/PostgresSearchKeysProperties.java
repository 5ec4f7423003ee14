package org.consumerorgs.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The tests PostgreSQL's substring stages make must never lose a name ({@link CappedSubstringSearch}): the pattern
 * for the trigram index of word starts matches the {@code word_starts} of every search key with a word that starts
 * with the text (the column's expression as the shipped DDL defines it), and the tests a walk makes on a sort key's
 * bytes say what the same tests say on its characters.
 */
@AddLifecycleHook(ServerAvailable.Postgres.class)
class PostgresSearchKeysProperties {
  private static final String PREFIX = "sk_";
  private static Connection connection;
  private static String wordStarts;

  /** The shipped schema, to read the expression of {@code word_starts} back from the catalog. */
  @BeforeContainer
  static void install() throws SQLException {
    JdbcSchema.install(TestDatabase.of(Dialect.POSTGRESQL).first(), PREFIX);
    connection = TestDatabase.of(Dialect.POSTGRESQL).first().getConnection();
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d"
            + " JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum"
            + " WHERE d.adrelid = '" + PREFIX + "organization'::regclass AND a.attname = 'word_starts'")) {
      assertTrue(row.next(), "word_starts is a generated column");
      wordStarts = row.getString(1).replace("search_key", "CAST(? AS text)");
    }
  }

  @AfterContainer
  static void close() throws SQLException {
    connection.close();
  }

  @Property(tries = 300)
  void theWordStartPatternMatchesEveryKeyWithAWordThatStartsWithTheText(
      @ForAll("keyAndText") Tuple2<String, String> pair) throws SQLException {
    String key = pair.get1();
    String text = pair.get2();
    try (PreparedStatement statement = connection.prepareStatement("SELECT " + wordStarts + " LIKE ? ESCAPE '!'")) {
      statement.setString(1, key);
      statement.setString(2, "% " + NameKeys.literal(NameKeys.wordStart(text)) + "%");
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        assertTrue(!key.contains(" " + text) || row.getBoolean(1),
            () -> "key \"" + key + "\", text \"" + text + "\"");
      }
    }
  }

  @Property(tries = 300)
  void theWalkTestsBytesAsTheTextTestsCharacters(@ForAll("keyAndText") Tuple2<String, String> pair)
      throws SQLException {
    String key = pair.get1();
    String text = pair.get2();
    byte[] low = NameKeys.sortKey(text);
    try (PreparedStatement statement = connection.prepareStatement("SELECT position(? IN ?) > 0,"
        + " position(? IN ?) > 0, ? >= ? AND ? < ?")) {
      byte[] sortKey = utf8(key);
      statement.setBytes(1, utf8(text));
      statement.setBytes(2, sortKey);
      statement.setBytes(3, utf8(" " + text));
      statement.setBytes(4, sortKey);
      statement.setBytes(5, sortKey);
      statement.setBytes(6, low);
      statement.setBytes(7, sortKey);
      statement.setBytes(8, NameKeys.after(low));
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        assertEquals(List.of(key.contains(text), key.contains(" " + text), key.startsWith(text)),
            List.of(row.getBoolean(1), row.getBoolean(2), row.getBoolean(3)),
            () -> "key \"" + key + "\", text \"" + text + "\"");
      }
    }
  }

  @Example
  void wordStartsKeepTheFirstFourCharactersOfEachWordAfterTheFirst() throws SQLException {
    assertEquals(List.of(" big data corp", "", " 🚀🚀🚀🚀 数据数据 a/s"),
        List.of(wordStartsOf("acme big database corp"), wordStartsOf("single"),
            wordStartsOf("x 🚀🚀🚀🚀🚀 数据数据数据 a/s")));
    assertEquals("cons gr", NameKeys.wordStart("consulting gr"));
    assertEquals("inc 734", NameKeys.wordStart("inc 734"));
  }

  private static String wordStartsOf(String key) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT " + wordStarts)) {
      statement.setString(1, key);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getString(1);
      }
    }
  }

  /**
   * Search keys of short words over a small alphabet (with LIKE's wildcards, the escape character, letters of two,
   * three and four UTF-8 bytes), one space between words; texts mostly cut from the key at a word start, else any.
   */
  @Provide
  Arbitrary<Tuple2<String, String>> keyAndText() {
    Arbitrary<String> word = Arbitraries.of("a", "b", "é", "数", "🚀", "%", "_", "!", "-").list().ofMinSize(1)
        .ofMaxSize(7).map(letters -> String.join("", letters));
    Arbitrary<String> key = word.list().ofMinSize(1).ofMaxSize(5).map(words -> String.join(" ", words));
    return Combinators.combine(key, Arbitraries.integers().between(0, 30), Arbitraries.integers().between(1, 12),
        word.list().ofMinSize(1).ofMaxSize(2).map(words -> String.join(" ", words)))
        .as((k, start, length, other) -> {
          List<Integer> starts = new ArrayList<>();
          for (int i = k.indexOf(' '); i >= 0; i = k.indexOf(' ', i + 1)) {
            starts.add(i + 1);
          }
          if (starts.isEmpty() || start % 4 == 3) {
            return Tuple.of(k, other);
          }
          String rest = k.substring(starts.get(start % starts.size()));
          int count = Math.min(length, rest.codePointCount(0, rest.length()));
          String text = rest.substring(0, rest.offsetByCodePoints(0, count)).strip();
          return Tuple.of(k, text.isEmpty() ? other : text);
        });
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
