package org.consumerorgs.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.ExternalId;
import org.consumerorgs.domain.NormalizedName;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.SearchHit;
import org.consumerorgs.spi.ExternalIdOutcome;
import org.consumerorgs.spi.InsertOutcome;
import org.consumerorgs.spi.Keyed;
import org.consumerorgs.spi.Keyset;
import org.consumerorgs.spi.OrganizationStore;
import org.consumerorgs.spi.PageQuery;
import org.consumerorgs.spi.RenameOutcome;
import org.consumerorgs.spi.SearchCriteria;
import org.consumerorgs.spi.StoredOrganization;

final class InMemoryOrganizationStore implements OrganizationStore {
  /**
   * At most this many live organizations outside an excluded share are searched one by one (about 60 ns each); with
   * more, the indexes skip the share's consumers on a bit each.
   */
  static final int FEW_LEFT = 512;

  private final InMemoryTransactions transactions;

  InMemoryOrganizationStore(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public InsertOutcome insert(ConsumerOrganization organization, NormalizedName name) {
    Transaction tx = transactions.writing();
    OrgTable table = tx.of(organization.providerId()).organizations;
    int holder = table.liveOrdinalOfKey(name.uniquenessKey());
    if (holder >= 0) {
      return new InsertOutcome.NameTaken(table.organization(holder));
    }
    if (organization.externalId().isPresent()) {
      int externalIdHolder = table.liveOrdinalOfExternalId(organization.externalId().get());
      if (externalIdHolder >= 0) {
        return new InsertOutcome.ExternalIdTaken(table.organization(externalIdHolder));
      }
    }
    if (table.ordinalOf(organization.id()) >= 0) {
      throw new IllegalStateException("organization id " + organization.id() + " was generated twice");
    }
    table.insert(organization, name, tx.undo);
    return new InsertOutcome.Inserted();
  }

  @Override
  public RenameOutcome rename(
      ProviderId provider, ConsumerOrganizationId id, long expectedVersion, NormalizedName newName, Instant at) {
    Transaction tx = transactions.writing();
    OrgTable table = tx.of(provider).organizations;
    int ordinal = table.ordinalOf(id);
    if (ordinal < 0 || !table.isLive(ordinal)) {
      return new RenameOutcome.NotFound();
    }
    if (table.version(ordinal) != expectedVersion) {
      return new RenameOutcome.VersionMismatch(table.version(ordinal));
    }
    int holder = table.liveOrdinalOfKey(newName.uniquenessKey());
    if (holder >= 0 && holder != ordinal) {
      return new RenameOutcome.NameTaken(table.organization(holder));
    }
    table.rename(ordinal, newName, at, tx.undo);
    return new RenameOutcome.Renamed(table.organization(ordinal));
  }

  @Override
  public ExternalIdOutcome changeExternalId(ProviderId provider, ConsumerOrganizationId id, long expectedVersion,
      Optional<ExternalId> newExternalId, Instant at) {
    Transaction tx = transactions.writing();
    OrgTable table = tx.of(provider).organizations;
    int ordinal = table.ordinalOf(id);
    if (ordinal < 0 || !table.isLive(ordinal)) {
      return new ExternalIdOutcome.NotFound();
    }
    if (table.version(ordinal) != expectedVersion) {
      return new ExternalIdOutcome.VersionMismatch(table.version(ordinal));
    }
    if (newExternalId.isPresent()) {
      int holder = table.liveOrdinalOfExternalId(newExternalId.get());
      if (holder >= 0 && holder != ordinal) {
        return new ExternalIdOutcome.ExternalIdTaken(table.organization(holder));
      }
    }
    table.changeExternalId(ordinal, newExternalId.map(ExternalId::value).orElse(null), at, tx.undo);
    return new ExternalIdOutcome.Changed(table.organization(ordinal));
  }

  @Override
  public Optional<ConsumerOrganization> findLiveByExternalId(ProviderId provider, ExternalId externalId) {
    OrgTable table = transactions.reading().of(provider).organizations;
    int ordinal = table.liveOrdinalOfExternalId(externalId);
    return ordinal >= 0 ? Optional.of(table.organization(ordinal)) : Optional.empty();
  }

  @Override
  public Optional<ConsumerOrganization> findLive(ProviderId provider, ConsumerOrganizationId id) {
    OrgTable table = transactions.reading().of(provider).organizations;
    int ordinal = table.ordinalOf(id);
    return ordinal >= 0 && table.isLive(ordinal) ? Optional.of(table.organization(ordinal)) : Optional.empty();
  }

  @Override
  public List<ConsumerOrganization> lockLive(ProviderId provider, Collection<ConsumerOrganizationId> ids) {
    // The provider's write lock, held for the whole transaction, already keeps them live and unchanged.
    OrgTable table = transactions.reading().of(provider).organizations;
    List<ConsumerOrganization> live = new ArrayList<>(ids.size());
    for (ConsumerOrganizationId id : Set.copyOf(ids)) {
      int ordinal = table.ordinalOf(id);
      if (ordinal >= 0 && table.isLive(ordinal)) {
        live.add(table.organization(ordinal));
      }
    }
    return live;
  }

  @Override
  public Optional<ConsumerOrganization> markDeleted(ProviderId provider, ConsumerOrganizationId id, Instant at) {
    Transaction tx = transactions.writing();
    OrgTable table = tx.of(provider).organizations;
    int ordinal = table.ordinalOf(id);
    if (ordinal < 0 || !table.isLive(ordinal)) {
      return Optional.empty();
    }
    ConsumerOrganization organization = table.organization(ordinal);
    table.markDeleted(ordinal, at, tx.undo);
    return Optional.of(organization);
  }

  @Override
  public Map<ConsumerOrganizationId, StoredOrganization> findIncludingDeleted(
      ProviderId provider, Collection<ConsumerOrganizationId> ids) {
    OrgTable table = transactions.reading().of(provider).organizations;
    Map<ConsumerOrganizationId, StoredOrganization> found = new HashMap<>();
    for (ConsumerOrganizationId id : ids) {
      int ordinal = table.ordinalOf(id);
      if (ordinal >= 0) {
        found.put(id, new StoredOrganization(table.organization(ordinal), Optional.ofNullable(table.deletedAt(ordinal))));
      }
    }
    return found;
  }

  @Override
  public List<Keyed<ConsumerOrganization>> listLive(ProviderId provider, PageQuery query) {
    OrgTable table = transactions.reading().of(provider).organizations;
    SortedOrdinals byName = table.index().byName();
    SortedOrdinals.Cursor cursor = query.after().isPresent()
        ? byName.from(after(table, query.after().get()))
        : byName.first();
    List<Keyed<ConsumerOrganization>> page = new ArrayList<>(Math.min(query.limit(), 64));
    while (cursor.hasNext() && page.size() < query.limit()) {
      int ordinal = cursor.next();
      page.add(new Keyed<>(table.organization(ordinal), table.keyset(ordinal)));
    }
    return page;
  }

  /** Finds the first ordinal strictly after a cursor's position. */
  static SortedOrdinals.Probe after(OrgTable table, Keyset position) {
    return ordinal -> table.compare(ordinal, position) <= 0 ? -1 : 1;
  }

  /**
   * Reads the indexes of {@link SearchIndex}; when a share to leave out holds nearly every organization, the few
   * others are read instead, so that the search does not wade through the share's consumers.
   */
  @Override
  public List<SearchHit> search(ProviderId provider, SearchCriteria criteria) {
    ProviderState state = transactions.reading().of(provider);
    OrgTable table = state.organizations;
    OrdinalSet excluded = criteria.excludeConsumersOf().map(state.openConsumersByShare::get).orElse(null);
    List<SearchIndex.Hit> hits = excluded != null && table.liveCount() - excluded.size() <= FEW_LEFT
        ? OutsideShareSearch.search(table, excluded, criteria.text(), criteria.limit())
        : table.index().search(criteria.text(), criteria.limit(), excluded);
    List<SearchHit> found = new ArrayList<>(hits.size());
    for (SearchIndex.Hit hit : hits) {
      found.add(new SearchHit(table.organization(hit.ordinal()), hit.kind()));
    }
    return found;
  }
}
