package org.consumerorgs.policy;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.TimeWindow;

/**
 * What makes a consumer organization count as active in a month, for the Monthly Active Consumers report.
 *
 * <p>The SDK reads the links that intersect {@link #window}, groups them by organization, and asks {@link #evidence}
 * which of them make the organization count; an organization with no evidence does not count. A host can implement
 * its own definition (for example "linked for at least a week of the month") from those two methods.
 */
public interface MacDefinition {

  /** {@return a sentence for reports, such as "linked to at least one share at any moment of the month"} */
  String description();

  /**
   * The time the definition looks at for {@code month} in {@code zone}; only links intersecting it are read.
   *
   * @param month the calendar month
   * @param zone where the month begins and ends
   * @return the window
   */
  TimeWindow window(YearMonth month, ZoneId zone);

  /**
   * The links among {@code links} (all of one organization, all intersecting {@code window}) that make it count, in
   * the order given; empty when it does not count.
   *
   * @param links the organization's links in the window
   * @param window the window of the month
   * @return the links that make it count; the default: every link given that intersects the window
   */
  default List<Link> evidence(List<Link> links, TimeWindow window) {
    // No stream, and no copy of an immutable list that loses nothing: a report asks this for each of up to 10^5
    // organizations, most with one or two links, all in the window.
    for (Link link : links) {
      if (!link.intersects(window)) {
        return links.stream().filter(l -> l.intersects(window)).collect(toImmutableList());
      }
    }
    return ImmutableList.copyOf(links);
  }

  /**
   * The default: linked to at least one of the provider's shares at any moment of the month.
   *
   * @return the definition
   */
  static MacDefinition linkedAnyTimeInMonth() {
    return MacDefinitions.ANY_TIME_IN_MONTH;
  }

  /**
   * Linked to at least one share at the month's last moment (the last microsecond before the next month).
   *
   * @return the definition
   */
  static MacDefinition linkedAtMonthEnd() {
    return MacDefinitions.AT_MONTH_END;
  }
}
