package org.consumerorgs.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.EventType;
import org.consumerorgs.domain.Provider;
import org.consumerorgs.error.AlreadyExistsException;
import org.consumerorgs.error.ObjectKind;
import org.junit.jupiter.api.Test;

/** A provider is registered once, under the host's id for it, before anything can be done for it. */
public interface ProviderContract extends StorageFactory {

  @Test
  default void aRegisteredProviderReadsBack() {
    ContractWorld world = ContractWorld.create(this);

    assertEquals(Optional.of(new Provider(ContractWorld.PROVIDER_A, "Provider A", ContractWorld.START)),
        world.sdk.providers().find(world.alice));
    assertEquals(Optional.of(new Provider(ContractWorld.PROVIDER_B, "Provider B", ContractWorld.START)),
        world.sdk.providers().find(world.bob));
    assertEquals(Optional.empty(), world.sdk.providers().find(world.carol));
  }

  @Test
  default void registeringAProviderLetsItActAndStartsItsLog() {
    ContractWorld world = ContractWorld.create(this);
    Instant now = world.tick();

    Provider carol = world.sdk.providers().register(world.carol, "  Provider\u00A0C ");
    ConsumerOrganization org = world.sdk.organizations().create(world.carol, "Globex");

    assertEquals(new Provider(ContractWorld.PROVIDER_C, "Provider C", now), carol);
    assertEquals(Optional.of(carol), world.sdk.providers().find(world.carol));
    assertEquals(List.of(org), world.organizations(world.carol));
    assertEquals(List.of(EventType.PROVIDER_REGISTERED, EventType.ORGANIZATION_CREATED),
        world.events(world.carol).stream().map(e -> e.event().type()).toList());
  }

  @Test
  default void aProviderIsRegisteredOnlyOnce() {
    ContractWorld world = ContractWorld.create(this);
    ContractWorld.Snapshot before = world.snapshot();

    AlreadyExistsException e = assertThrows(AlreadyExistsException.class,
        () -> world.sdk.providers().register(world.alice, "Another name"));

    assertEquals(ObjectKind.PROVIDER, e.kind());
    assertEquals(ContractWorld.PROVIDER_A.value(), e.id());
    assertEquals("Provider A", world.sdk.providers().find(world.alice).orElseThrow().name());
    assertEquals(before, world.snapshot());
  }
}
