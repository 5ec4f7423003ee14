package org.consumerorgs.tck;

import java.time.Instant;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.policy.Policies;
import org.consumerorgs.spi.Storage;

/**
 * A fresh SDK over a fresh store: a manual clock, two registered providers (alice acts for one, bob for the other)
 * and an actor who acts for no provider.
 */
public final class ContractWorld {
  public static final Instant START = Instant.parse("2026-03-10T09:00:00Z");
  public static final ProviderId PROVIDER_A = ProviderId.of("provider-a");
  public static final ProviderId PROVIDER_B = ProviderId.of("provider-b");

  public final Storage storage;
  public final ManualClock clock;
  public final ConsumerOrgs sdk;
  public final Actor alice = Actor.ofProvider(PROVIDER_A, "alice");
  public final Actor bob = Actor.ofProvider(PROVIDER_B, "bob");
  public final Actor stranger = Actor.withoutProvider("stranger");

  private ContractWorld(Storage storage, Policies policies) {
    this.storage = storage;
    this.clock = new ManualClock(START);
    this.sdk = ConsumerOrgs.builder(storage).clock(clock).policies(policies).build();
    sdk.providers().register(alice, "Provider A");
    sdk.providers().register(bob, "Provider B");
  }

  public static ContractWorld create(StorageFactory factory) {
    return create(factory, Policies.defaults());
  }

  public static ContractWorld create(StorageFactory factory, Policies policies) {
    return new ContractWorld(factory.newStorage(), policies);
  }

  /** Another SDK instance over the same store, as a second host instance would have. */
  public ConsumerOrgs secondHost() {
    return ConsumerOrgs.builder(storage).clock(clock).build();
  }
}
