package org.consumerorgs.inmemory;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.NormalizedName;
import org.consumerorgs.domain.Provider;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.spi.Keyset;
import org.consumerorgs.spi.KeysetOrder;
import org.jspecify.annotations.Nullable;

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

  final LinkTable links;
  /** The ordinals of each share's open consumers. */
  final Map<ShareId, OrdinalSet> openConsumersByShare = new HashMap<>();

  final EventLog events;

  ProviderState(ProviderId id) {
    organizations = new OrgTable(id);
    links = new LinkTable(id, organizations);
    events = new EventLog(id, organizations);
  }

  static Keyset keyset(NormalizedName name, String id) {
    return new Keyset(name.searchKey(), id);
  }

  OrdinalSet openConsumersOf(ShareId share) {
    return openConsumersByShare.computeIfAbsent(share, k -> new OrdinalSet());
  }

  /** The shares the organization has an open link to, read from its link history (histories are short). */
  Set<ShareId> openSharesOf(ConsumerOrganizationId org) {
    Set<ShareId> open = new HashSet<>();
    int ordinal = organizations.ordinalOf(org);
    for (int l = ordinal < 0 ? -1 : links.newest(ordinal); l >= 0; l = links.previous(l)) {
      if (links.isOpen(l)) {
        open.add(links.share(l));
      }
    }
    return open;
  }

  /** A share as stored: the value, its name's keys, and when it was deleted (null while live). */
  record StoredShare(Share share, NormalizedName name, @Nullable Instant deletedAt) {
    boolean live() {
      return deletedAt == null;
    }

    Keyset keyset() {
      return ProviderState.keyset(name, share.id().value());
    }
  }
}
