package org.consumerorgs.examples.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.consumerorgs.policy.DeletionPolicy;
import org.junit.jupiter.api.Test;

class SettingsTest {

  @Test
  void defaultsToAnH2FileUnderTheWorkingDirectory() {
    Settings settings = Settings.parse(List.of(), Map.of());
    assertEquals(DatabaseKind.H2, settings.database());
    assertEquals("jdbc:h2:file:" + Path.of("consumer-orgs-data").toAbsolutePath().resolve("consumer-orgs")
        + ";LOCK_TIMEOUT=10000", settings.jdbcUrl());
    assertEquals("sa", settings.user());
    assertEquals("corg_", settings.tablePrefix());
    assertEquals(DeletionPolicy.ALLOW_WITH_IMPACT, settings.deletion());
    assertEquals("acme-data", settings.provider());
    assertEquals(List.of(), settings.command(), "no command: the shell");
  }

  @Test
  void aServerIsChosenByName() {
    Settings postgres = Settings.parse(List.of("--db", "postgres", "demo"), Map.of());
    assertEquals("jdbc:postgresql://localhost:5432/consumer_orgs", postgres.jdbcUrl());
    assertEquals("postgres", postgres.user());
    assertEquals(List.of("demo"), postgres.command());
    Settings mariadb = Settings.parse(List.of("--db=MariaDB"), Map.of());
    assertEquals("jdbc:mariadb://localhost:3306/consumer_orgs", mariadb.jdbcUrl());
    assertEquals("root", mariadb.user());
  }

  @Test
  void aUrlAloneSaysWhichDatabase() {
    Settings settings = Settings.parse(List.of("--jdbc-url", "jdbc:mariadb://db:3306/x", "--user", "app"), Map.of());
    assertEquals(DatabaseKind.MARIADB, settings.database());
    assertEquals("app", settings.user());
  }

  @Test
  void environmentVariablesStandInForOptionsAndOptionsWin() {
    Map<String, String> env = Map.of("CORG_JDBC_URL", "jdbc:postgresql://db/app", "CORG_JDBC_USER", "app",
        "CORG_JDBC_PASSWORD", "secret", "CORG_TABLE_PREFIX", "co_", "CORG_DELETION", "refuse", "CORG_PROVIDER",
        "globex", "CORG_USER", "bob", "CORG_DB", " ");
    Settings settings = Settings.parse(List.of("--as", "carol", "list"), env);
    assertEquals(DatabaseKind.POSTGRES, settings.database(), "a blank variable counts as unset");
    assertEquals("jdbc:postgresql://db/app", settings.jdbcUrl());
    assertEquals("app", settings.user());
    assertEquals("secret", settings.password());
    assertEquals("co_", settings.tablePrefix());
    assertEquals(DeletionPolicy.REFUSE_WHILE_LINKED, settings.deletion());
    assertEquals("globex", settings.provider());
    assertEquals("carol", settings.actor());
    assertEquals(List.of("list"), settings.command());
  }

  @Test
  void refusesContradictionsAndUnknownValues() {
    assertEquals("--db h2 does not match the JDBC URL, which is for postgres.", assertThrows(UsageException.class,
        () -> Settings.parse(List.of("--db", "h2", "--jdbc-url", "jdbc:postgresql://x/y"), Map.of())).getMessage());
    assertTrue(assertThrows(UsageException.class,
        () -> Settings.parse(List.of("--jdbc-url", "jdbc:oracle:thin:@x"), Map.of())).getMessage()
        .startsWith("Unsupported JDBC URL"));
    assertTrue(assertThrows(UsageException.class,
        () -> Settings.parse(List.of(), Map.of("CORG_DELETION", "sometimes"))).getMessage()
        .startsWith("--deletion must be allow"));
  }
}
