package org.consumerorgs.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.LinkId;
import org.consumerorgs.domain.NormalizedName;
import org.consumerorgs.domain.Provider;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.spi.Keyset;
import org.consumerorgs.spi.KeysetOrder;

/**
 * Everything one provider has, guarded by {@link #lock}. Plain collections: the lock, not the collections, makes
 * access safe, and every write goes through a transaction's undo log.
 */
final class ProviderState {
  final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  /** Holds the provider under the key "self" once registered; a map so that the undo log can take it back. */
  final Map<String, Provider> provider = new HashMap<>(1);

  final Map<ShareId, StoredShare> shares = new HashMap<>();
  final TreeMap<Keyset, ShareId> liveSharesByName = new TreeMap<>(KeysetOrder.KEYSET_ORDER);

  final OrgTable organizations;

  final Map<LinkId, Link> links = new HashMap<>();
  final Map<ConsumerOrganizationId, List<LinkId>> linkHistoryByOrganization = new HashMap<>();
  final Map<Pair, LinkId> openLinkByPair = new HashMap<>();
  /** The ordinals of each share's open consumers. */
  final Map<ShareId, OrdinalSet> openConsumersByShare = new HashMap<>();

  final EventLog events;

  ProviderState(ProviderId id) {
    organizations = new OrgTable(id);
    events = new EventLog(id);
  }

  static Keyset keyset(NormalizedName name, String id) {
    return new Keyset(name.searchKey(), id);
  }

  OrdinalSet openConsumersOf(ShareId share) {
    return openConsumersByShare.computeIfAbsent(share, k -> new OrdinalSet());
  }

  /**
   * The shares the organization has an open link to, read from its link history: a set per organization kept
   * beside it cost some 200 bytes each, and histories are short. A fresh set: closing links does not change it.
   */
  Set<ShareId> openSharesOf(ConsumerOrganizationId org) {
    Set<ShareId> open = new HashSet<>();
    for (LinkId id : linkHistoryByOrganization.getOrDefault(org, List.of())) {
      Link link = links.get(id);
      if (link.isOpen()) {
        open.add(link.shareId());
      }
    }
    return open;
  }

  /** Most organizations have one link: the list starts with room for one. */
  List<LinkId> historyOf(ConsumerOrganizationId org) {
    return linkHistoryByOrganization.computeIfAbsent(org, k -> new ArrayList<>(1));
  }

  /** A share as stored: the value, its name's keys, and when it was deleted (null while live). */
  record StoredShare(Share share, NormalizedName name, Instant deletedAt) {
    boolean live() {
      return deletedAt == null;
    }

    Keyset keyset() {
      return ProviderState.keyset(name, share.id().value());
    }
  }

  /** A (share, organization) pair: at most one open link each. */
  record Pair(ShareId share, ConsumerOrganizationId organization) {}
}
