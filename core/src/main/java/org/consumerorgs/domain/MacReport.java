package org.consumerorgs.domain;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * Monthly Active Consumers: the consumer organizations a provider is billed for in a month, sorted by name, each with
 * its evidence. Computed from link history only, so a later delete never changes a past report.
 *
 * @param definition the description of the definition used
 * @param window the instants the definition looked at
 */
public record MacReport(
    ProviderId providerId,
    YearMonth month,
    ZoneId zone,
    String definition,
    TimeWindow window,
    List<ActiveConsumer> consumers) {

  /**
   * Checks the fields and copies the consumers, so that the report stays immutable.
   *
   * @param providerId the provider billed
   * @param month the calendar month
   * @param zone the time zone the month is counted in
   * @param definition the description of the definition used
   * @param window the instants the definition looked at
   * @param consumers the organizations that count, sorted by name
   */
  public MacReport {
    requireNonNull(providerId, "providerId");
    requireNonNull(month, "month");
    requireNonNull(zone, "zone");
    requireNonNull(definition, "definition");
    requireNonNull(window, "window");
    consumers = ImmutableList.copyOf(consumers);
  }

  /**
   * The number billed for.
   *
   * @return how many organizations count this month
   */
  public int count() {
    return consumers.size();
  }
}
