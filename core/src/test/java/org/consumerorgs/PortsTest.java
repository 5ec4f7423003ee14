package org.consumerorgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.spi.TransactionMode;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The harness the service tests rely on notices what they claim to check; otherwise those checks prove nothing. */
class PortsTest {
  private final Ports ports = new Ports();

  @Test
  void aStoreCallOutsideATransactionIsNoticed() {
    ports.act(() -> ports.storage.organizations().findLive(Ports.PROVIDER, ConsumerOrganizationId.of("org-1")));
    assertEquals(1, ports.storeCallsOutsideTransaction.size());
    assertThrows(AssertionFailedError.class, () -> ports.assertOneTransaction(TransactionMode.READ_ONLY));
  }

  @Test
  void storeCallsInsideATransactionAreNotCountedAsOutside() {
    ports.act(() -> ports.storage.transactions().inTransaction(Ports.PROVIDER, TransactionMode.READ_WRITE,
        () -> ports.storage.organizations().findLive(Ports.PROVIDER, ConsumerOrganizationId.of("org-1"))));
    ports.assertOneTransaction(TransactionMode.READ_WRITE);
    assertThrows(AssertionFailedError.class, () -> ports.assertOneTransaction(TransactionMode.READ_ONLY));
  }

  @Test
  void touchingAnyPortIsNoticed() {
    ports.storage.events();
    assertThrows(AssertionError.class, ports::assertUntouched); // Mockito's NoInteractionsWanted
  }

  @Test
  void aTransactionThatThrowsIsRecordedAsNotCommitted() {
    IllegalStateException boom = new IllegalStateException("boom");
    assertThrows(IllegalStateException.class, () -> ports.storage.transactions()
        .inTransaction(Ports.PROVIDER, TransactionMode.READ_WRITE, () -> {
          throw boom;
        }));
    ports.assertOneRolledBackTransaction(TransactionMode.READ_WRITE, boom);
  }
}
