package org.consumerorgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.policy.DeletionPolicy;
import org.consumerorgs.policy.Policies;
import org.junit.jupiter.api.Test;

class ConsumerOrgsTest {

  @Test
  void buildingTheSdkTouchesNoPortAndKeepsThePoliciesGiven() {
    Ports ports = new Ports();
    Policies policies = Policies.defaults().withDeletion(DeletionPolicy.REFUSE_WHILE_LINKED);
    ConsumerOrgs sdk = ConsumerOrgs.builder(ports.storage).policies(policies).build();
    assertSame(policies, sdk.policies());
    ports.assertUntouched();
  }

  @Test
  void everySettingIsRequired() {
    Ports ports = new Ports();
    assertThrows(NullPointerException.class, () -> ConsumerOrgs.builder(null));
    assertThrows(NullPointerException.class, () -> ConsumerOrgs.builder(ports.storage).clock(null));
    assertThrows(NullPointerException.class, () -> ConsumerOrgs.builder(ports.storage).idGenerator(null));
    assertThrows(NullPointerException.class, () -> ConsumerOrgs.builder(ports.storage).policies(null));
  }

  @Test
  void anActorHasAnIdAndMaybeAProvider() {
    Actor alice = Actor.ofProvider(ProviderId.of("acme"), "alice");
    assertEquals(Optional.of(ProviderId.of("acme")), alice.actingFor());
    assertEquals(Optional.empty(), Actor.withoutProvider("visitor").actingFor());
    assertThrows(IllegalArgumentException.class, () -> Actor.withoutProvider(" "));
    assertThrows(IllegalArgumentException.class, () -> Actor.withoutProvider("x".repeat(Actor.MAX_ID_LENGTH + 1)));
    assertEquals(200, Actor.withoutProvider("x".repeat(200)).id().length());
    assertThrows(NullPointerException.class, () -> Actor.ofProvider(null, "alice"));
    assertThrows(NullPointerException.class, () -> Actor.withoutProvider(null));
  }
}
