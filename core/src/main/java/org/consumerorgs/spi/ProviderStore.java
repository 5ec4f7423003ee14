package org.consumerorgs.spi;

import java.util.Optional;
import org.consumerorgs.domain.Provider;
import org.consumerorgs.domain.ProviderId;

/** Providers: the tenants. */
public interface ProviderStore {
  /**
   * Stores a new provider; false, changing nothing, if its id is already taken.
   *
   * @param provider the new provider
   * @return whether it was stored
   */
  boolean insert(Provider provider);

  /**
   * A registered provider.
   *
   * @param id the provider
   * @return it, or empty if it is not registered
   */
  Optional<Provider> find(ProviderId id);
}
