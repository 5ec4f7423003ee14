package org.consumerorgs.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consumerorgs.domain.NormalizedName;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.inmemory.ProviderState.StoredShare;
import org.consumerorgs.spi.Keyed;
import org.consumerorgs.spi.Keyset;
import org.consumerorgs.spi.PageQuery;
import org.consumerorgs.spi.ShareStore;

final class InMemoryShareStore implements ShareStore {
  private final InMemoryTransactions transactions;

  InMemoryShareStore(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public boolean insert(Share share, NormalizedName name) {
    Transaction tx = transactions.writing();
    ProviderState state = tx.of(share.providerId());
    if (state.shares.containsKey(share.id())) {
      return false;
    }
    StoredShare stored = new StoredShare(share, name, null);
    tx.undo.put(state.shares, share.id(), stored);
    tx.undo.put(state.liveSharesByName, stored.keyset(), share.id());
    return true;
  }

  @Override
  public Optional<Share> findLive(ProviderId provider, ShareId id) {
    StoredShare stored = transactions.reading().of(provider).shares.get(id);
    return stored != null && stored.live() ? Optional.of(stored.share()) : Optional.empty();
  }

  @Override
  public Optional<Share> lockLive(ProviderId provider, ShareId id) {
    // The provider's write lock, held for the whole transaction, already keeps it live.
    return findLive(provider, id);
  }

  @Override
  public List<Share> findLive(ProviderId provider, Collection<ShareId> ids) {
    ProviderState state = transactions.reading().of(provider);
    List<Share> found = new ArrayList<>();
    for (ShareId id : ids) {
      StoredShare stored = state.shares.get(id);
      if (stored != null && stored.live()) {
        found.add(stored.share());
      }
    }
    return found;
  }

  @Override
  public boolean markDeleted(ProviderId provider, ShareId id, Instant at) {
    Transaction tx = transactions.writing();
    ProviderState state = tx.of(provider);
    StoredShare stored = state.shares.get(id);
    if (stored == null || !stored.live()) {
      return false;
    }
    tx.undo.put(state.shares, id, new StoredShare(stored.share(), stored.name(), at));
    tx.undo.remove(state.liveSharesByName, stored.keyset());
    return true;
  }

  @Override
  public List<Keyed<Share>> listLive(ProviderId provider, PageQuery query) {
    ProviderState state = transactions.reading().of(provider);
    return NameOrderedIndex.page(state.liveSharesByName, query, id -> state.shares.get(id).share());
  }
}
