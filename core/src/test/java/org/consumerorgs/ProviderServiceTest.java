package org.consumerorgs;

import static org.consumerorgs.Ports.ALICE;
import static org.consumerorgs.Ports.NOW;
import static org.consumerorgs.Ports.PROVIDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consumerorgs.domain.ChangeEvent;
import org.consumerorgs.domain.EventType;
import org.consumerorgs.domain.Provider;
import org.consumerorgs.error.AlreadyExistsException;
import org.consumerorgs.error.InvalidNameException;
import org.consumerorgs.error.NameRule;
import org.consumerorgs.spi.TransactionMode;
import org.junit.jupiter.api.Test;

class ProviderServiceTest {
  private final Ports ports = new Ports();

  @Test
  void registerStoresTheActorsProviderAndRecordsIt() {
    when(ports.providers.insert(any())).thenReturn(true);

    Provider provider = ports.act(() -> ports.sdk().providers().register(ALICE, "  Acme\u00A0Data "));

    assertEquals(new Provider(PROVIDER, "Acme Data", NOW), provider);
    verify(ports.providers).insert(provider);
    assertTrue(ports.assertOneTransaction(TransactionMode.READ_WRITE).committed);
    assertEquals(List.of(new ChangeEvent(PROVIDER, EventType.PROVIDER_REGISTERED, NOW, "alice", Optional.empty(),
        Optional.empty(), Map.of(), Map.of("name", "Acme Data"))), ports.appendedEvents());
  }

  @Test
  void registeringTwiceIsAlreadyExistsAndRecordsNothing() {
    AlreadyExistsException e = assertThrows(AlreadyExistsException.class,
        () -> ports.act(() -> ports.sdk().providers().register(ALICE, "Acme Data")));
    assertEquals("acme-data", e.id());
    verify(ports.events, never()).append(any());
  }

  @Test
  void registerRefusesAnInvalidNameBeforeTouchingAnyPort() {
    InvalidNameException e = assertThrows(InvalidNameException.class,
        () -> ports.act(() -> ports.sdk().providers().register(ALICE, "Acme\u0000Data")));
    assertEquals(NameRule.CONTROL_CHARACTER, e.rule());
    assertThrows(NullPointerException.class, () -> ports.act(() -> ports.sdk().providers().register(ALICE, null)));
    ports.assertUntouched();
  }

  @Test
  void findReadsOnly() {
    when(ports.providers.find(PROVIDER)).thenReturn(Optional.of(new Provider(PROVIDER, "Acme Data", NOW)));
    assertEquals("Acme Data", ports.act(() -> ports.sdk().providers().find(ALICE)).orElseThrow().name());
    ports.assertOneTransaction(TransactionMode.READ_ONLY);
  }
}
