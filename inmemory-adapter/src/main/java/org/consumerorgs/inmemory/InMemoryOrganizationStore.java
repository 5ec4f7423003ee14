package org.consumerorgs.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.MatchKind;
import org.consumerorgs.domain.NormalizedName;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.SearchHit;
import org.consumerorgs.inmemory.ProviderState.StoredOrg;
import org.consumerorgs.spi.InsertOutcome;
import org.consumerorgs.spi.Keyed;
import org.consumerorgs.spi.Keyset;
import org.consumerorgs.spi.OrganizationStore;
import org.consumerorgs.spi.PageQuery;
import org.consumerorgs.spi.RenameOutcome;
import org.consumerorgs.spi.SearchCriteria;
import org.consumerorgs.spi.StoredOrganization;

final class InMemoryOrganizationStore implements OrganizationStore {
  private final InMemoryTransactions transactions;

  InMemoryOrganizationStore(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public InsertOutcome insert(ConsumerOrganization organization, NormalizedName name) {
    Transaction tx = transactions.current();
    ProviderState state = tx.forWrite(organization.providerId());
    ConsumerOrganizationId holder = state.liveOrganizationByKey.get(name.uniquenessKey());
    if (holder != null) {
      return new InsertOutcome.NameTaken(state.organizations.get(holder).organization());
    }
    if (state.organizations.containsKey(organization.id())) {
      throw new IllegalStateException("organization id " + organization.id() + " was generated twice");
    }
    StoredOrg stored = new StoredOrg(organization, name, null);
    tx.undo.put(state.organizations, organization.id(), stored);
    tx.undo.put(state.liveOrganizationByKey, name.uniquenessKey(), organization.id());
    tx.undo.put(state.liveOrganizationsByName, stored.keyset(), organization.id());
    return new InsertOutcome.Inserted();
  }

  @Override
  public RenameOutcome rename(
      ProviderId provider, ConsumerOrganizationId id, long expectedVersion, NormalizedName newName, Instant at) {
    Transaction tx = transactions.current();
    ProviderState state = tx.forWrite(provider);
    StoredOrg stored = state.organizations.get(id);
    if (stored == null || !stored.live()) {
      return new RenameOutcome.NotFound();
    }
    if (stored.organization().version() != expectedVersion) {
      return new RenameOutcome.VersionMismatch(stored.organization().version());
    }
    ConsumerOrganizationId holder = state.liveOrganizationByKey.get(newName.uniquenessKey());
    if (holder != null && !holder.equals(id)) {
      return new RenameOutcome.NameTaken(state.organizations.get(holder).organization());
    }
    ConsumerOrganization renamed = stored.organization().renamed(newName.value(), at);
    StoredOrg updated = new StoredOrg(renamed, newName, null);
    tx.undo.remove(state.liveOrganizationByKey, stored.name().uniquenessKey());
    tx.undo.remove(state.liveOrganizationsByName, stored.keyset());
    tx.undo.put(state.organizations, id, updated);
    tx.undo.put(state.liveOrganizationByKey, newName.uniquenessKey(), id);
    tx.undo.put(state.liveOrganizationsByName, updated.keyset(), id);
    return new RenameOutcome.Renamed(renamed);
  }

  @Override
  public Optional<ConsumerOrganization> findLive(ProviderId provider, ConsumerOrganizationId id) {
    StoredOrg stored = transactions.current().forRead(provider).organizations.get(id);
    return stored != null && stored.live() ? Optional.of(stored.organization()) : Optional.empty();
  }

  @Override
  public List<ConsumerOrganization> lockLive(ProviderId provider, Collection<ConsumerOrganizationId> ids) {
    // The provider's write lock, held for the whole transaction, already keeps them live and unchanged.
    ProviderState state = transactions.current().forRead(provider);
    List<ConsumerOrganization> live = new ArrayList<>(ids.size());
    for (ConsumerOrganizationId id : Set.copyOf(ids)) {
      StoredOrg stored = state.organizations.get(id);
      if (stored != null && stored.live()) {
        live.add(stored.organization());
      }
    }
    return live;
  }

  @Override
  public Optional<ConsumerOrganization> markDeleted(ProviderId provider, ConsumerOrganizationId id, Instant at) {
    Transaction tx = transactions.current();
    ProviderState state = tx.forWrite(provider);
    StoredOrg stored = state.organizations.get(id);
    if (stored == null || !stored.live()) {
      return Optional.empty();
    }
    tx.undo.put(state.organizations, id, new StoredOrg(stored.organization(), stored.name(), at));
    tx.undo.remove(state.liveOrganizationByKey, stored.name().uniquenessKey());
    tx.undo.remove(state.liveOrganizationsByName, stored.keyset());
    return Optional.of(stored.organization());
  }

  @Override
  public Map<ConsumerOrganizationId, StoredOrganization> findIncludingDeleted(
      ProviderId provider, Collection<ConsumerOrganizationId> ids) {
    ProviderState state = transactions.current().forRead(provider);
    Map<ConsumerOrganizationId, StoredOrganization> found = new HashMap<>();
    for (ConsumerOrganizationId id : ids) {
      StoredOrg stored = state.organizations.get(id);
      if (stored != null) {
        found.put(id, new StoredOrganization(stored.organization(), Optional.ofNullable(stored.deletedAt())));
      }
    }
    return found;
  }

  @Override
  public List<Keyed<ConsumerOrganization>> listLive(ProviderId provider, PageQuery query) {
    ProviderState state = transactions.current().forRead(provider);
    return NameOrderedIndex.page(state.liveOrganizationsByName, query, id -> state.organizations.get(id).organization());
  }

  /**
   * Exact and prefix hits lie in one contiguous range of the name order, so they are read from there; only when they
   * do not fill the limit are the other names scanned for word-prefix and anywhere hits.
   */
  @Override
  public List<SearchHit> search(ProviderId provider, SearchCriteria criteria) {
    ProviderState state = transactions.current().forRead(provider);
    String text = criteria.text();
    Set<ConsumerOrganizationId> excluded = criteria.excludeConsumersOf()
        .map(share -> state.openConsumersByShare.getOrDefault(share, Set.of()))
        .orElse(Set.of());
    int limit = criteria.limit();
    Map<MatchKind, List<SearchHit>> hits = new EnumMap<>(MatchKind.class);
    for (MatchKind kind : MatchKind.values()) {
      hits.put(kind, new ArrayList<>());
    }

    int leading = 0;
    for (Map.Entry<Keyset, ConsumerOrganizationId> entry
        : state.liveOrganizationsByName.tailMap(new Keyset(text, ""), true).entrySet()) {
      String key = entry.getKey().sortKey();
      if (!key.startsWith(text) || leading == limit) {
        break;
      }
      if (!excluded.contains(entry.getValue())) {
        MatchKind kind = key.length() == text.length() && !text.isEmpty() ? MatchKind.EXACT : MatchKind.PREFIX;
        hits.get(kind).add(hit(state, entry.getValue(), kind));
        leading++;
      }
    }

    if (leading < limit && !text.isEmpty()) {
      String wordStart = " " + text;
      int rest = limit - leading;
      for (Map.Entry<Keyset, ConsumerOrganizationId> entry : state.liveOrganizationsByName.entrySet()) {
        if (hits.get(MatchKind.WORD_PREFIX).size() >= rest) {
          break;
        }
        String key = entry.getKey().sortKey();
        if (key.startsWith(text) || excluded.contains(entry.getValue())) {
          continue;
        }
        if (key.contains(wordStart)) {
          hits.get(MatchKind.WORD_PREFIX).add(hit(state, entry.getValue(), MatchKind.WORD_PREFIX));
        } else if (key.contains(text) && hits.get(MatchKind.ANYWHERE).size() < rest) {
          hits.get(MatchKind.ANYWHERE).add(hit(state, entry.getValue(), MatchKind.ANYWHERE));
        }
      }
    }

    List<SearchHit> ranked = new ArrayList<>(limit);
    for (MatchKind kind : MatchKind.values()) {
      for (SearchHit hit : hits.get(kind)) {
        if (ranked.size() == limit) {
          return ranked;
        }
        ranked.add(hit);
      }
    }
    return ranked;
  }

  private static SearchHit hit(ProviderState state, ConsumerOrganizationId id, MatchKind kind) {
    return new SearchHit(state.organizations.get(id).organization(), kind);
  }
}
