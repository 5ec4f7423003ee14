package org.consumerorgs.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.MacEffect;
import org.consumerorgs.domain.TimeWindow;
import org.consumerorgs.policy.MacDefinition;

/** Applies a {@link MacDefinition} to link history: the one place that decides who counts. */
public final class MacCalculator {
  private final MacDefinition definition;
  private final ZoneId zone;

  public MacCalculator(MacDefinition definition, ZoneId zone) {
    this.definition = definition;
    this.zone = zone;
  }

  /** The links of one organization that make it count for the window; empty if it does not count. */
  public List<Link> evidence(List<Link> linksOfOneOrganization, TimeWindow window) {
    List<Link> candidates = linksOfOneOrganization.stream().filter(l -> l.intersects(window)).toList();
    return candidates.isEmpty() ? List.of() : definition.evidence(candidates, window);
  }

  /** The months a deletion at {@code now} can change: the current one and the next. */
  public List<YearMonth> affectedMonths(Instant now) {
    YearMonth current = YearMonth.from(now.atZone(zone));
    return List.of(current, current.plusMonths(1));
  }

  /** One window covering what {@link #effectsOfDeletion} looks at, so its links can be read in one query. */
  public TimeWindow deletionHorizon(Instant now) {
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
  public List<MacEffect> effectsOfDeletion(List<Link> history, Instant now) {
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
