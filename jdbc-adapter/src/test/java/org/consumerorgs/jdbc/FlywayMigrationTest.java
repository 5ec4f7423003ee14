package org.consumerorgs.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.MatchKind;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.SearchHit;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.error.StorageException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shipped scripts are what a host's Flyway runs: as they are, from {@code classpath:} + {@link
 * Dialect#scriptFolder()}, with only the placeholder {@code table_prefix} set. The SDK then works on the tables Flyway
 * made, and {@link JdbcSchema} makes the very same tables for hosts without Flyway.
 */
class FlywayMigrationTest {

  @Nested
  class OnH2 extends Migrations {
    OnH2() {
      super(Dialect.H2);
    }
  }

  @Nested
  @ExtendWith(ServerAvailable.Postgres.class)
  class OnPostgres extends Migrations {
    OnPostgres() {
      super(Dialect.POSTGRESQL);
    }
  }

  @Nested
  @ExtendWith(ServerAvailable.MariaDb.class)
  class OnMariaDb extends Migrations {
    OnMariaDb() {
      super(Dialect.MARIADB);
    }
  }

  abstract static class Migrations {
    private final Dialect dialect;

    Migrations(Dialect dialect) {
      this.dialect = dialect;
    }

    @Test
    void flywayAppliesTheShippedScriptsAndTheSdkWorksOnTheTablesItMade() {
      DataSource dataSource = TestDatabase.of(dialect).first();
      Flyway flyway = flyway(dataSource, "fw1_");

      MigrateResult result = flyway.migrate();

      assertTrue(result.success);
      assertEquals(3, result.migrationsExecuted);
      List<MigrationInfo> versioned = Arrays.stream(flyway.info().applied())
          .filter(info -> info.getState() != MigrationState.BASELINE).toList();
      assertEquals(SchemaScript.FILES, versioned.stream().map(MigrationInfo::getScript).toList());
      assertEquals(List.of("1", "2", "3"), versioned.stream().map(info -> info.getVersion().getVersion()).toList());
      assertTrue(versioned.stream().allMatch(info -> info.getState() == MigrationState.SUCCESS), versioned::toString);
      assertEquals(Optional.of(JdbcSchema.REQUIRED_VERSION), JdbcSchema.installedVersion(dataSource, "fw1_"));

      ConsumerOrgs sdk = ConsumerOrgs.builder(
          JdbcStorage.builder(dataSource).dialect(dialect).tablePrefix("fw1_").build()).build();
      Actor alice = Actor.ofProvider(ProviderId.of("acme"), "alice");
      sdk.providers().register(alice, "Acme");
      ConsumerOrganization globex = sdk.organizations().create(alice, "Globex Corporation");

      assertEquals(globex, sdk.organizations().get(alice, globex.id()));
      List<SearchHit> hits = sdk.organizations().search(alice, SearchRequest.of("corp"));
      assertEquals(List.of(new SearchHit(globex, MatchKind.WORD_PREFIX)), hits);
    }

    @Test
    void runningFlywayAgainFindsNothingToDoAndTheChecksumsStillMatch() {
      DataSource dataSource = TestDatabase.of(dialect).first();
      flyway(dataSource, "fw2_").migrate();

      MigrateResult again = flyway(dataSource, "fw2_").migrate();

      assertTrue(again.success);
      assertEquals(0, again.migrationsExecuted);
      flyway(dataSource, "fw2_").validate();
    }

    @Test
    void jdbcSchemaInstallsExactlyWhatFlywayInstalls() throws SQLException {
      DataSource dataSource = TestDatabase.of(dialect).first();
      flyway(dataSource, "fw3_").migrate();
      JdbcSchema.install(dataSource, "js3_");

      SortedSet<String> byFlyway = structure(dataSource, "fw3_");
      SortedSet<String> byJdbcSchema = structure(dataSource, "js3_");

      assertTrue(byFlyway.contains("table organization"), () -> "Flyway made: " + byFlyway);
      assertFalse(byFlyway.stream().anyMatch(line -> line.contains("schema_history")),
          "Flyway's own history table is not part of the schema");
      SortedSet<String> onlyFlyway = new TreeSet<>(byFlyway);
      onlyFlyway.removeAll(byJdbcSchema);
      SortedSet<String> onlyJdbcSchema = new TreeSet<>(byJdbcSchema);
      onlyJdbcSchema.removeAll(byFlyway);
      assertTrue(onlyFlyway.isEmpty() && onlyJdbcSchema.isEmpty(),
          () -> "only by Flyway: " + onlyFlyway + "\nonly by JdbcSchema: " + onlyJdbcSchema);
    }

    /** A host that ran Flyway with the first release (V1 alone) upgrades by running Flyway with this one. */
    @Test
    void flywayUpgradesASchemaItInstalledAtVersionOneToWhatJdbcSchemaInstalls() throws SQLException {
      DataSource dataSource = TestDatabase.of(dialect).first();
      Flyway firstRelease = ShippedScriptsFlyway.upTo(dataSource, dialect, "fw4_", "1");
      firstRelease.migrate();
      assertEquals(Optional.of(1), JdbcSchema.installedVersion(dataSource, "fw4_"));
      StorageException refused = assertThrows(
          StorageException.class,
          () -> JdbcStorage.builder(dataSource).tablePrefix("fw4_").build());
      assertTrue(refused.getMessage().contains("is at version 1"), refused.getMessage());

      MigrateResult upgrade = flyway(dataSource, "fw4_").migrate();

      assertEquals(JdbcSchema.REQUIRED_VERSION - 1, upgrade.migrationsExecuted);
      assertEquals(Optional.of(JdbcSchema.REQUIRED_VERSION), JdbcSchema.installedVersion(dataSource, "fw4_"));
      JdbcSchema.install(dataSource, "js4_");
      assertSameStructure(dataSource, "js4_", "fw4_");
      JdbcStorage.builder(dataSource).tablePrefix("fw4_").build();
    }

    /** The first release's schema, installed by its V1 script, upgraded through JdbcSchema: the same as installed. */
    @Test
    void jdbcSchemaUpgradesVersionOneToWhatItInstalls() throws SQLException {
      DataSource dataSource = TestDatabase.of(dialect).first();
      TestDatabase.installVersion1(dataSource, dialect, "up5_");

      JdbcSchema.upgrade(dataSource, "up5_");

      JdbcSchema.install(dataSource, "js5_");
      assertSameStructure(dataSource, "js5_", "up5_");
    }

    private void assertSameStructure(DataSource dataSource, String expectedPrefix, String actualPrefix)
        throws SQLException {
      SortedSet<String> expected = structure(dataSource, expectedPrefix);
      SortedSet<String> actual = structure(dataSource, actualPrefix);
      assertTrue(expected.contains("table schema_version") && expected.contains("table cursor_key"),
          () -> "installed: " + expected);
      assertEquals(expected, actual);
    }

    /**
     * A Flyway for the SDK's scripts next to whatever else the database holds. Its history table is the SDK's own
     * (one per prefix), so it never mixes with the host's migrations. The schema is usually not empty (the host's
     * tables, or other suites' here), so Flyway must baseline the new history table, and at version 0: the default
     * baseline, 1, would mark V1 as applied and silently skip it.
     */
    private Flyway flyway(DataSource dataSource, String prefix) {
      return ShippedScriptsFlyway.of(dataSource, dialect, prefix);
    }

    /**
     * Every table, column, index and named constraint whose name starts with {@code prefix}, with the prefix taken
     * off, as sortable lines: two installs with different prefixes compare equal exactly when they made the same
     * schema.
     */
    private SortedSet<String> structure(DataSource dataSource, String prefix) throws SQLException {
      SortedSet<String> lines = new TreeSet<>();
      try (Connection connection = dataSource.getConnection()) {
        DatabaseMetaData metadata = connection.getMetaData();
        // MariaDB's driver calls a database a catalog; PostgreSQL and H2 have schemas.
        String catalog = dialect == Dialect.MARIADB ? connection.getCatalog() : null;
        String schema = dialect == Dialect.MARIADB ? null : connection.getSchema();
        String stored = metadata.storesUpperCaseIdentifiers() ? prefix.toUpperCase(Locale.ROOT) : prefix;
        String pattern = stored.replace("_", metadata.getSearchStringEscape() + "_") + "%";
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = metadata.getTables(catalog, schema, pattern, new String[] {"TABLE"})) {
          while (rows.next()) {
            tables.add(rows.getString("TABLE_NAME"));
          }
        }
        for (String table : tables) {
          String name = strip(prefix, table);
          if (name.equals("schema_history")) {
            continue;
          }
          lines.add("table " + name);
          try (ResultSet rows = metadata.getColumns(catalog, schema, table, "%")) {
            while (rows.next()) {
              lines.add("column " + name + "." + rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT) + " "
                  + rows.getString("TYPE_NAME") + "(" + rows.getInt("COLUMN_SIZE") + ") nullable="
                  + rows.getString("IS_NULLABLE"));
            }
          }
          // One line per index. Names the database made up for a constraint's index (H2's PRIMARY_KEY_8A, or
          // <constraint>_INDEX_B) differ between any two installs, so those count by their columns only.
          Map<String, String> indexes = new TreeMap<>();
          try (ResultSet rows = metadata.getIndexInfo(catalog, schema, table, false, false)) {
            while (rows.next()) {
              String index = rows.getString("INDEX_NAME");
              if (index == null) {
                continue;
              }
              String label = index.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))
                  && !index.matches("(?i).*_index_[0-9a-f]+") ? strip(prefix, index) : "unnamed:" + index;
              String column = rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
              indexes.merge(label, (rows.getBoolean("NON_UNIQUE") ? "" : "unique ") + "where "
                  + rows.getString("FILTER_CONDITION") + " on " + column,
                  (columns, next) -> columns + ", " + next.substring(next.indexOf(" on ") + 4));
            }
          }
          indexes.forEach((label, definition) -> lines.add("index " + name + "."
              + (label.startsWith("unnamed:") ? "(unnamed)" : label) + " " + definition));
          try (ResultSet rows = metadata.getImportedKeys(catalog, schema, table)) {
            while (rows.next()) {
              lines.add("foreign key " + name + "." + strip(prefix, rows.getString("FK_NAME")) + " "
                  + rows.getString("FKCOLUMN_NAME") + " -> " + strip(prefix, rows.getString("PKTABLE_NAME")) + "."
                  + rows.getString("PKCOLUMN_NAME"));
            }
          }
        }
        // Check constraints are in no DatabaseMetaData call, but all three databases list them here.
        try (PreparedStatement statement = connection.prepareStatement(
            "SELECT table_name, constraint_name, constraint_type FROM information_schema.table_constraints"
                + " WHERE table_schema = ? AND LOWER(constraint_name) LIKE ?")) {
          statement.setString(1, dialect == Dialect.MARIADB ? connection.getCatalog() : connection.getSchema());
          statement.setString(2, prefix.toLowerCase(Locale.ROOT) + "%");
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              if (strip(prefix, rows.getString(1)).equals("schema_history")) {
                continue;
              }
              lines.add("constraint " + strip(prefix, rows.getString(1)) + "." + strip(prefix, rows.getString(2))
                  + " " + rows.getString(3));
            }
          }
        }
      }
      return lines;
    }

    private static String strip(String prefix, String name) {
      String lower = name.toLowerCase(Locale.ROOT);
      return lower.startsWith(prefix.toLowerCase(Locale.ROOT)) ? lower.substring(prefix.length()) : lower;
    }
  }
}
