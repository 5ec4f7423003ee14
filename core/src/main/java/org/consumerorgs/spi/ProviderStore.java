package org.consumerorgs.spi;

import java.util.Optional;
import org.consumerorgs.domain.Provider;
import org.consumerorgs.domain.ProviderId;

/** Providers: the tenants. */
public interface ProviderStore {
  /** Stores a new provider; false, changing nothing, if its id is already taken. */
  boolean insert(Provider provider);

  Optional<Provider> find(ProviderId id);
}
