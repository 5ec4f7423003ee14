package org.consumerorgs.chaos;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.ShareId;

/**
 * What the workload's threads have seen of the provider's data, shared between them so that their calls name the
 * same organizations and shares: organization ids with the last version seen, and share ids. It may be out of date
 * (another thread deleted, renamed); the calls are meant to meet such conflicts.
 */
final class Sightings {
  private final ConcurrentHashMap<ConsumerOrganizationId, Long> versions = new ConcurrentHashMap<>();
  private final List<ShareId> shares = new CopyOnWriteArrayList<>();
  private final AtomicInteger shareNumbers = new AtomicInteger();

  void saw(ConsumerOrganization org) {
    versions.merge(org.id(), org.version(), Math::max);
  }

  void saw(ConsumerOrganizationId id, long version) {
    versions.merge(id, version, Math::max);
  }

  void gone(ConsumerOrganizationId id) {
    versions.remove(id);
  }

  Optional<ConsumerOrganizationId> anyOrganization(Random random) {
    List<ConsumerOrganizationId> ids = new ArrayList<>(versions.keySet());
    ids.sort(Comparator.comparing(ConsumerOrganizationId::value));
    return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(random.nextInt(ids.size())));
  }

  long versionOf(ConsumerOrganizationId id) {
    return versions.getOrDefault(id, 1L);
  }

  synchronized void sawShare(ShareId id) {
    if (!shares.contains(id)) {
      shares.add(id);
    }
  }

  void shareGone(ShareId id) {
    shares.remove(id);
  }

  Optional<ShareId> anyShare(Random random) {
    List<ShareId> now = List.copyOf(shares);
    return now.isEmpty() ? Optional.empty() : Optional.of(now.get(random.nextInt(now.size())));
  }

  ShareId newShareId() {
    return ShareId.of("chaos-share-" + shareNumbers.incrementAndGet());
  }

  /**
   * A new share id, counted as seen at once, while fewer than {@code count} shares are seen; so that threads racing to
   * top the shares up do not all register one.
   */
  synchronized Optional<ShareId> newShareIdBelow(int count) {
    if (shares.size() >= count) {
      return Optional.empty();
    }
    ShareId id = newShareId();
    shares.add(id);
    return Optional.of(id);
  }
}
