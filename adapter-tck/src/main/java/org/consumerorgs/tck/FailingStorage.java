package org.consumerorgs.tck;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.consumerorgs.domain.ChangeEvent;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.ExternalId;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.NormalizedName;
import org.consumerorgs.domain.Provider;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.domain.SearchHit;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.domain.TimeWindow;
import org.consumerorgs.spi.EventStore;
import org.consumerorgs.spi.ExternalIdOutcome;
import org.consumerorgs.spi.InsertOutcome;
import org.consumerorgs.spi.Keyed;
import org.consumerorgs.spi.LinkStore;
import org.consumerorgs.spi.LinkedOrganization;
import org.consumerorgs.spi.OrganizationStore;
import org.consumerorgs.spi.PageQuery;
import org.consumerorgs.spi.ProviderStore;
import org.consumerorgs.spi.RenameOutcome;
import org.consumerorgs.spi.SearchCriteria;
import org.consumerorgs.spi.ShareStore;
import org.consumerorgs.spi.Storage;
import org.consumerorgs.spi.StoredOrganization;
import org.consumerorgs.spi.TransactionBoundary;

/**
 * An adapter's {@link Storage} with one failure planted in it: it passes every call through, except that the chosen
 * port method throws the given exception once, before or after it has done its work. A failure after the work is the
 * hard case for an adapter: the write happened inside the transaction, and the transaction must take it back.
 */
public final class FailingStorage implements Storage {

  /** Every port method a failure can be planted in. */
  public enum Call {
    PROVIDER_INSERT,
    PROVIDER_FIND,
    SHARE_INSERT,
    SHARE_FIND_LIVE,
    SHARE_LOCK_LIVE,
    SHARE_FIND_LIVE_MANY,
    SHARE_MARK_DELETED,
    SHARE_LIST_LIVE,
    ORGANIZATION_INSERT,
    ORGANIZATION_RENAME,
    ORGANIZATION_FIND_LIVE,
    ORGANIZATION_LOCK_LIVE,
    ORGANIZATION_MARK_DELETED,
    ORGANIZATION_FIND_INCLUDING_DELETED,
    ORGANIZATION_LIST_LIVE,
    ORGANIZATION_SEARCH,
    ORGANIZATION_CHANGE_EXTERNAL_ID,
    ORGANIZATION_FIND_LIVE_BY_EXTERNAL_ID,
    LINK_OPEN_ALL,
    LINK_CLOSE,
    LINK_CLOSE_ALL_OF_ORGANIZATION,
    LINK_CLOSE_ALL_OF_SHARE,
    LINK_OPEN_LINKS_OF_ORGANIZATION,
    LINK_LINKS_OF_ORGANIZATION,
    LINK_CONSUMERS_OF,
    LINK_SHARES_OF,
    LINK_FOR_EACH_LINKED_ORGANIZATION,
    EVENT_APPEND,
    EVENT_READ
  }

  /** The failure a test plants: a type of its own, so that it cannot be mistaken for one the SDK raised. */
  public static final class InjectedFailure extends RuntimeException {
    public InjectedFailure(Call call) {
      super("failure injected into " + call);
    }
  }

  private record Plan(Call call, boolean afterWork, RuntimeException failure) {}

  private final Storage delegate;
  private final AtomicReference<Plan> plan = new AtomicReference<>();
  private final ProviderStore providers;
  private final ShareStore shares;
  private final OrganizationStore organizations;
  private final LinkStore links;
  private final EventStore events;

  public FailingStorage(Storage delegate) {
    this.delegate = requireNonNull(delegate, "delegate");
    this.providers = new FailingProviders(delegate.providers());
    this.shares = new FailingShares(delegate.shares());
    this.organizations = new FailingOrganizations(delegate.organizations());
    this.links = new FailingLinks(delegate.links());
    this.events = new FailingEvents(delegate.events());
  }

  /** The next call of {@code call} throws {@code failure} without doing its work. */
  public void failBefore(Call call, RuntimeException failure) {
    plant(new Plan(requireNonNull(call, "call"), false, requireNonNull(failure, "failure")));
  }

  /** The next call of {@code call} does its work, then throws {@code failure} instead of returning. */
  public void failAfter(Call call, RuntimeException failure) {
    plant(new Plan(requireNonNull(call, "call"), true, requireNonNull(failure, "failure")));
  }

  /** Whether a planted failure is still waiting for its call. */
  public boolean armed() {
    return plan.get() != null;
  }

  private void plant(Plan next) {
    if (!plan.compareAndSet(null, next)) {
      throw new IllegalStateException("a failure is already planted: " + plan.get().call());
    }
  }

  private <T> T call(Call call, Supplier<T> work) {
    Plan planned = plan.get();
    if (planned == null || planned.call() != call || !plan.compareAndSet(planned, null)) {
      return work.get();
    }
    if (planned.afterWork()) {
      work.get();
    }
    throw planned.failure();
  }

  private void run(Call call, Runnable work) {
    call(call, () -> {
      work.run();
      return null;
    });
  }

  @Override
  public TransactionBoundary transactions() {
    return delegate.transactions();
  }

  @Override
  public ProviderStore providers() {
    return providers;
  }

  @Override
  public ShareStore shares() {
    return shares;
  }

  @Override
  public OrganizationStore organizations() {
    return organizations;
  }

  @Override
  public LinkStore links() {
    return links;
  }

  @Override
  public EventStore events() {
    return events;
  }

  @Override
  public byte[] cursorKey() {
    return delegate.cursorKey();
  }

  private final class FailingProviders implements ProviderStore {
    private final ProviderStore store;

    FailingProviders(ProviderStore store) {
      this.store = store;
    }

    @Override
    public boolean insert(Provider provider) {
      return call(Call.PROVIDER_INSERT, () -> store.insert(provider));
    }

    @Override
    public Optional<Provider> find(ProviderId id) {
      return call(Call.PROVIDER_FIND, () -> store.find(id));
    }
  }

  private final class FailingShares implements ShareStore {
    private final ShareStore store;

    FailingShares(ShareStore store) {
      this.store = store;
    }

    @Override
    public boolean insert(Share share, NormalizedName name) {
      return call(Call.SHARE_INSERT, () -> store.insert(share, name));
    }

    @Override
    public Optional<Share> findLive(ProviderId provider, ShareId id) {
      return call(Call.SHARE_FIND_LIVE, () -> store.findLive(provider, id));
    }

    @Override
    public Optional<Share> lockLive(ProviderId provider, ShareId id) {
      return call(Call.SHARE_LOCK_LIVE, () -> store.lockLive(provider, id));
    }

    @Override
    public List<Share> findLive(ProviderId provider, Collection<ShareId> ids) {
      return call(Call.SHARE_FIND_LIVE_MANY, () -> store.findLive(provider, ids));
    }

    @Override
    public boolean markDeleted(ProviderId provider, ShareId id, Instant at) {
      return call(Call.SHARE_MARK_DELETED, () -> store.markDeleted(provider, id, at));
    }

    @Override
    public List<Keyed<Share>> listLive(ProviderId provider, PageQuery query) {
      return call(Call.SHARE_LIST_LIVE, () -> store.listLive(provider, query));
    }
  }

  private final class FailingOrganizations implements OrganizationStore {
    private final OrganizationStore store;

    FailingOrganizations(OrganizationStore store) {
      this.store = store;
    }

    @Override
    public InsertOutcome insert(ConsumerOrganization organization, NormalizedName name) {
      return call(Call.ORGANIZATION_INSERT, () -> store.insert(organization, name));
    }

    @Override
    public RenameOutcome rename(
        ProviderId provider, ConsumerOrganizationId id, long expectedVersion, NormalizedName newName, Instant at) {
      return call(Call.ORGANIZATION_RENAME, () -> store.rename(provider, id, expectedVersion, newName, at));
    }

    @Override
    public ExternalIdOutcome changeExternalId(ProviderId provider, ConsumerOrganizationId id, long expectedVersion,
        Optional<ExternalId> newExternalId, Instant at) {
      return call(Call.ORGANIZATION_CHANGE_EXTERNAL_ID,
          () -> store.changeExternalId(provider, id, expectedVersion, newExternalId, at));
    }

    @Override
    public Optional<ConsumerOrganization> findLiveByExternalId(ProviderId provider, ExternalId externalId) {
      return call(Call.ORGANIZATION_FIND_LIVE_BY_EXTERNAL_ID, () -> store.findLiveByExternalId(provider, externalId));
    }

    @Override
    public Optional<ConsumerOrganization> findLive(ProviderId provider, ConsumerOrganizationId id) {
      return call(Call.ORGANIZATION_FIND_LIVE, () -> store.findLive(provider, id));
    }

    @Override
    public List<ConsumerOrganization> lockLive(ProviderId provider, Collection<ConsumerOrganizationId> ids) {
      return call(Call.ORGANIZATION_LOCK_LIVE, () -> store.lockLive(provider, ids));
    }

    @Override
    public Optional<ConsumerOrganization> markDeleted(ProviderId provider, ConsumerOrganizationId id, Instant at) {
      return call(Call.ORGANIZATION_MARK_DELETED, () -> store.markDeleted(provider, id, at));
    }

    @Override
    public Map<ConsumerOrganizationId, StoredOrganization> findIncludingDeleted(
        ProviderId provider, Collection<ConsumerOrganizationId> ids) {
      return call(Call.ORGANIZATION_FIND_INCLUDING_DELETED, () -> store.findIncludingDeleted(provider, ids));
    }

    @Override
    public List<Keyed<ConsumerOrganization>> listLive(ProviderId provider, PageQuery query) {
      return call(Call.ORGANIZATION_LIST_LIVE, () -> store.listLive(provider, query));
    }

    @Override
    public List<SearchHit> search(ProviderId provider, SearchCriteria criteria) {
      return call(Call.ORGANIZATION_SEARCH, () -> store.search(provider, criteria));
    }
  }

  private final class FailingLinks implements LinkStore {
    private final LinkStore store;

    FailingLinks(LinkStore store) {
      this.store = store;
    }

    @Override
    public List<Link> openAll(List<Link> links) {
      return call(Call.LINK_OPEN_ALL, () -> store.openAll(links));
    }

    @Override
    public Optional<Link> close(ProviderId provider, ShareId share, ConsumerOrganizationId organization, Instant at) {
      return call(Call.LINK_CLOSE, () -> store.close(provider, share, organization, at));
    }

    @Override
    public List<Link> closeAllOfOrganization(ProviderId provider, ConsumerOrganizationId organization, Instant at) {
      return call(Call.LINK_CLOSE_ALL_OF_ORGANIZATION, () -> store.closeAllOfOrganization(provider, organization, at));
    }

    @Override
    public List<Link> closeAllOfShare(ProviderId provider, ShareId share, Instant at) {
      return call(Call.LINK_CLOSE_ALL_OF_SHARE, () -> store.closeAllOfShare(provider, share, at));
    }

    @Override
    public List<Link> openLinksOfOrganization(ProviderId provider, ConsumerOrganizationId organization) {
      return call(Call.LINK_OPEN_LINKS_OF_ORGANIZATION, () -> store.openLinksOfOrganization(provider, organization));
    }

    @Override
    public List<Link> linksOfOrganization(
        ProviderId provider, ConsumerOrganizationId organization, TimeWindow window) {
      return call(Call.LINK_LINKS_OF_ORGANIZATION, () -> store.linksOfOrganization(provider, organization, window));
    }

    @Override
    public List<Keyed<ConsumerOrganization>> consumersOf(ProviderId provider, ShareId share, PageQuery query) {
      return call(Call.LINK_CONSUMERS_OF, () -> store.consumersOf(provider, share, query));
    }

    @Override
    public List<Keyed<Share>> sharesOf(ProviderId provider, ConsumerOrganizationId organization, PageQuery query) {
      return call(Call.LINK_SHARES_OF, () -> store.sharesOf(provider, organization, query));
    }

    @Override
    public void forEachLinkedOrganization(
        ProviderId provider, TimeWindow window, Consumer<LinkedOrganization> visitor) {
      run(Call.LINK_FOR_EACH_LINKED_ORGANIZATION,
          () -> store.forEachLinkedOrganization(provider, window, visitor));
    }
  }

  private final class FailingEvents implements EventStore {
    private final EventStore store;

    FailingEvents(EventStore store) {
      this.store = store;
    }

    @Override
    public void append(List<ChangeEvent> events) {
      run(Call.EVENT_APPEND, () -> store.append(events));
    }

    @Override
    public List<RecordedEvent> read(ProviderId provider, long afterSequence, int limit) {
      return call(Call.EVENT_READ, () -> store.read(provider, afterSequence, limit));
    }
  }
}
