package org.consumerorgs.benchmarks;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.consumerorgs.Actor;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.LinkId;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.ShareId;

/**
 * The link history the Monthly Active Consumers benchmark reports on, generated with a fixed seed: {@code orgs}
 * organizations with ten link intervals each on twenty shares, from 2024 on. Each organization starts within the
 * first 400 days, then holds one share at a time for 1 to 90 days with up to 10 days between; three in ten keep
 * their last link open. The report is for {@link #MONTH}, in the middle of it all.
 *
 * <p>{@link #events()} is every change in time order (creations, links opened, links closed), encoded as
 * {@code second << 24 | kind << 22 | index}: what the SDK would have recorded had a host made these changes.
 */
final class MacHistory {
  static final ProviderId PROVIDER = ProviderId.of("mac-provider");
  static final Actor ACTOR = Actor.ofProvider(PROVIDER, "billing@mac-provider");
  static final int SHARES = 20;
  static final YearMonth MONTH = YearMonth.of(2025, 6);
  static final Instant BASE = Instant.parse("2024-01-01T00:00:00Z");
  static final long DAY = 86_400;

  /** Event kinds, in the order of events at the same second: a link closes before the next one opens. */
  static final int CREATED = 0;
  static final int CLOSED = 1;
  static final int OPENED = 2;

  final List<String> names;
  final String[] organizationIds;
  final long[] createdAt;
  final int[] organizationOf;
  final int[] shareOf;
  final String[] linkIds;
  final long[] openedAt;
  /** -1 while open. */
  final long[] closedAt;
  private final long[] events;

  MacHistory(int organizations, int intervals) {
    if (intervals % organizations != 0 || intervals / organizations < 1) {
      throw new IllegalArgumentException("intervals must be a multiple of organizations");
    }
    int perOrganization = intervals / organizations;
    Random random = new Random(0x4D4143L + organizations);
    names = CompanyNames.first(organizations);
    organizationIds = new String[organizations];
    createdAt = new long[organizations];
    organizationOf = new int[intervals];
    shareOf = new int[intervals];
    linkIds = new String[intervals];
    openedAt = new long[intervals];
    closedAt = new long[intervals];
    int link = 0;
    for (int org = 0; org < organizations; org++) {
      organizationIds[org] = uuid(random);
      long t = random.nextInt(400) * DAY + random.nextInt((int) DAY);
      createdAt[org] = t;
      int previousShare = -1;
      for (int k = 0; k < perOrganization; k++, link++) {
        int share;
        do {
          share = random.nextInt(SHARES);
        } while (share == previousShare);
        previousShare = share;
        organizationOf[link] = org;
        shareOf[link] = share;
        linkIds[link] = uuid(random);
        openedAt[link] = t;
        boolean last = k == perOrganization - 1;
        if (last && random.nextInt(10) < 3) {
          closedAt[link] = -1;
        } else {
          long duration = DAY + random.nextInt((int) (89 * DAY));
          closedAt[link] = t + duration;
          t = closedAt[link] + random.nextInt((int) (10 * DAY));
        }
      }
    }
    int closed = 0;
    for (long c : closedAt) {
      if (c >= 0) {
        closed++;
      }
    }
    events = new long[organizations + intervals + closed];
    int e = 0;
    for (int org = 0; org < organizations; org++) {
      events[e++] = createdAt[org] << 24 | (long) CREATED << 22 | org;
    }
    for (int i = 0; i < intervals; i++) {
      events[e++] = openedAt[i] << 24 | (long) OPENED << 22 | i;
      if (closedAt[i] >= 0) {
        events[e++] = closedAt[i] << 24 | (long) CLOSED << 22 | i;
      }
    }
    Arrays.sort(events);
  }

  long[] events() {
    return events;
  }

  static long second(long event) {
    return event >>> 24;
  }

  static int kind(long event) {
    return (int) (event >>> 22) & 3;
  }

  static int index(long event) {
    return (int) (event & ((1 << 22) - 1));
  }

  static Instant at(long second) {
    return BASE.plusSeconds(second);
  }

  static ShareId share(int i) {
    return ShareId.of("mac-share-" + i);
  }

  ConsumerOrganizationId organization(int org) {
    return ConsumerOrganizationId.of(organizationIds[org]);
  }

  LinkId linkId(int link) {
    return LinkId.of(linkIds[link]);
  }

  int intervals() {
    return openedAt.length;
  }

  /** How many organizations the default definition counts in {@link #MONTH}: linked at any moment of it. */
  int activeInMonth() {
    long start = MONTH.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().getEpochSecond() - BASE.getEpochSecond();
    long end = MONTH.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().getEpochSecond()
        - BASE.getEpochSecond();
    boolean[] active = new boolean[names.size()];
    for (int i = 0; i < openedAt.length; i++) {
      if (openedAt[i] < end && (closedAt[i] < 0 || (closedAt[i] > start && closedAt[i] > openedAt[i]))) {
        active[organizationOf[i]] = true;
      }
    }
    int count = 0;
    for (boolean a : active) {
      if (a) {
        count++;
      }
    }
    return count;
  }

  static String uuid(Random random) {
    return new UUID(random.nextLong(), random.nextLong()).toString();
  }
}
