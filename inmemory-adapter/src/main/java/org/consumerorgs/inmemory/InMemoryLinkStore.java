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
import org.consumerorgs.inmemory.ProviderState.StoredOrg;
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
      tx.undo.add(state.openConsumersOf(link.shareId()), link.organizationId());
      tx.undo.add(state.openSharesOf(link.organizationId()), link.shareId());
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
    return closeAll(tx, state, state.openConsumersOf(share).stream()
        .map(organization -> new Pair(share, organization)).toList(), at);
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
    tx.undo.remove(state.openConsumersOf(open.shareId()), open.organizationId());
    tx.undo.remove(state.openSharesOf(open.organizationId()), open.shareId());
    return closed;
  }

  @Override
  public List<Link> openLinksOfOrganization(ProviderId provider, ConsumerOrganizationId organization) {
    ProviderState state = transactions.current().forRead(provider);
    List<Link> open = new ArrayList<>();
    for (ShareId share : state.openSharesByOrganization.getOrDefault(organization, Set.of())) {
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

  @Override
  public List<Keyed<ConsumerOrganization>> consumersOf(ProviderId provider, ShareId share, PageQuery query) {
    ProviderState state = transactions.current().forRead(provider);
    return page(state.openConsumersByShare.getOrDefault(share, Set.of()), id -> {
      StoredOrg stored = state.organizations.get(id);
      return new Keyed<>(stored.organization(), stored.keyset());
    }, query);
  }

  @Override
  public List<Keyed<Share>> sharesOf(ProviderId provider, ConsumerOrganizationId organization, PageQuery query) {
    ProviderState state = transactions.current().forRead(provider);
    return page(state.openSharesByOrganization.getOrDefault(organization, Set.of()), id -> {
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
    ProviderState state = transactions.current().forRead(provider);
    List<Keyed<LinkedOrganization>> linked = new ArrayList<>();
    state.linkHistoryByOrganization.forEach((organization, history) -> {
      List<Link> links = new ArrayList<>();
      for (LinkId id : history) {
        Link link = state.links.get(id);
        if (link.intersects(window)) {
          links.add(link);
        }
      }
      if (!links.isEmpty()) {
        StoredOrg stored = state.organizations.get(organization);
        linked.add(new Keyed<>(new LinkedOrganization(organization, stored.organization().name(),
            stored.name().searchKey(), Optional.ofNullable(stored.deletedAt()), links), stored.keyset()));
      }
    });
    linked.sort(Comparator.comparing(Keyed::position, KeysetOrder.KEYSET_ORDER));
    linked.forEach(organization -> visitor.accept(organization.item()));
  }
}
