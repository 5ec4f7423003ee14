package org.consumerorgs.examples.host;

import static org.consumerorgs.examples.host.HostDemoTest.assertContains;
import static org.consumerorgs.examples.host.HostDemoTest.h2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.consumerorgs.examples.SteppingClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive shell with commands piped in, as a person or a script would type them: every rule the SDK enforces
 * is broken once, and each refusal must reach the person in words, with nothing stored by the refused commands.
 */
class HostShellTest {
  private static final Instant MID_MAY = Instant.parse("2026-05-14T09:30:00Z");

  @TempDir
  Path directory;

  private HostRun shell(String input, String... options) {
    String[] args = new String[options.length + 2];
    args[0] = "--data-dir";
    args[1] = directory.toString();
    System.arraycopy(options, 0, args, 2, options.length);
    return HostRun.of(Map.of(), new SteppingClock(MID_MAY), input, args);
  }

  @Test
  void everyRuleIsRefusedWithAMessageForAPerson() {
    HostRun run = shell(String.join("\n",
        "create Globex",
        "register-provider Acme Data",
        "register-provider Acme Again",
        "register-share sales Sales",
        "register-share sales Sales again",
        "create Globex",
        "create \"  GLOBEX  \"",
        "create \uFF27\uFF4C\uFF4F\uFF42\uFF45\uFF58",
        "create AB",
        "create \"" + "x".repeat(201) + "\"",
        "create \"Glo\\u200Bbex\"",
        "create \"Line\\u000Abreak\"",
        "rename Globex 1 \"Globex Two\"",
        "rename \"Globex Two\" 1 \"Globex Three\"",
        "get 00000000-0000-0000-0000-000000000000",
        "consumers nope",
        "list --after bogus",
        "add sales --new Initech --new INITECH --org nope --new xy",
        "logout",
        "create Hooli",
        "login acme-data bob",
        "consumers \"bad id\"",
        "frobnicate",
        "list --bogus 1",
        "\"unclosed",
        "# a comment is skipped",
        "list",
        "quit",
        "create Never"));

    assertEquals(0, run.status(), run::toString);
    assertContains(run, "acme-data/admin> create Globex\nRefused: No provider with id \u201Cacme-data\u201D was found."
        + " Type: register-provider <name>");
    assertContains(run, "Refused: A provider with id \u201Cacme-data\u201D is already registered; ids are never reused.");
    assertContains(run, "Refused: A share with id \u201Csales\u201D is already registered; ids are never reused.");
    assertContains(run, "> create \"  GLOBEX  \"\nRefused: A consumer organization named \u201CGlobex\u201D already"
        + " exists; names must be unique regardless of letter case and character width. (It has id ");
    assertContains(run, "> create \uFF27\uFF4C\uFF4F\uFF42\uFF45\uFF58\nRefused: A consumer organization named"
        + " \u201CGlobex\u201D already exists");
    assertContains(run, "Refused: The name must be longer than 2 characters; \u201CAB\u201D has 2.");
    assertContains(run, "Refused: The name must be at most 200 characters long; it has 201.");
    assertContains(run, "Refused: The name contains an invisible or direction-changing character (U+200B");
    assertContains(run, "Refused: The name must be on a single line; it has a line break at character 5.");
    assertContains(run, "Renamed to \u201CGlobex Two\u201D");
    assertContains(run, "Refused: This consumer organization was changed by someone else in the meantime (version 2,"
        + " you had version 1). Reload it and try again. Type: get ");
    assertContains(run, "Refused: No consumer organization has the id or the name"
        + " \u201C00000000-0000-0000-0000-000000000000\u201D.");
    assertContains(run, "Refused: No share with id \u201Cnope\u201D was found.");
    assertContains(run, "Refused: This page link is not valid; start again from the first page.");
    assertContains(run, "Refused: Nothing was added: 3 entries are wrong. Fix them and send the whole batch again.\n"
        + "  #  ENTRY          CODE            WHY\n");
    assertContains(run, "  2  new \u201CINITECH\u201D  DUPLICATE_NAME  The name \u201CINITECH\u201D is given more than"
        + " once in this request.\n  3  existing nope  NOT_FOUND       No consumer organization with id \u201Cnope\u201D"
        + " was found.\n  4  new \u201Cxy\u201D       INVALID_NAME    The name must be longer than 2 characters;"
        + " \u201Cxy\u201D has 2.\n");
    assertContains(run, "visitor> create Hooli\nRefused: You must be a Provider to create a consumer organization.");
    assertContains(run, "Invalid input: share id may contain only printable ASCII characters without spaces");
    assertContains(run, "Invalid command: Unknown command \u201Cfrobnicate\u201D; type help for the list.");
    assertContains(run, "Invalid command: Unknown option --bogus; expected one of: --after, --limit.\n"
        + "Usage: list [--limit n] [--after cursor]");
    assertContains(run, "Invalid command: A quote (\") is not closed.");
    assertFalse(run.out().contains("Never"), "nothing runs after quit");

    // Only the one create and the one rename that the rules allowed were stored.
    StoredData stored = new StoredData(h2(directory), "acme-data");
    assertEquals(List.of("Globex Two"), stored.organizations());
    assertEquals(List.of(), stored.consumers("sales"));
    assertEquals(4, stored.events(), "provider, share, create, rename");
  }

  @Test
  void aDeletionPolicyThatRefusesWhileLinked() {
    HostRun run = shell(String.join("\n",
        "register-provider Acme Data",
        "register-share sales Sales",
        "add sales --new Globex --new Initech",
        "preview-delete Globex",
        "delete Globex",
        "remove sales Globex",
        "delete Globex"), "--deletion", "refuse");

    assertContains(run, "\u201CGlobex\u201D cannot be deleted while it is linked to 1 share: Sales. Remove it from"
        + " them first.");
    assertContains(run, "> delete Globex\nRefused: \u201CGlobex\u201D cannot be deleted while it is linked to 1 share;"
        + " remove it from its shares first. Linked to: sales.");
    assertContains(run, "> delete Globex\n\u201CGlobex\u201D was deleted; it was not linked to any share.");
    assertEquals(List.of("Initech"), new StoredData(h2(directory), "acme-data").organizations());
  }

  @Test
  void pagesThroughListsWithMoreOrTheCursor() {
    HostRun run = shell(String.join("\n",
        "register-provider Acme Data",
        "register-share sales Sales",
        "add sales --new Delta --new alpha --new Charlie --new \u00C9cho --new Bravo",
        "list --limit 2",
        "more",
        "more",
        "more",
        "consumers sales --limit 4",
        "search ECHO",
        "search a --limit 2"));

    assertTrue(run.out().matches("(?s).*> list --limit 2\n.*\n.*\n  alpha .*\n  Bravo .*\n  More: type more \\(or"
        + " list --after \\S+\\)\\.\n.*"), run::toString);
    assertTrue(run.out().matches("(?s).*> more\n.*\n.*\n  Charlie .*\n  Delta .*\n  More: .*"), run::toString);
    assertTrue(run.out().matches("(?s).*> more\n.*\n.*\n  \u00C9cho [^\n]*\n[^ ].*"), run::toString);
    assertContains(run, "> more\nInvalid command: There is no more to show.");
    assertTrue(run.out().matches("(?s).*> consumers sales --limit 4\n.*\n.*\n  alpha .*\n  Bravo .*\n  Charlie .*\n"
        + "  Delta .*\n  More: type more \\(or consumers sales --after .*"), run::toString);
    assertTrue(run.out().matches("(?s).*> search ECHO\n.*\n.*\n  \u00C9cho +\\S+  exact\n.*"), run::toString);
  }

  @Test
  void oneCommandFromTheCommandLineAnswersWithItsExitStatus() {
    assertEquals(0, shell("", "register-provider", "Acme Data").status());
    HostRun created = shell("", "create", "Umbrella", "Corp");
    assertEquals(0, created.status(), created::toString);
    assertContains(created, "Created \u201CUmbrella Corp\u201D");

    HostRun refused = shell("", "create", "AB");
    assertEquals(1, refused.status(), refused::toString);
    assertContains(refused, "Refused: The name must be longer than 2 characters");

    assertEquals(2, shell("", "frobnicate").status());
    HostRun badOption = shell("", "--db", "oracle", "list");
    assertEquals(2, badOption.status());
    assertTrue(badOption.err().contains("Unknown database \u201Coracle\u201D; use h2, postgres or mariadb."),
        badOption::toString);

    HostRun mac = shell("", "--provider", "acme-data", "--as", "carol", "mac", "2026-05");
    assertContains(mac, "Monthly Active Consumers for May 2026 (UTC): 0");
    assertEquals(List.of(), new StoredData(h2(directory), "acme-data").activeConsumers(YearMonth.of(2026, 5)));
  }

  @Test
  void anUnreachableDatabaseIsReportedNotThrown() {
    HostRun run = HostRun.of(Map.of("CORG_JDBC_URL", "jdbc:postgresql://127.0.0.1:1/none",
        "CORG_JDBC_USER", "nobody"), new SteppingClock(MID_MAY), "", "list");
    assertEquals(1, run.status(), run::toString);
    assertTrue(run.err().startsWith("Could not start: Could not connect to PostgreSQL at"
        + " jdbc:postgresql://127.0.0.1:1/none: "), run::toString);
  }
}
