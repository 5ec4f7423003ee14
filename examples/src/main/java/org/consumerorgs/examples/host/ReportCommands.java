package org.consumerorgs.examples.host;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.consumerorgs.EventLogService;
import org.consumerorgs.policy.MacDefinition;

/** What billing and audit read: the Monthly Active Consumers report with its evidence, and the change log. */
final class ReportCommands {
  private ReportCommands() {}

  static List<Command> all(Host host) {
    return List.of(
        new Command("mac", "mac [yyyy-mm] [--definition any-time|month-end] [--zone <zone id>]",
            "Monthly Active Consumers (default: this month), each with the links that made it count",
            Set.of("definition", "zone"), args -> {
              args.atMost(1);
              YearMonth month = args.positional().isEmpty() ? YearMonth.now(host.clock) : month(args.positional()
                  .get(0));
              // Without options: the definition and billing zone the SDK was configured with. With them: a what-if
              // report, the same data counted another way.
              if (args.option("definition").isEmpty() && args.option("zone").isEmpty()) {
                host.views.mac(host.sdk.monthlyActiveConsumers().report(host.actor(), month));
              } else {
                MacDefinition definition = args.option("definition").map(ReportCommands::definition)
                    .orElse(host.sdk.policies().macDefinition());
                ZoneId zone = args.option("zone").map(ReportCommands::zone).orElse(host.sdk.policies().billingZone());
                host.views.mac(host.sdk.monthlyActiveConsumers().report(host.actor(), month, definition, zone));
              }
            }),
        new Command("events", "events [--after n] [--limit n]",
            "the change log: who changed what and when, oldest first", Set.of("after", "limit"), args -> {
              args.atMost(0);
              int after = args.number("after", 0, 0, Integer.MAX_VALUE);
              int limit = args.number("limit", 100, 1, EventLogService.MAX_LIMIT);
              // A relay to a message broker would remember the last sequence it sent and read after it.
              host.views.events(host.sdk.events().read(host.actor(), after, limit));
            }));
  }

  private static YearMonth month(String text) {
    try {
      return YearMonth.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new UsageException("The month must look like 2026-05; got \u201C" + text + "\u201D.");
    }
  }

  private static MacDefinition definition(String text) {
    return switch (text.strip()) {
      case "any-time" -> MacDefinition.linkedAnyTimeInMonth();
      case "month-end" -> MacDefinition.linkedAtMonthEnd();
      default -> throw new UsageException("--definition must be any-time or month-end; got \u201C" + text + "\u201D.");
    };
  }

  private static ZoneId zone(String text) {
    try {
      return ZoneId.of(text.strip());
    } catch (DateTimeException e) {
      throw new UsageException("Unknown time zone \u201C" + text + "\u201D; use an id such as UTC or Europe/Paris.");
    }
  }
}
