package org.consumerorgs.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.LinkId;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.domain.TimeWindow;
import org.consumerorgs.inmemory.ProviderState.Pair;
import org.consumerorgs.inmemory.ProviderState.StoredShare;
import org.consumerorgs.spi.Keyed;
import org.consumerorgs.spi.KeysetOrder;
import org.consumerorgs.spi.LinkStore;
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
      Transaction tx = transactions.current();
      ProviderState state = tx.forWrite(link.providerId());
      if (!link.isOpen()) {
        throw new IllegalArgumentException("only open links can be opened: " + link);
      }
      Pair pair = new Pair(link.shareId(), link.organizationId());
      if (state.openLinkByPair.containsKey(pair)) {
        continue;
      }
      tx.undo.put(state.links, link.id(), link);
      tx.undo.add(state.historyOf(link.organizationId()), link.id());
      tx.undo.put(state.openLinkByPair, pair, link.id());
      tx.undo.add(state.openConsumersOf(link.shareId()), state.organizations.ordinalOf(link.organizationId()));
      opened.add(link);
    }
    return opened;
  }

  @Override
  public Optional<Link> close(ProviderId provider, ShareId share, ConsumerOrganizationId organization, Instant at) {
    Transaction tx = transactions.current();
    ProviderState state = tx.forWrite(provider);
    LinkId id = state.openLinkByPair.get(new Pair(share, organization));
    return id == null ? Optional.empty() : Optional.of(close(tx, state, id, at));
  }

  @Override
  public List<Link> closeAllOfOrganization(ProviderId provider, ConsumerOrganizationId organization, Instant at) {
    Transaction tx = transactions.current();
    ProviderState state = tx.forWrite(provider);
    return closeAll(tx, state, state.openSharesOf(organization).stream()
        .map(share -> new Pair(share, organization)).toList(), at);
  }

  @Override
  public List<Link> closeAllOfShare(ProviderId provider, ShareId share, Instant at) {
    Transaction tx = transactions.current();
    ProviderState state = tx.forWrite(provider);
    List<Pair> pairs = new ArrayList<>();
    state.openConsumersOf(share).forEach(o -> pairs.add(new Pair(share, state.organizations.id(o))));
    return closeAll(tx, state, pairs, at);
  }

  /** {@code pairs} is a copy: closing changes the sets it was read from. */
  private static List<Link> closeAll(Transaction tx, ProviderState state, List<Pair> pairs, Instant at) {
    List<Link> closed = new ArrayList<>(pairs.size());
    for (Pair pair : pairs) {
      closed.add(close(tx, state, state.openLinkByPair.get(pair), at));
    }
    closed.sort(Comparator.comparing(Link::openedAt));
    return closed;
  }

  private static Link close(Transaction tx, ProviderState state, LinkId id, Instant at) {
    Link open = state.links.get(id);
    Link closed = open.closedAt(at);
    tx.undo.put(state.links, id, closed);
    tx.undo.remove(state.openLinkByPair, new Pair(open.shareId(), open.organizationId()));
    tx.undo.remove(state.openConsumersOf(open.shareId()), state.organizations.ordinalOf(open.organizationId()));
    return closed;
  }

  @Override
  public List<Link> openLinksOfOrganization(ProviderId provider, ConsumerOrganizationId organization) {
    ProviderState state = transactions.current().forRead(provider);
    List<Link> open = new ArrayList<>();
    for (ShareId share : state.openSharesOf(organization)) {
      open.add(state.links.get(state.openLinkByPair.get(new Pair(share, organization))));
    }
    open.sort(Comparator.comparing(Link::openedAt));
    return open;
  }

  @Override
  public List<Link> linksOfOrganization(
      ProviderId provider, ConsumerOrganizationId organization, TimeWindow window) {
    ProviderState state = transactions.current().forRead(provider);
    List<Link> found = new ArrayList<>();
    for (LinkId id : state.linkHistoryByOrganization.getOrDefault(organization, List.of())) {
      Link link = state.links.get(id);
      if (link.intersects(window)) {
        found.add(link);
      }
    }
    return found;
  }

  /**
   * A share holding a good part of the provider's organizations is read along the name order, skipping the others;
   * a smaller one is sorted whole, which costs less than wading through the names that are not in it.
   */
  @Override
  public List<Keyed<ConsumerOrganization>> consumersOf(ProviderId provider, ShareId share, PageQuery query) {
    ProviderState state = transactions.current().forRead(provider);
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
    ProviderState state = transactions.current().forRead(provider);
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

  @Override
  public void forEachIntersecting(ProviderId provider, TimeWindow window, Consumer<Link> visitor) {
    for (Link link : transactions.current().forRead(provider).links.values()) {
      if (link.intersects(window)) {
        visitor.accept(link);
      }
    }
  }
}
