package org.consumerorgs.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consumerorgs.domain.ConsumerOrganization;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Awkward text through the SDK on MariaDB, where text is most at risk: a table or connection in utf8 (three bytes)
 * cannot hold emoji, and the usual collations compare case- and accent-insensitively and give every 4-byte character
 * the same weight.
 */
@ExtendWith(ServerAvailable.MariaDb.class)
class MariaDbTextRoundTripTest extends JdbcTextRoundTrip {
  /**
   * A database as a host might have it: server default character set and collation (utf8mb4_general_ci here), and
   * connections that compare in it too. The test database proper is created utf8mb4_bin, which would hide a table or
   * column that forgot to say its collation.
   */
  private static HikariDataSource caseInsensitive;
  private static String caseInsensitiveName;

  MariaDbTextRoundTripTest() {
    super(Dialect.MARIADB);
  }

  @Test
  void fourByteCharactersAreStoredAsCharactersNotReplacedOrCut() throws SQLException {
    World world = world();
    List<String> names = List.of("Smile \uD83D\uDE00 Corp",
        "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66 Family", "\uD842\uDFB7\u91CE\u5BB6",
        "\uD83C\uDDEF\uD83C\uDDF5 Flag");
    Map<String, ConsumerOrganization> orgs = world.createAll(names);

    try (Connection connection = world.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement("SELECT o.name, CHAR_LENGTH(o.name),"
            + " OCTET_LENGTH(o.name), e.after_state FROM " + world.prefix() + "organization o JOIN " + world.prefix()
            + "event e ON e.provider_id = o.provider_id AND e.organization_id = o.organization_id"
            + " WHERE o.organization_id = ? AND e.event_type = 'ORGANIZATION_CREATED'")) {
      for (String name : names) {
        statement.setString(1, orgs.get(name).id().value());
        try (ResultSet row = statement.executeQuery()) {
          assertTrue(row.next(), name);
          assertEquals(name, row.getString(1));
          // Counted by the server: one character per code point, four bytes for each outside the BMP.
          assertEquals(name.codePointCount(0, name.length()), row.getLong(2), name);
          assertEquals(name.getBytes(StandardCharsets.UTF_8).length, row.getLong(3), name);
          assertEquals(name, StateJson.decode(row.getString(4)).get("name"));
        }
      }
    }
  }

  @Test
  void onADatabaseWithACaseInsensitiveDefaultCollationListsAreStillInCodePointOrder() throws SQLException {
    // First make sure the setting bites: text compared in this database's and connection's collation is
    // case-insensitive and takes one emoji for another.
    try (Connection connection = caseInsensitiveDatabase().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT @@collation_database, @@collation_connection,"
            + " 'A' = 'a', _utf8mb4'\uD83D\uDE00' = _utf8mb4'\uD83D\uDE03'")) {
      row.next();
      assertEquals(List.of("utf8mb4_general_ci", "utf8mb4_general_ci", true, true),
          List.of(row.getString(1), row.getString(2), row.getBoolean(3), row.getBoolean(4)));
    }
    assertCodePointOrderAndExactSearch(world(caseInsensitiveDatabase()));
  }

  @Test
  void onADatabaseWithACaseInsensitiveDefaultCollationNamesRoundTripAndSearchIsLiteral() {
    World world = world(caseInsensitiveDatabase());
    Map<String, ConsumerOrganization> orgs = world.createAll(AWKWARD_NAMES);
    for (ConsumerOrganization org : orgs.values()) {
      assertEquals(org, world.get(org.id()));
      assertEquals(org, world.exactHit(org.name()).organization());
    }
    world.assertListedInCodePointOrder(orgs.values());
    assertEquals(List.of(orgs.get("100% Data")), world.search("100%").stream().map(h -> h.organization()).toList());
    assertEquals(List.of(orgs.get("a_b")), world.search("a_b").stream().map(h -> h.organization()).toList());
  }

  private static synchronized HikariDataSource caseInsensitiveDatabase() {
    if (caseInsensitive == null) {
      caseInsensitiveName = "corg_ci_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      execute("CREATE DATABASE " + caseInsensitiveName + " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(TestDatabase.MARIADB_URL + caseInsensitiveName
          + "?sessionVariables=collation_connection=utf8mb4_general_ci");
      config.setUsername(TestDatabase.MARIADB_USER);
      config.setPassword("");
      config.setMaximumPoolSize(4);
      config.setMinimumIdle(0);
      config.setPoolName("mariadb-case-insensitive");
      caseInsensitive = new HikariDataSource(config);
    }
    return caseInsensitive;
  }

  @AfterAll
  static synchronized void dropCaseInsensitiveDatabase() {
    if (caseInsensitive != null) {
      caseInsensitive.close();
      execute("DROP DATABASE " + caseInsensitiveName);
      caseInsensitive = null;
    }
  }

  private static void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(TestDatabase.MARIADB_URL, TestDatabase.MARIADB_USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("could not run " + sql, e);
    }
  }
}
