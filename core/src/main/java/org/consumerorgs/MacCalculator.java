package org.consumerorgs;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.consumerorgs.domain.ActiveConsumer;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.MacEffect;
import org.consumerorgs.domain.TimeWindow;
import org.consumerorgs.policy.MacDefinition;
import org.consumerorgs.spi.LinkedOrganization;

/** Applies a {@link MacDefinition} to link history: the one place that decides who counts. */
final class MacCalculator {
  /** The order a definition sees an organization's links in, and the report shows its evidence in. */
  private static final Comparator<Link> BY_OPENING =
      Comparator.comparing(Link::openedAt).thenComparing(link -> link.shareId().value());

  private final MacDefinition definition;
  private final ZoneId zone;

  MacCalculator(MacDefinition definition, ZoneId zone) {
    this.definition = definition;
    this.zone = zone;
  }

  /**
   * The organization as the report for {@code window} shows it, with the links that make it count in opening order
   * (then by share); empty if it does not count.
   */
  Optional<ActiveConsumer> activeConsumer(LinkedOrganization organization, TimeWindow window) {
    List<Link> links = organization.links();
    for (int i = 1; i < links.size(); i++) {
      if (BY_OPENING.compare(links.get(i - 1), links.get(i)) > 0) {
        links = ImmutableList.sortedCopyOf(BY_OPENING, links);
        break;
      }
    }
    List<Link> counted = evidence(links, window);
    return counted.isEmpty()
        ? Optional.empty()
        : Optional.of(new ActiveConsumer(organization.id(), organization.name(), organization.deletedAt(), counted));
  }

  /**
   * The links of one organization that make it count for the window; empty if it does not count. Immutable lists
   * pass from the store through the definition to the report uncopied: a report asks this for each of up to 10^5
   * organizations.
   */
  List<Link> evidence(List<Link> linksOfOneOrganization, TimeWindow window) {
    int intersecting = 0;
    for (Link link : linksOfOneOrganization) {
      if (link.intersects(window)) {
        intersecting++;
      }
    }
    if (intersecting == 0) {
      return List.of();
    }
    List<Link> candidates = intersecting == linksOfOneOrganization.size()
        ? ImmutableList.copyOf(linksOfOneOrganization)
        : linksOfOneOrganization.stream().filter(link -> link.intersects(window)).collect(toImmutableList());
    return definition.evidence(candidates, window);
  }

  /** The months a deletion at {@code now} can change: the current one and the next. */
  List<YearMonth> affectedMonths(Instant now) {
    YearMonth current = YearMonth.from(now.atZone(zone));
    return List.of(current, current.plusMonths(1));
  }

  /** One window covering what {@link #effectsOfDeletion} looks at, so its links can be read in one query. */
  TimeWindow deletionHorizon(Instant now) {
    Instant start = null;
    Instant end = null;
    for (YearMonth month : affectedMonths(now)) {
      TimeWindow w = definition.window(month, zone);
      start = start == null || w.start().isBefore(start) ? w.start() : start;
      end = end == null || w.end().isAfter(end) ? w.end() : end;
    }
    return new TimeWindow(start, end);
  }

  /**
   * Whether the organization counts in each affected month if kept (its open links staying open) and once deleted at
   * {@code now} (its open links closed then).
   */
  List<MacEffect> effectsOfDeletion(List<Link> history, Instant now) {
    List<Link> afterDeletion = new ArrayList<>(history.size());
    for (Link link : history) {
      afterDeletion.add(link.isOpen() ? link.closedAt(now) : link);
    }
    List<MacEffect> effects = new ArrayList<>();
    for (YearMonth month : affectedMonths(now)) {
      TimeWindow window = definition.window(month, zone);
      effects.add(new MacEffect(month, !evidence(history, window).isEmpty(),
          !evidence(afterDeletion, window).isEmpty()));
    }
    return effects;
  }
}
