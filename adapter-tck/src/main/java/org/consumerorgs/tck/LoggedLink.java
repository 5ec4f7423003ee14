package org.consumerorgs.tck;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consumerorgs.domain.ChangeEvent;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.EventType;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.domain.ShareId;

/**
 * One link as the event log tells it: opened at a CONSUMER_ADDED, closed at the next CONSUMER_REMOVED of the same
 * (share, organization), if any. Lets a test check the store's link history against its log.
 */
record LoggedLink(ShareId share, ConsumerOrganizationId organization, Instant opened, Optional<Instant> closed) {

  /** Whether it gave access at some moment: still open, or closed after it opened. */
  boolean gaveAccess() {
    return closed.map(end -> end.isAfter(opened)).orElse(true);
  }

  /**
   * The links of a log, in log order of their opening; fails if the log opens a second link for a pair that has one
   * open, or closes one that is not open.
   */
  static List<LoggedLink> fromLog(List<RecordedEvent> events) {
    record Pair(ShareId share, ConsumerOrganizationId organization) {}
    Map<Pair, Integer> open = new LinkedHashMap<>();
    List<LoggedLink> links = new ArrayList<>();
    for (RecordedEvent recorded : events) {
      ChangeEvent event = recorded.event();
      if (event.type() != EventType.CONSUMER_ADDED && event.type() != EventType.CONSUMER_REMOVED) {
        continue;
      }
      Pair pair = new Pair(event.shareId().orElseThrow(), event.organizationId().orElseThrow());
      if (event.type() == EventType.CONSUMER_ADDED) {
        if (open.containsKey(pair)) {
          fail("event " + recorded.sequence() + " opens a second link for " + pair + " while one is open");
        }
        open.put(pair, links.size());
        links.add(new LoggedLink(pair.share(), pair.organization(), event.occurredAt(), Optional.empty()));
      } else {
        Integer index = open.remove(pair);
        if (index == null) {
          fail("event " + recorded.sequence() + " closes a link of " + pair + " that is not open");
        }
        LoggedLink opened = links.get(index);
        links.set(index, new LoggedLink(pair.share(), pair.organization(), opened.opened(),
            Optional.of(event.occurredAt())));
      }
    }
    return links;
  }
}
