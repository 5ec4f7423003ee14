package org.consumerorgs;

import static org.consumerorgs.Ports.ALICE;
import static org.consumerorgs.Ports.PROVIDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.error.DuplicateNameException;
import org.consumerorgs.error.ErrorCode;
import org.consumerorgs.error.StorageException;
import org.consumerorgs.policy.Policies;
import org.consumerorgs.spi.InsertOutcome;
import org.consumerorgs.spi.TransactionMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every use case is one transaction, retried as a whole when the store says a retry may succeed. */
class TransactionsTest {
  private final Ports ports = new Ports();

  @Test
  void aRetryableFailureAtCommitIsRetriedUntilItSucceeds() {
    ports.givenRegisteredProvider();
    when(ports.organizations.insert(any(), any())).thenReturn(new InsertOutcome.Inserted());
    ports.retryableCommitFailures = 2;

    assertEquals("Globex", ports.act(() -> ports.sdk().organizations().create(ALICE, "Globex")).name());

    assertEquals(3, ports.transactionsRun.size());
    assertTrue(ports.transactionsRun.stream().allMatch(tx -> tx.mode == TransactionMode.READ_WRITE));
    assertEquals(List.of(false, false, true),
        ports.transactionsRun.stream().map(tx -> tx.committed).toList());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 5})
  void aRetryableFailureIsTriedAttemptsTimesInAllThenThrown(int attempts) {
    ports.givenRegisteredProvider();
    StorageException deadlock = new StorageException("deadlock detected", null, true);
    when(ports.organizations.insert(any(), any())).thenThrow(deadlock);

    StorageException thrown = assertThrows(StorageException.class,
        () -> ports.act(() -> ports.sdk(Policies.defaults(), attempts).organizations().create(ALICE, "Globex")));

    assertSame(deadlock, thrown);
    assertEquals(attempts, ports.transactionsRun.size());
    verify(ports.organizations, times(attempts)).insert(any(), any());
  }

  @Test
  void aRetryableFailureInsideTheWorkIsRetriedToo() {
    ports.givenRegisteredProvider();
    when(ports.organizations.insert(any(), any()))
        .thenThrow(new StorageException("could not serialize access", null, true))
        .thenReturn(new InsertOutcome.Inserted());

    ports.act(() -> ports.sdk().organizations().create(ALICE, "Globex"));

    assertEquals(2, ports.transactionsRun.size());
    assertFalse(ports.transactionsRun.get(0).committed);
    assertTrue(ports.transactionsRun.get(1).committed);
  }

  @Test
  void aNonRetryableStorageFailureIsNotRetried() {
    ports.givenRegisteredProvider();
    StorageException missingTable = new StorageException("relation \"consumer_organization\" does not exist", null,
        false);
    when(ports.organizations.insert(any(), any())).thenThrow(missingTable);

    assertSame(missingTable, assertThrows(StorageException.class,
        () -> ports.act(() -> ports.sdk(Policies.defaults(), 5).organizations().create(ALICE, "Globex"))));

    assertEquals(1, ports.transactionsRun.size());
  }

  @Test
  void aDatabaseUnreachableBeforeTheCommitIsRetriedInANewTransaction() {
    ports.givenRegisteredProvider();
    when(ports.organizations.insert(any(), any()))
        .thenThrow(new StorageException(ErrorCode.STORAGE_UNAVAILABLE, "connection reset", null))
        .thenThrow(new StorageException(ErrorCode.STORAGE_UNAVAILABLE, "connection reset", null))
        .thenReturn(new InsertOutcome.Inserted());

    assertEquals("Globex", ports.act(() -> ports.sdk().organizations().create(ALICE, "Globex")).name());

    assertEquals(List.of(false, false, true), ports.transactionsRun.stream().map(tx -> tx.committed).toList());
  }

  @ParameterizedTest
  @EnumSource(value = ErrorCode.class, names = {"STORAGE_OUTCOME_UNKNOWN", "STORAGE_HOST_TRANSACTION_LOST"})
  void aFailureTheSdkCannotSafelyRunAgainIsNotRetried(ErrorCode code) {
    ports.givenRegisteredProvider();
    StorageException failure = new StorageException(code, "connection reset", null);
    when(ports.organizations.insert(any(), any())).thenThrow(failure);

    assertSame(failure, assertThrows(StorageException.class,
        () -> ports.act(() -> ports.sdk(Policies.defaults(), 5).organizations().create(ALICE, "Globex"))));

    assertEquals(1, ports.transactionsRun.size());
  }

  @Test
  void aRuleOfTheDomainIsNotRetried() {
    ports.givenRegisteredProvider();
    when(ports.organizations.insert(any(), any())).thenReturn(
        new InsertOutcome.NameTaken(Ports.organization("org-9", "Globex", 1)));

    assertThrows(DuplicateNameException.class,
        () -> ports.act(() -> ports.sdk(Policies.defaults(), 5).organizations().create(ALICE, "Globex")));

    assertEquals(1, ports.transactionsRun.size());
  }

  @Test
  void readsAreRetriedToo() {
    ports.retryableCommitFailures = 1;
    ports.act(() -> ports.sdk().organizations().find(ALICE, ConsumerOrganizationId.of("org-1")));
    assertEquals(2, ports.transactionsRun.size());
    assertTrue(ports.transactionsRun.stream().allMatch(tx -> tx.mode == TransactionMode.READ_ONLY));
  }

  @Test
  void everyTransactionIsScopedToTheActorsProvider() {
    ports.act(() -> ports.sdk().organizations().find(ALICE, ConsumerOrganizationId.of("org-1")));
    assertEquals(PROVIDER, ports.transactionsRun.get(0).scope);
  }

  @Test
  void attemptsMustBeAtLeastOne() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConsumerOrgs.builder(ports.storage).attempts(0));
    assertTrue(e.getMessage().contains("at least 1"), e.getMessage());
  }
}
