package org.consumerorgs;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consumerorgs.domain.ActiveConsumer;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.MacReport;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.TimeWindow;
import org.consumerorgs.internal.ByName;
import org.consumerorgs.internal.MacCalculator;
import org.consumerorgs.policy.MacDefinition;
import org.consumerorgs.spi.StoredOrganization;

/**
 * Monthly Active Consumers: the consumer organizations a provider is billed for in a calendar month. Computed from
 * link history alone, so deleting an organization later never changes a report.
 */
public final class MonthlyActiveConsumersService {
  private final Context context;

  MonthlyActiveConsumersService(Context context) {
    this.context = context;
  }

  /** The report under the configured definition and time zone. */
  public MacReport report(Actor actor, YearMonth month) {
    return report(actor, month, context.policies.macDefinition(), context.policies.billingZone());
  }

  /** The report under another definition or time zone, for comparisons and what-if questions. */
  public MacReport report(Actor actor, YearMonth month, MacDefinition definition, ZoneId zone) {
    ProviderId provider = context.providerOf(actor, "read Monthly Active Consumers");
    checkNotNull(month, "month must not be null");
    checkNotNull(definition, "definition must not be null");
    checkNotNull(zone, "zone must not be null");
    TimeWindow window = definition.window(month, zone);
    MacCalculator calculator = new MacCalculator(definition, zone);
    return context.read(provider, () -> {
      Map<ConsumerOrganizationId, List<Link>> linksByOrganization = new HashMap<>();
      context.storage.links().forEachIntersecting(provider, window,
          link -> linksByOrganization.computeIfAbsent(link.organizationId(), k -> new ArrayList<>()).add(link));

      Map<ConsumerOrganizationId, List<Link>> evidence = new HashMap<>();
      linksByOrganization.forEach((id, links) -> {
        links.sort(Comparator.comparing(Link::openedAt).thenComparing(l -> l.shareId().value()));
        List<Link> counted = calculator.evidence(links, window);
        if (!counted.isEmpty()) {
          evidence.put(id, counted);
        }
      });
      Map<ConsumerOrganizationId, StoredOrganization> organizations = evidence.isEmpty()
          ? Map.of()
          : context.storage.organizations().findIncludingDeleted(provider, evidence.keySet());

      List<ActiveConsumer> consumers = new ArrayList<>(evidence.size());
      evidence.forEach((id, links) -> {
        StoredOrganization stored = organizations.get(id);
        if (stored == null) {
          throw new IllegalStateException("link history refers to organization " + id + ", which the store lacks");
        }
        consumers.add(new ActiveConsumer(id, stored.organization().name(), stored.deletedAt(), links));
      });
      return new MacReport(provider, month, zone, definition.description(), window,
          ByName.sorted(consumers, ActiveConsumer::name, c -> c.organizationId().value()));
    });
  }
}
