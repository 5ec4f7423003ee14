package org.consumerorgs;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.consumerorgs.domain.Provider;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.error.AlreadyExistsException;
import org.consumerorgs.error.InvalidNameException;
import org.consumerorgs.error.ObjectKind;
import org.consumerorgs.policy.NamingPolicy;
import org.consumerorgs.policy.Policies;
import org.consumerorgs.spi.Storage;
import org.consumerorgs.spi.UseCase;

/** Registers providers: a provider must be registered before anything can be done for it. */
public final class ProviderService {
  private final Context context;
  private final Storage storage;
  private final NamingPolicy naming;

  ProviderService(Context context, Storage storage, Policies policies) {
    this.context = context;
    this.storage = storage;
    this.naming = policies.shareNaming(); // a provider's display name follows the share naming rules
  }

  /**
   * Registers the provider the actor acts for, under the host's id for it.
   *
   * @param actor who acts; the provider registered is the one the actor acts for
   * @param name the provider's display name
   * @return the provider as registered
   * @throws InvalidNameException if the display name breaks the share naming rules (the same rules, any length)
   * @throws AlreadyExistsException if it is already registered
   */
  public Provider register(Actor actor, String name) {
    return context.call(UseCase.PROVIDER_REGISTER, () -> {
      ProviderId id = context.providerOf(actor, "register a provider");
      requireNonNull(name, "name must not be null");
      String value = naming.check(name).value();
      return context.write(id, () -> {
        Provider provider = new Provider(id, value, context.now());
        if (!storage.providers().insert(provider)) {
          throw new AlreadyExistsException(ObjectKind.PROVIDER, id.value());
        }
        storage.events().append(List.of(Events.providerRegistered(actor.id(), provider)));
        return provider;
      });
    });
  }

  /**
   * The provider the actor acts for, if registered.
   *
   * @param actor who asks
   * @return the provider, or empty if it is not registered yet
   */
  public Optional<Provider> find(Actor actor) {
    return context.call(UseCase.PROVIDER_FIND, () -> {
      ProviderId id = context.providerOf(actor, "read a provider");
      return context.read(id, () -> storage.providers().find(id));
    });
  }
}
