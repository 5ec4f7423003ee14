package org.consumerorgs;

import static org.consumerorgs.Ports.ALICE;
import static org.consumerorgs.Ports.PROVIDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consumerorgs.domain.ChangeEvent;
import org.consumerorgs.domain.EventType;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.error.Limit;
import org.consumerorgs.error.LimitExceededException;
import org.consumerorgs.spi.TransactionMode;
import org.junit.jupiter.api.Test;

class EventLogServiceTest {
  private final Ports ports = new Ports();

  @Test
  void theLogIsReadAfterAPositionInOneReadOnlyTransaction() {
    RecordedEvent sixth = new RecordedEvent(6, new ChangeEvent(PROVIDER, EventType.PROVIDER_REGISTERED,
        Instant.parse("2026-03-01T00:00:00Z"), "alice", Optional.empty(), Optional.empty(), Map.of(),
        Map.of("name", "Acme Data")));
    when(ports.events.read(PROVIDER, 5, 10)).thenReturn(List.of(sixth));

    assertEquals(List.of(sixth), ports.act(() -> ports.sdk().events().read(ALICE, 5, 10)));

    ports.assertOneTransaction(TransactionMode.READ_ONLY);
  }

  @Test
  void badPositionsAndLimitsAreRefusedBeforeTouchingAnyPort() {
    ConsumerOrgs sdk = ports.sdk();
    assertThrows(IllegalArgumentException.class, () -> ports.act(() -> sdk.events().read(ALICE, -1, 10)));
    assertThrows(IllegalArgumentException.class, () -> ports.act(() -> sdk.events().read(ALICE, 0, 0)));
    LimitExceededException tooMany = assertThrows(LimitExceededException.class,
        () -> ports.act(() -> sdk.events().read(ALICE, 0, EventLogService.MAX_LIMIT + 1)));
    assertEquals(Limit.EVENT_READ_LIMIT, tooMany.limit());
    assertEquals("At most 1000 events can be read at once; 1001 were asked for.", tooMany.getMessage());
    ports.assertUntouched();
  }
}
