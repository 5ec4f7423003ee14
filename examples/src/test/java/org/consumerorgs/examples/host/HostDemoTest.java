package org.consumerorgs.examples.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.consumerorgs.examples.SteppingClock;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command, {@code demo}, on the default embedded H2 file database; then the host started again on
 * the same directory, as a person would after a restart.
 */
class HostDemoTest {
  private static final Instant MID_MAY = Instant.parse("2026-05-14T09:30:00Z");

  @TempDir
  Path directory;

  @Test
  void demoShowsTheWholeFlowAndStoresIt() {
    HostRun run = HostRun.of(Map.of("CORG_DATA_DIR", directory.toString()), new SteppingClock(MID_MAY), "", "demo");

    assertEquals(0, run.status(), run::toString);
    assertEquals("", run.err(), run::toString);
    assertTrue(Files.exists(directory.resolve("consumer-orgs.mv.db")), "the H2 file is where CORG_DATA_DIR says");
    assertContains(run, "First start on the H2 database file:" + directory.toAbsolutePath());
    assertContains(run, "Schema installed.");
    // Each step is echoed as typed at the prompt, then answered.
    assertContains(run, "acme-data/alice@acme-data> rename Globex 1 \"Globex Corporation\"\n"
        + "Renamed to \u201CGlobex Corporation\u201D");
    assertContains(run, "> more\n  NAME     ID");
    // The rules at work.
    assertContains(run, "Refused: The name must be longer than 2 characters; \u201CAB\u201D has 2.");
    assertContains(run, "Refused: A consumer organization named \u201CGlobex Corporation\u201D already exists; names"
        + " must be unique regardless of letter case and character width.");
    assertContains(run, "Refused: This consumer organization was changed by someone else in the meantime (version 2,"
        + " you had version 1).");
    assertContains(run, "Refused: No share with id \u201Cno-such-share\u201D was found.");
    assertContains(run, "Refused: You must be a Provider to create a consumer organization.");
    assertContains(run, "Refused: Nothing was added: 2 entries are wrong.");
    // The share page's "Done", and the search that leaves out a share's consumers.
    assertTrue(run.out().matches("(?s).*2  new \u201CUmbrella Corp\u201D +Umbrella Corp +[-0-9a-f]{36}  created and"
        + " added.*"), run::toString);
    assertContains(run, "already a consumer (nothing to do)");
    assertContains(run, "search glo --not-in sales-2026\n  (nothing found)");
    // Deleting in use, then the report with its evidence.
    assertContains(run, "\u201CGlobex Corporation\u201D was deleted and removed from 2 shares: Sales 2026, Weather"
        + " Daily. It still counts toward Monthly Active Consumers for May 2026.");
    assertContains(run, "Monthly Active Consumers for May 2026 (UTC): 4");
    assertTrue(run.out().matches("(?s).*\n  Globex Corporation +[-0-9a-f]{36}  sales-2026 .*\n"
        + "  \\(deleted 2026-05-14 09:30:00\\) +weather-daily .*"), run::toString);
    assertContains(run, "name: Globex -> Globex Corporation, version: 1 -> 2");

    StoredData stored = new StoredData(h2(directory), "acme-data");
    assertEquals(List.of("Globex Corporation", "Hooli", "Initech", "Soylent", "Umbrella Corp"),
        stored.organizations(), "the re-created Globex Corporation is a new organization");
    assertEquals(List.of("Initech", "Umbrella Corp"), stored.consumers("sales-2026"));
    assertEquals(List.of("Hooli"), stored.consumers("weather-daily"));
    assertEquals(List.of("Globex Corporation", "Hooli", "Initech", "Umbrella Corp"),
        stored.activeConsumers(YearMonth.of(2026, 5)));
    assertEquals(20, stored.events());
  }

  @Test
  void aSecondStartReusesTheDataWithoutInstallingAgain() {
    Map<String, String> env = Map.of("CORG_DATA_DIR", directory.toString());
    assertEquals(0, HostRun.of(env, new SteppingClock(MID_MAY), "", "demo").status());

    HostRun list = HostRun.of(env, new SteppingClock(MID_MAY.plusSeconds(3600)), "", "list", "--limit", "3");
    assertEquals(0, list.status(), list::toString);
    assertFalse(list.out().contains("installing"), list::toString);
    assertContains(list, "its schema (table prefix corg_, version 3) was installed on an earlier start.");
    assertTrue(list.out().matches("(?s).*  Globex Corporation .*\n  Hooli .*\n  Initech .*\n  More: type more.*"),
        list::toString);

    HostRun again = HostRun.of(env, new SteppingClock(MID_MAY.plusSeconds(7200)), "", "demo");
    assertEquals(0, again.status(), again::toString);
    assertContains(again, "Provider acme-data is already registered here by an earlier run: the database kept its"
        + " data. This tour acts for acme-data-2 instead.");
    assertContains(again, "acme-data-2/alice@acme-data-2> create Globex\nCreated");
    assertEquals(20, new StoredData(h2(directory), "acme-data-2").events());
    assertEquals(20, new StoredData(h2(directory), "acme-data").events(), "the first tour's data is untouched");
  }

  @Test
  void aDatabaseOfTheFirstReleaseIsUpgradedAtStartAndSaysSo() throws Exception {
    installVersion1(h2(directory));
    Map<String, String> env = Map.of("CORG_DATA_DIR", directory.toString());

    HostRun first = HostRun.of(env, new SteppingClock(MID_MAY), "", "list");
    assertEquals(0, first.status(), first::toString);
    assertContains(first, "(table prefix corg_) from version 1 to 3...\nSchema upgraded.");

    HostRun second = HostRun.of(env, new SteppingClock(MID_MAY.plusSeconds(60)), "", "list");
    assertEquals(0, second.status(), second::toString);
    assertContains(second, "its schema (table prefix corg_, version 3) was installed on an earlier start.");
  }

  /** The first release's schema, as its V1 script alone made it (no version recorded). */
  private static void installVersion1(JdbcDataSource dataSource) throws Exception {
    String script;
    try (InputStream in = HostDemoTest.class.getResourceAsStream("/db/consumer-orgs/h2/V1__consumer_orgs.sql")) {
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String sql = script.lines().filter(line -> !line.startsWith("--")).collect(Collectors.joining("\n"))
        .replace("${table_prefix}", "corg_");
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      for (String one : sql.split(";\\s*\n")) {
        if (!one.isBlank()) {
          statement.execute(one);
        }
      }
    }
  }

  @Test
  void helpNeedsNoDatabase() {
    HostRun help = HostRun.of(Map.of("CORG_DATA_DIR", directory.toString()), new SteppingClock(MID_MAY), "", "help");
    assertEquals(0, help.status(), help::toString);
    assertContains(help, "--db h2|postgres|mariadb");
    assertContains(help, "add <share-id> [--org <org>]... [--new <name>]...");
    assertFalse(Files.exists(directory.resolve("consumer-orgs.mv.db")), "help opened the database");
  }

  static JdbcDataSource h2(Path directory) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + directory.toAbsolutePath().resolve("consumer-orgs"));
    dataSource.setUser("sa");
    dataSource.setPassword("");
    return dataSource;
  }

  static void assertContains(HostRun run, String expected) {
    assertTrue(run.out().contains(expected), () -> "expected the output to contain\n  " + expected + "\n" + run);
  }
}
