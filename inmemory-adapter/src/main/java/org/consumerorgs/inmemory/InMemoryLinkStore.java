package org.consumerorgs.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.domain.TimeWindow;
import org.consumerorgs.inmemory.ProviderState.StoredShare;
import org.consumerorgs.spi.Keyed;
import org.consumerorgs.spi.KeysetOrder;
import org.consumerorgs.spi.LinkStore;
import org.consumerorgs.spi.LinkedOrganization;
import org.consumerorgs.spi.PageQuery;

final class InMemoryLinkStore implements LinkStore {
  private final InMemoryTransactions transactions;

  InMemoryLinkStore(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public List<Link> openAll(List<Link> links) {
    List<Link> opened = new ArrayList<>(links.size());
    for (Link link : links) {
      Transaction tx = transactions.writing();
      ProviderState state = tx.of(link.providerId());
      if (!link.isOpen()) {
        throw new IllegalArgumentException("only open links can be opened: " + link);
      }
      int organization = state.organizations.ordinalOf(link.organizationId());
      if (organization < 0) {
        throw new IllegalStateException("a link to organization " + link.organizationId() + ", which is not stored");
      }
      OrdinalSet consumers = state.openConsumersOf(link.shareId());
      if (consumers.contains(organization)) {
        continue;
      }
      state.links.open(link, organization, tx.undo);
      tx.undo.add(consumers, organization);
      opened.add(link);
    }
    return opened;
  }

  @Override
  public Optional<Link> close(ProviderId provider, ShareId share, ConsumerOrganizationId organization, Instant at) {
    Transaction tx = transactions.writing();
    ProviderState state = tx.of(provider);
    int ordinal = state.organizations.ordinalOf(organization);
    int link = ordinal < 0 ? -1 : state.links.openLinkOf(ordinal, share);
    return link < 0 ? Optional.empty() : Optional.of(close(tx, state, link, at));
  }

  @Override
  public List<Link> closeAllOfOrganization(ProviderId provider, ConsumerOrganizationId organization, Instant at) {
    Transaction tx = transactions.writing();
    ProviderState state = tx.of(provider);
    int ordinal = state.organizations.ordinalOf(organization);
    List<Integer> open = new ArrayList<>();
    for (int l = ordinal < 0 ? -1 : state.links.newest(ordinal); l >= 0; l = state.links.previous(l)) {
      if (state.links.isOpen(l)) {
        open.add(l);
      }
    }
    return closeAll(tx, state, open, at);
  }

  @Override
  public List<Link> closeAllOfShare(ProviderId provider, ShareId share, Instant at) {
    Transaction tx = transactions.writing();
    ProviderState state = tx.of(provider);
    List<Integer> open = new ArrayList<>();
    state.openConsumersOf(share).forEach(o -> open.add(state.links.openLinkOf(o, share)));
    return closeAll(tx, state, open, at);
  }

  /** {@code links} is a copy: closing changes the sets it was read from. */
  private static List<Link> closeAll(Transaction tx, ProviderState state, List<Integer> links, Instant at) {
    List<Link> closed = new ArrayList<>(links.size());
    for (int link : links) {
      closed.add(close(tx, state, link, at));
    }
    closed.sort(Comparator.comparing(Link::openedAt));
    return closed;
  }

  private static Link close(Transaction tx, ProviderState state, int link, Instant at) {
    tx.undo.remove(state.openConsumersOf(state.links.share(link)), state.links.organization(link));
    return state.links.close(link, at, tx.undo);
  }

  @Override
  public List<Link> openLinksOfOrganization(ProviderId provider, ConsumerOrganizationId organization) {
    ProviderState state = transactions.reading().of(provider);
    int ordinal = state.organizations.ordinalOf(organization);
    List<Link> open = new ArrayList<>();
    for (int l = ordinal < 0 ? -1 : state.links.newest(ordinal); l >= 0; l = state.links.previous(l)) {
      if (state.links.isOpen(l)) {
        open.add(state.links.link(l));
      }
    }
    open.sort(Comparator.comparing(Link::openedAt));
    return open;
  }

  @Override
  public List<Link> linksOfOrganization(
      ProviderId provider, ConsumerOrganizationId organization, TimeWindow window) {
    ProviderState state = transactions.reading().of(provider);
    int ordinal = state.organizations.ordinalOf(organization);
    List<Link> found = new ArrayList<>();
    for (int l = ordinal < 0 ? -1 : state.links.newest(ordinal); l >= 0; l = state.links.previous(l)) {
      Link link = state.links.link(l);
      if (link.intersects(window)) {
        found.add(link);
      }
    }
    Collections.reverse(found); // the chain runs newest first
    return found;
  }

  /**
   * A share holding a good part of the provider's organizations is read along the name order, skipping the others;
   * a smaller one is sorted whole, which costs less than wading through the names that are not in it.
   */
  @Override
  public List<Keyed<ConsumerOrganization>> consumersOf(ProviderId provider, ShareId share, PageQuery query) {
    ProviderState state = transactions.reading().of(provider);
    OrgTable table = state.organizations;
    OrdinalSet consumers = state.openConsumersByShare.get(share);
    if (consumers == null || consumers.size() == 0) {
      return List.of();
    }
    List<Keyed<ConsumerOrganization>> page = new ArrayList<>(Math.min(query.limit(), 64));
    if (consumers.size() * 16L >= table.liveCount()) {
      SortedOrdinals byName = table.index().byName();
      SortedOrdinals.Cursor cursor = query.after().isPresent()
          ? byName.from(InMemoryOrganizationStore.after(table, query.after().get()))
          : byName.first();
      while (cursor.hasNext() && page.size() < query.limit()) {
        int ordinal = cursor.next();
        if (consumers.contains(ordinal)) {
          page.add(new Keyed<>(table.organization(ordinal), table.keyset(ordinal)));
        }
      }
      return page;
    }
    List<Integer> rows = new ArrayList<>(consumers.size());
    consumers.forEach(o -> {
      if (query.after().isEmpty() || table.compare(o, query.after().get()) > 0) {
        rows.add(o);
      }
    });
    rows.sort(table.nameOrder::compare);
    for (int ordinal : rows.subList(0, Math.min(rows.size(), query.limit()))) {
      page.add(new Keyed<>(table.organization(ordinal), table.keyset(ordinal)));
    }
    return page;
  }

  @Override
  public List<Keyed<Share>> sharesOf(ProviderId provider, ConsumerOrganizationId organization, PageQuery query) {
    ProviderState state = transactions.reading().of(provider);
    return page(state.openSharesOf(organization), id -> {
      StoredShare stored = state.shares.get(id);
      return new Keyed<>(stored.share(), stored.keyset());
    }, query);
  }

  /** Sorts one side of a pair's open links by name and cuts the page; the sets are small next to a whole provider. */
  private static <I, T> List<Keyed<T>> page(Set<I> ids, Function<I, Keyed<T>> keyed, PageQuery query) {
    List<Keyed<T>> rows = new ArrayList<>(ids.size());
    for (I id : ids) {
      Keyed<T> row = keyed.apply(id);
      if (query.after().isEmpty() || KeysetOrder.KEYSET_ORDER.compare(row.position(), query.after().get()) > 0) {
        rows.add(row);
      }
    }
    rows.sort(Comparator.comparing(Keyed::position, KeysetOrder.KEYSET_ORDER));
    return rows.size() > query.limit() ? List.copyOf(rows.subList(0, query.limit())) : rows;
  }

  /** Walks each organization's history, and hands on those with links in the window in keyset order. */
  @Override
  public void forEachLinkedOrganization(
      ProviderId provider, TimeWindow window, Consumer<LinkedOrganization> visitor) {
    ProviderState state = transactions.reading().of(provider);
    OrgTable table = state.organizations;
    List<Keyed<LinkedOrganization>> linked = new ArrayList<>();
    for (int o = 0; o < table.count(); o++) {
      List<Link> links = new ArrayList<>();
      for (int l = state.links.newest(o); l >= 0; l = state.links.previous(l)) {
        Link link = state.links.link(l);
        if (link.intersects(window)) {
          links.add(link);
        }
      }
      if (!links.isEmpty()) {
        Collections.reverse(links); // the chain runs newest first
        linked.add(new Keyed<>(new LinkedOrganization(table.id(o), table.organization(o).name(), table.searchKey(o),
            Optional.ofNullable(table.deletedAt(o)), links), table.keyset(o)));
      }
    }
    linked.sort(Comparator.comparing(Keyed::position, KeysetOrder.KEYSET_ORDER));
    linked.forEach(organization -> visitor.accept(organization.item()));
  }
}
