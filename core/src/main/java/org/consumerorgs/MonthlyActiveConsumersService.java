package org.consumerorgs;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.consumerorgs.domain.ActiveConsumer;
import org.consumerorgs.domain.MacReport;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.TimeWindow;
import org.consumerorgs.policy.MacDefinition;
import org.consumerorgs.policy.Policies;
import org.consumerorgs.spi.Keyed;
import org.consumerorgs.spi.Keyset;
import org.consumerorgs.spi.Storage;
import org.consumerorgs.spi.UseCase;

/**
 * Monthly Active Consumers: the consumer organizations a provider is billed for in a calendar month. Computed from
 * link history alone, so deleting an organization later never changes a report.
 */
public final class MonthlyActiveConsumersService {
  private final Context context;
  private final Storage storage;
  private final MacDefinition macDefinition;
  private final ZoneId billingZone;

  MonthlyActiveConsumersService(Context context, Storage storage, Policies policies) {
    this.context = context;
    this.storage = storage;
    this.macDefinition = policies.macDefinition();
    this.billingZone = policies.billingZone();
  }

  /**
   * The report under the configured definition and time zone.
   *
   * @param actor who acts; must act for a provider
   * @param month the calendar month, in the billing time zone
   * @return the organizations that count, with the links that make each count
   */
  public MacReport report(Actor actor, YearMonth month) {
    return report(actor, month, macDefinition, billingZone);
  }

  /**
   * The report under another definition or time zone, for comparisons and what-if questions.
   *
   * @param actor who acts; must act for a provider
   * @param month the calendar month, in {@code zone}
   * @param definition who counts as active
   * @param zone where the month begins and ends
   * @return the organizations that count under {@code definition}, with the links that make each count
   */
  public MacReport report(Actor actor, YearMonth month, MacDefinition definition, ZoneId zone) {
    return context.call(UseCase.MAC_REPORT, () -> {
      ProviderId provider = context.providerOf(actor, "read Monthly Active Consumers");
      requireNonNull(month, "month must not be null");
      requireNonNull(definition, "definition must not be null");
      requireNonNull(zone, "zone must not be null");
      TimeWindow window = definition.window(month, zone);
      MacCalculator calculator = new MacCalculator(definition, zone);
      return context.read(provider, () -> {
        List<Keyed<ActiveConsumer>> active = new ArrayList<>();
        storage.links().forEachLinkedOrganization(provider, window, organization ->
            calculator.activeConsumer(organization, window).ifPresent(consumer -> active.add(
                new Keyed<>(consumer, new Keyset(organization.searchKey(), organization.id().value())))));
        List<ActiveConsumer> consumers = ByName.sorted(active);
        // The sort puts an organization handed twice (the same id and search key) in adjacent places.
        for (int i = 1; i < consumers.size(); i++) {
          if (consumers.get(i).organizationId().equals(consumers.get(i - 1).organizationId())) {
            throw new IllegalStateException("the store handed organization " + consumers.get(i).organizationId()
                + " more than once for one report");
          }
        }
        return new MacReport(provider, month, zone, definition.description(), window, consumers);
      });
    });
  }
}
