package org.consumerorgs.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.consumerorgs.domain.NormalizedName;
import org.consumerorgs.policy.NamingPolicy;

/**
 * The in-memory baseline: the least a thread-safe store needs to do the three operations correctly, on
 * {@link ConcurrentHashMap}s. It makes the same checks as the SDK: the name through the SDK's naming policy, its folded
 * key unique among live organizations (claimed with {@code putIfAbsent}), the version on rename (a compare-and-set
 * of the organization), one open link per pair ({@code putIfAbsent}), and every change appended as an event with
 * the next sequence number. It keeps no name order (the SDK's in-memory adapter keeps one for list and search) and
 * no undo log (its operations change one key each, or undo their one claim themselves).
 */
final class MapBaseline {
  private static final NamingPolicy NAMING = NamingPolicy.defaults();
  private static final Clock CLOCK = Clock.systemUTC();

  record Organization(String id, NormalizedName name, long version, Instant createdAt, Instant updatedAt) {}

  record OpenLink(String id, String share, String organization, Instant openedAt) {}

  record Event(long sequence, String type, Instant at, String actor, String organization, String share,
      Map<String, String> before, Map<String, String> after) {}

  private final String actor;
  private final ConcurrentHashMap<String, String> idByKey = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Organization> organizations = new ConcurrentHashMap<>();
  private final Set<String> shares = ConcurrentHashMap.newKeySet();
  private final ConcurrentHashMap<String, OpenLink> openLinks = new ConcurrentHashMap<>();
  private final List<Event> events = new ArrayList<>();

  MapBaseline(String actor) {
    this.actor = actor;
  }

  void registerShare(String share) {
    shares.add(share);
  }

  String create(String rawName) {
    NormalizedName name = NAMING.check(rawName);
    String id = UUID.randomUUID().toString();
    Instant now = now();
    if (idByKey.putIfAbsent(name.uniquenessKey(), id) != null) {
      throw new IllegalStateException("name taken: " + name);
    }
    organizations.put(id, new Organization(id, name, 1, now, now));
    append("ORGANIZATION_CREATED", now, id, null, Map.of(), Map.of("name", name.value(), "version", "1"));
    return id;
  }

  long rename(String id, long expectedVersion, String rawName) {
    NormalizedName name = NAMING.check(rawName);
    Instant now = now();
    Organization current = organizations.get(id);
    if (current == null) {
      throw new IllegalStateException("no organization " + id);
    }
    if (current.version() != expectedVersion) {
      throw new IllegalStateException("stale version " + expectedVersion + " of " + id);
    }
    boolean newKey = !current.name().uniquenessKey().equals(name.uniquenessKey());
    if (newKey) {
      String holder = idByKey.putIfAbsent(name.uniquenessKey(), id);
      if (holder != null && !holder.equals(id)) {
        throw new IllegalStateException("name taken: " + name);
      }
    }
    Organization renamed = new Organization(id, name, expectedVersion + 1, current.createdAt(), now);
    if (!organizations.replace(id, current, renamed)) {
      if (newKey) {
        idByKey.remove(name.uniquenessKey(), id);
      }
      throw new IllegalStateException("stale version " + expectedVersion + " of " + id);
    }
    if (newKey) {
      idByKey.remove(current.name().uniquenessKey(), id);
    }
    append("ORGANIZATION_RENAMED", now, id, null,
        Map.of("name", current.name().value(), "version", Long.toString(expectedVersion)),
        Map.of("name", name.value(), "version", Long.toString(expectedVersion + 1)));
    return expectedVersion + 1;
  }

  /** Links an organization to a share; false if it already was. */
  boolean add(String share, String organization) {
    if (!shares.contains(share)) {
      throw new IllegalStateException("no share " + share);
    }
    if (!organizations.containsKey(organization)) {
      throw new IllegalStateException("no organization " + organization);
    }
    Instant now = now();
    OpenLink link = new OpenLink(UUID.randomUUID().toString(), share, organization, now);
    if (openLinks.putIfAbsent(share + '\u0000' + organization, link) != null) {
      return false;
    }
    append("CONSUMER_ADDED", now, organization, share, Map.of(),
        Map.of("link", link.id(), "openedAt", now.toString()));
    return true;
  }

  private void append(String type, Instant at, String organization, String share, Map<String, String> before,
      Map<String, String> after) {
    synchronized (events) {
      events.add(new Event(events.size() + 1L, type, at, actor, organization, share, before, after));
    }
  }

  private static Instant now() {
    return CLOCK.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
