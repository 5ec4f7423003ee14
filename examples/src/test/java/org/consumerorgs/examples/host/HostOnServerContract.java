package org.consumerorgs.examples.host;

import static org.consumerorgs.examples.host.HostDemoTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.consumerorgs.examples.SteppingClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The host application pointed at a database server, the way the README shows: the demo on first start (installing
 * the schema), then a second start that finds the schema and the data.
 */
abstract class HostOnServerContract {
  private static final Instant MID_MAY = Instant.parse("2026-05-14T09:30:00Z");

  private final TestServer server;
  private final String name = TestServer.uniqueName();
  /**
   * A table prefix of the run's own as well: on a shared server, tables of someone else's may be on the search path
   * (PostgreSQL finds pg_trgm through it, wherever its installer put it).
   */
  private final String prefix = name + "_";

  HostOnServerContract(TestServer server) {
    this.server = server;
  }

  @BeforeEach
  void createSchema() {
    server.create(name);
  }

  @AfterEach
  void dropSchema() {
    server.drop(name);
  }

  /** The options a person would type; the environment variables stand in for them in a second test. */
  abstract String databaseOption();

  @Test
  void demoOnFirstStartThenTheDataOnTheNext() {
    String[] options = {"--db", databaseOption(), "--jdbc-url", server.urlFor(name), "--user", server.user,
        "--table-prefix", prefix};
    HostRun demo = HostRun.of(Map.of(), new SteppingClock(MID_MAY), "", concat(options, "demo"));
    assertEquals(0, demo.status(), demo::toString);
    assertContains(demo, "installing the Consumer Organizations schema (table prefix " + prefix
        + ")...\nSchema installed.");
    assertContains(demo, "Refused: The name must be longer than 2 characters; \u201CAB\u201D has 2.");
    assertContains(demo, "Refused: Nothing was added: 2 entries are wrong.");
    assertContains(demo, "Monthly Active Consumers for May 2026 (UTC): 4");

    StoredData stored = new StoredData(server.dataSource(name), prefix, "acme-data");
    assertEquals(List.of("Globex Corporation", "Hooli", "Initech", "Soylent", "Umbrella Corp"),
        stored.organizations());
    assertEquals(List.of("Initech", "Umbrella Corp"), stored.consumers("sales-2026"));
    assertEquals(20, stored.events());

    HostRun consumers = HostRun.of(Map.of("CORG_JDBC_URL", server.urlFor(name), "CORG_JDBC_USER", server.user,
        "CORG_TABLE_PREFIX", prefix),
        new SteppingClock(MID_MAY.plusSeconds(60)), "", "consumers", "sales-2026");
    assertEquals(0, consumers.status(), consumers::toString);
    assertFalse(consumers.out().contains("installing"), consumers::toString);
    assertContains(consumers, "was installed on an earlier start.");
    assertContains(consumers, "  Initech ");
    assertContains(consumers, "  Umbrella Corp ");
  }

  private static String[] concat(String[] options, String command) {
    String[] all = java.util.Arrays.copyOf(options, options.length + 1);
    all[options.length] = command;
    return all;
  }
}
