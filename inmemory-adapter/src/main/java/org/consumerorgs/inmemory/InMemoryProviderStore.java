package org.consumerorgs.inmemory;

import java.util.Optional;
import org.consumerorgs.domain.Provider;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.spi.ProviderStore;

final class InMemoryProviderStore implements ProviderStore {
  private static final String SELF = "self";
  private final InMemoryTransactions transactions;

  InMemoryProviderStore(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public boolean insert(Provider provider) {
    Transaction tx = transactions.writing();
    ProviderState state = tx.of(provider.id());
    if (state.provider.containsKey(SELF)) {
      return false;
    }
    tx.undo.put(state.provider, SELF, provider);
    return true;
  }

  @Override
  public Optional<Provider> find(ProviderId id) {
    return Optional.ofNullable(transactions.reading().of(id).provider.get(SELF));
  }
}
