package org.consumerorgs.examples.host;

import java.util.List;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.ProviderId;

/**
 * A scripted tour of the whole flow, typed into the shell for you: the same commands a person would type, each shown
 * with its answer, so the tour also teaches the shell. It walks the product page (Manage page, share page, deleting,
 * billing) and shows each rule refusing what it must.
 */
final class Demo {
  private static final String PROVIDER = "acme-data";

  private final Shell shell;
  private final Host host;

  Demo(Shell shell, Host host) {
    this.shell = shell;
    this.host = host;
  }

  void run() {
    String provider = freeProvider(host.sdk);
    host.out.println("A tour of the Consumer Organizations SDK, as a host application embeds it.");
    if (!provider.equals(PROVIDER)) {
      host.out.println("Provider " + PROVIDER + " is already registered here by an earlier run: the database kept its"
          + " data. This tour acts for " + provider + " instead.");
    }
    for (String line : script(provider)) {
      shell.echo(line);
      shell.execute(line);
    }
  }

  /** Each run of the tour on a database that keeps its data needs a provider of its own. */
  static String freeProvider(ConsumerOrgs sdk) {
    for (int n = 1; ; n++) {
      String candidate = n == 1 ? PROVIDER : PROVIDER + "-" + n;
      if (sdk.providers().find(Actor.ofProvider(ProviderId.of(candidate), "demo")).isEmpty()) {
        return candidate;
      }
    }
  }

  private static List<String> script(String provider) {
    String login = "login " + provider + " alice@" + provider;
    return List.of(
        "",
        "# The host registers what it owns, under its own ids: a provider (one of its tenants) and its shares.",
        login,
        "register-provider Acme Data",
        "register-share sales-2026 Sales 2026",
        "register-share weather-daily Weather Daily",
        "",
        "# The Manage page: create consumer organizations and rename one. A rename carries the version you saw.",
        "create Globex",
        "rename Globex 1 \"Globex Corporation\"",
        "create Initech",
        "create Soylent",
        "list --limit 2",
        "more",
        "",
        "# The rules at work. Every refusal is an exception from the SDK with a message the host shows as it is.",
        "create AB",
        "create \"GLOBEX CORPORATION\"",
        "rename \"Globex Corporation\" 1 \"Globex Inc\"",
        "consumers no-such-share",
        "logout",
        "create Hooli",
        login,
        "",
        "# The share page: search the dropdown, which leaves out the share's consumers, then one \"Done\" adds an",
        "# existing organization and creates a new one.",
        "search glo --not-in sales-2026",
        "add sales-2026 --org \"Globex Corporation\" --new \"Umbrella Corp\"",
        "search glo --not-in sales-2026",
        "add weather-daily --org \"Globex Corporation\" --org Initech --new Hooli",
        "",
        "# \"Done\" is all or nothing: with one wrong entry nothing is added. Adding a consumer twice is no error.",
        "add sales-2026 --org Initech --new \"umbrella corp\" --new ab",
        "add sales-2026 --org Initech --org \"Globex Corporation\"",
        "consumers sales-2026",
        "get \"Globex Corporation\"",
        "remove weather-daily Initech",
        "",
        "# Deleting an organization that is still in use: preview the impact, then delete. Its name is free again.",
        "preview-delete \"Globex Corporation\"",
        "delete \"Globex Corporation\"",
        "create \"Globex Corporation\"",
        "",
        "# Billing: this month's Monthly Active Consumers, each with the links that made it count. The deleted",
        "# Globex still counts: it had access this month, and a report is computed from link history.",
        "mac",
        "",
        "# The change log, for audit screens or for relaying changes to a message broker.",
        "events",
        "",
        "# That was the tour. Run the host without a command for a shell of your own (type help).");
  }
}
