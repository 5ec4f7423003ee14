package org.consumerorgs.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ExternalId;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.error.DuplicateExternalIdException;
import org.consumerorgs.error.StorageException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The schema's version: what {@link JdbcSchema} reports, installs and upgrades, what {@link JdbcStorage} refuses to
 * start on, and that a failed install or upgrade step leaves the schema as it found it, on every database.
 */
class JdbcSchemaTest {
  private static final AtomicInteger PREFIXES = new AtomicInteger();
  private static final Actor ALICE = Actor.ofProvider(ProviderId.of("acme"), "alice");

  @Test
  void theRequiredVersionIsTheNumberOfTheNewestScript() {
    assertEquals(SchemaScript.latest(), JdbcSchema.REQUIRED_VERSION);
    for (Dialect dialect : Dialect.values()) {
      List<SchemaScript> scripts = SchemaScript.all(dialect, "p_");
      for (int i = 0; i < scripts.size(); i++) {
        assertTrue(scripts.get(i).file().startsWith("V" + (i + 1) + "__"), scripts.get(i).file());
      }
    }
  }

  @Test
  void anUpperCasePrefixIsRefusedBeforeAnyDatabaseIsAsked() {
    for (String prefix : List.of("CORG_", "Corg_", "corG_")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> JdbcStorage.builder(TestDatabase.of(Dialect.H2).first()).tablePrefix(prefix));
      assertTrue(e.getMessage().contains("upper case is refused") && e.getMessage().contains("\"corg_\""),
          e.getMessage());
    }
  }

  @Nested
  class OnH2 extends Versions {
    OnH2() {
      super(Dialect.H2);
    }
  }

  @Nested
  @ExtendWith(ServerAvailable.Postgres.class)
  class OnPostgres extends Versions {
    OnPostgres() {
      super(Dialect.POSTGRESQL);
    }
  }

  @Nested
  @ExtendWith(ServerAvailable.MariaDb.class)
  class OnMariaDb extends Versions {
    OnMariaDb() {
      super(Dialect.MARIADB);
    }
  }

  abstract static class Versions {
    private final Dialect dialect;
    private final String prefix = "sv" + PREFIXES.incrementAndGet() + "_";

    Versions(Dialect dialect) {
      this.dialect = dialect;
    }

    private DataSource dataSource() {
      return TestDatabase.of(dialect).first();
    }

    @Test
    void aFreshInstallIsAtTheRequiredVersionAndInstallingAgainChangesNothing() {
      assertEquals(Optional.empty(), JdbcSchema.installedVersion(dataSource(), prefix));
      assertFalse(JdbcSchema.isInstalled(dataSource(), prefix));

      JdbcSchema.install(dataSource(), prefix);
      JdbcSchema.install(dataSource(), prefix);
      JdbcSchema.upgrade(dataSource(), prefix);

      assertEquals(Optional.of(JdbcSchema.REQUIRED_VERSION), JdbcSchema.installedVersion(dataSource(), prefix));
      assertTrue(JdbcSchema.isInstalled(dataSource(), prefix));
      sdk().providers().register(ALICE, "Acme");
    }

    /** The same prefix in capitals: refused by every call, so no second set of tables is ever begun. */
    @Test
    void anUpperCasePrefixIsRefusedByEveryCallAndCreatesNothing() throws SQLException {
      JdbcSchema.install(dataSource(), prefix);
      String upper = prefix.toUpperCase(Locale.ROOT);
      List<Executable> calls = List.of(
          () -> JdbcSchema.install(dataSource(), upper), () -> JdbcSchema.upgrade(dataSource(), upper),
          () -> JdbcSchema.installedVersion(dataSource(), upper), () -> JdbcSchema.isInstalled(dataSource(), upper),
          () -> JdbcStorage.builder(dataSource()).tablePrefix(upper));
      for (Executable call : calls) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains("write \"" + prefix + "\""), e.getMessage());
      }
      assertEquals(Optional.of(JdbcSchema.REQUIRED_VERSION), JdbcSchema.installedVersion(dataSource(), prefix));
      try (Connection connection = dataSource().getConnection()) {
        for (String table : SchemaScript.all(dialect, prefix).get(0).createdTables()) {
          String upperTable = upper + table.substring(prefix.length());
          // PostgreSQL and H2 fold the name to the same table; MariaDB would find none, as none was made.
          assertEquals(dialect != Dialect.MARIADB, InstalledSchema.answers(connection, dialect, upperTable),
              upperTable);
        }
      }
    }

    @Test
    void aSchemaOfTheFirstReleaseIsVersionOneAndTheStorageRefusesItNamingTheUpgrade() {
      TestDatabase.installVersion1(dataSource(), dialect, prefix);

      assertEquals(Optional.of(1), JdbcSchema.installedVersion(dataSource(), prefix));
      StorageException e = assertThrows(StorageException.class, this::build);
      assertTrue(e.getMessage().contains("is at version 1, but this release of the SDK needs version "
          + JdbcSchema.REQUIRED_VERSION)
          && e.getMessage().contains("JdbcSchema.upgrade(dataSource, \"" + prefix + "\")"), e.getMessage());
    }

    @Test
    void upgradingVersionOneKeepsItsDataAndTheStorageThenStarts() {
      TestDatabase.installVersion1(dataSource(), dialect, prefix);
      TestDatabase.execute(dataSource(), "INSERT INTO " + prefix + "provider (provider_id, name, registered_at)"
          + " VALUES ('acme', 'Acme', 0)");
      TestDatabase.execute(dataSource(), "INSERT INTO " + prefix + "event_counter (provider_id, last_sequence)"
          + " VALUES ('acme', 0)");

      JdbcSchema.upgrade(dataSource(), prefix);

      assertEquals(Optional.of(JdbcSchema.REQUIRED_VERSION), JdbcSchema.installedVersion(dataSource(), prefix));
      ConsumerOrgs sdk = sdk();
      assertEquals("Acme", sdk.providers().find(ALICE).orElseThrow().name());
      assertEquals("Globex", sdk.organizations().create(ALICE, "Globex").name());
    }

    @Test
    void upgradingVersionTwoKeepsItsOrganizationsWithoutExternalIdsAndThenTakesThem() {
      List<SchemaScript> scripts = SchemaScript.all(dialect, prefix);
      for (SchemaScript script : scripts.subList(0, 2)) {
        script.statements().forEach(sql -> TestDatabase.execute(dataSource(), sql));
      }
      assertEquals(Optional.of(2), JdbcSchema.installedVersion(dataSource(), prefix));
      StorageException refused = assertThrows(StorageException.class, this::build);
      assertTrue(refused.getMessage().contains("is at version 2, but this release of the SDK needs version 3"),
          refused.getMessage());

      JdbcSchema.upgrade(dataSource(), prefix);

      assertEquals(Optional.of(3), JdbcSchema.installedVersion(dataSource(), prefix));
      ConsumerOrgs sdk = sdk();
      sdk.providers().register(ALICE, "Acme");
      ConsumerOrganization globex = sdk.organizations().create(ALICE, "Globex");
      ConsumerOrganization initech = sdk.organizations().create(ALICE, "Initech", ExternalId.of("crm-1"));
      assertEquals(Optional.empty(), sdk.organizations().get(ALICE, globex.id()).externalId());
      assertEquals(Optional.of(initech), sdk.organizations().findByExternalId(ALICE, ExternalId.of("crm-1")));
      assertThrows(DuplicateExternalIdException.class,
          () -> sdk.organizations().setExternalId(ALICE, globex.id(), 1, ExternalId.of("crm-1")));
    }

    @Test
    void installUpgradesAnOlderSchemaToo() {
      TestDatabase.installVersion1(dataSource(), dialect, prefix);

      JdbcSchema.install(dataSource(), prefix);

      assertEquals(Optional.of(JdbcSchema.REQUIRED_VERSION), JdbcSchema.installedVersion(dataSource(), prefix));
      build();
    }

    @Test
    void aSchemaNewerThanTheCodeIsRefusedAtBuildAndNeverDowngraded() {
      JdbcSchema.install(dataSource(), prefix);
      TestDatabase.execute(dataSource(), "UPDATE " + prefix + "schema_version SET schema_version = 99");

      assertEquals(Optional.of(99), JdbcSchema.installedVersion(dataSource(), prefix));
      StorageException atBuild = assertThrows(StorageException.class, this::build);
      assertTrue(atBuild.getMessage().contains("is at version 99, newer than version "
          + JdbcSchema.REQUIRED_VERSION)
          && atBuild.getMessage().contains("newer release"), atBuild.getMessage());
      StorageException atUpgrade = assertThrows(StorageException.class,
          () -> JdbcSchema.upgrade(dataSource(), prefix));
      assertEquals(atBuild.getMessage(), atUpgrade.getMessage());
      assertThrows(StorageException.class, () -> JdbcSchema.install(dataSource(), prefix));
    }

    @Test
    void noSchemaIsRefusedAtBuildNamingTheInstall() {
      StorageException e = assertThrows(StorageException.class, this::build);
      assertTrue(e.getMessage().contains("is not installed")
          && e.getMessage().contains("JdbcSchema.install(dataSource, \"" + prefix + "\")")
          && e.getMessage().contains(dialect.scriptFolder()), e.getMessage());
      StorageException upgrade = assertThrows(StorageException.class, () -> JdbcSchema.upgrade(dataSource(), prefix));
      assertEquals(e.getMessage(), upgrade.getMessage());
    }

    /** What MariaDB is left with when a connection drops in the middle of V2: reported, never taken for a version. */
    @Test
    void anUpgradeCutShortIsReportedAsHalfMadeWithWhatToDrop() {
      TestDatabase.installVersion1(dataSource(), dialect, prefix);
      String cursorKeyTable = SchemaScript.all(dialect, prefix).get(1).statements().get(0);
      TestDatabase.execute(dataSource(), cursorKeyTable);

      StorageException e = assertThrows(StorageException.class,
          () -> JdbcSchema.installedVersion(dataSource(), prefix));
      assertTrue(e.getMessage().contains("half made") && e.getMessage().contains("the table " + prefix + "cursor_key")
          && e.getMessage().contains("JdbcSchema.upgrade(dataSource, \"" + prefix + "\")"), e.getMessage());
      assertThrows(StorageException.class, this::build);
      assertThrows(StorageException.class, () -> JdbcSchema.upgrade(dataSource(), prefix));

      TestDatabase.execute(dataSource(), "DROP TABLE " + prefix + "cursor_key");
      JdbcSchema.upgrade(dataSource(), prefix);
      build();
    }

    @Test
    void anInstallThatFailsHalfWayLeavesNothingBehind() throws SQLException {
      String blocker = prefix + "blocker";
      TestDatabase.execute(dataSource(), blockingTable(blocker));
      try {
        StorageException e = assertThrows(StorageException.class, () -> JdbcSchema.install(dataSource(), prefix));
        assertTrue(e.getMessage().startsWith("Installing the Consumer Organizations schema"), e.getMessage());
        assertEquals(List.of(), tablesOfTheSchema(), e.getMessage());
        assertEquals(Optional.empty(), JdbcSchema.installedVersion(dataSource(), prefix));
      } finally {
        TestDatabase.execute(dataSource(), "DROP TABLE " + blocker);
      }
      JdbcSchema.install(dataSource(), prefix);
      build();
    }

    @Test
    void anInstallWhoseCommitFailsLeavesNothingBehind() throws SQLException {
      RecordingDataSource failing = failingCommits();

      assertThrows(StorageException.class, () -> JdbcSchema.install(failing, prefix));

      assertEquals(List.of(), tablesOfTheSchema());
    }

    @Test
    void anUpgradeStepWhoseCommitFailsLeavesTheVersionBeforeIt() throws SQLException {
      TestDatabase.installVersion1(dataSource(), dialect, prefix);
      RecordingDataSource failing = failingCommits();

      StorageException e = assertThrows(StorageException.class, () -> JdbcSchema.upgrade(failing, prefix));

      assertTrue(e.getMessage().startsWith("Upgrading from version 1 to 2 of the Consumer Organizations schema"),
          e.getMessage());
      assertEquals(Optional.of(1), JdbcSchema.installedVersion(dataSource(), prefix));
      assertEquals(SchemaScript.all(dialect, prefix).get(0).createdTables(), tablesOfTheSchema());
      JdbcSchema.upgrade(dataSource(), prefix);
      build();
    }

    /**
     * A table of another prefix whose constraint takes a name the install needs half-way (for the link table): the
     * check before creating finds none of the schema's tables, so the failure comes after some were made. PostgreSQL
     * and H2 keep the names of key constraints (and their indexes) unique in a schema; MariaDB those of foreign keys.
     */
    private String blockingTable(String blocker) {
      String taken = prefix + (dialect == Dialect.MARIADB ? "link_share_fk" : "link_pk");
      return dialect == Dialect.MARIADB
          ? "CREATE TABLE " + blocker + " (id INT PRIMARY KEY, ref INT, CONSTRAINT " + taken
              + " FOREIGN KEY (ref) REFERENCES " + blocker + " (id)) ENGINE=InnoDB"
          : "CREATE TABLE " + blocker + " (id INT NOT NULL, CONSTRAINT " + taken + " PRIMARY KEY (id))";
    }

    private RecordingDataSource failingCommits() {
      RecordingDataSource failing = new RecordingDataSource(dataSource());
      failing.failOnNewConnections("commit/0", new SQLTransientConnectionException("connection cut at commit"));
      return failing;
    }

    /** The shipped scripts' tables with this test's prefix that exist, in the order the scripts create them. */
    private List<String> tablesOfTheSchema() throws SQLException {
      List<String> present = new ArrayList<>();
      try (Connection connection = dataSource().getConnection()) {
        for (SchemaScript script : SchemaScript.all(dialect, prefix)) {
          for (String table : script.createdTables()) {
            if (InstalledSchema.answers(connection, dialect, table)) {
              present.add(table);
            }
          }
        }
      }
      return present;
    }

    private JdbcStorage build() {
      return JdbcStorage.builder(dataSource()).dialect(dialect).tablePrefix(prefix).build();
    }

    private ConsumerOrgs sdk() {
      return ConsumerOrgs.builder(build()).build();
    }
  }
}
