package org.consumerorgs.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import org.consumerorgs.domain.ProviderId;
import org.junit.jupiter.api.Test;

/** The one join rule both adapters keep their transactions by. */
class OpenTransactionsTest {
  private static final ProviderId ACME = ProviderId.of("acme");
  private static final ProviderId GLOBEX = ProviderId.of("globex");

  private final OpenTransactions<String> open = new OpenTransactions<>();

  @Test
  void withNoTransactionOpenACallNeedsOneOfItsOwnAndStoresAreRefused() {
    assertFalse(open.joins(ACME, TransactionMode.READ_WRITE));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> open.current(TransactionMode.READ_ONLY));
    assertEquals("stores must be called inside TransactionBoundary.inTransaction", e.getMessage());
  }

  @Test
  void insideATransactionStoresReachItsHandleAndACallForTheSameProviderJoins() {
    String seen = open.runAs("connection-1", ACME, TransactionMode.READ_WRITE, () -> {
      assertTrue(open.joins(ACME, TransactionMode.READ_WRITE));
      assertTrue(open.joins(ACME, TransactionMode.READ_ONLY));
      return open.current(TransactionMode.READ_WRITE);
    });
    assertEquals("connection-1", seen);
  }

  @Test
  void aCallForAnotherProviderCannotJoin() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> open.runAs("c", ACME, TransactionMode.READ_ONLY, () -> open.joins(GLOBEX, TransactionMode.READ_ONLY)));
    assertEquals("a transaction for provider " + ACME + " is already open on this thread; one transaction acts for"
        + " one provider", e.getMessage());
  }

  @Test
  void nothingWritesInsideAReadOnlyTransaction() {
    open.runAs("c", ACME, TransactionMode.READ_ONLY, () -> {
      assertEquals("c", open.current(TransactionMode.READ_ONLY));
      assertEquals("cannot write inside a read-only transaction",
          assertThrows(IllegalStateException.class, () -> open.current(TransactionMode.READ_WRITE)).getMessage());
      assertEquals("cannot write inside a read-only transaction",
          assertThrows(IllegalStateException.class, () -> open.joins(ACME, TransactionMode.READ_WRITE)).getMessage());
      return null;
    });
  }

  @Test
  void theTransactionEndsWithItsWorkAlsoWhenTheWorkFails() {
    assertThrows(ArithmeticException.class, () -> open.<Integer>runAs("c", ACME, TransactionMode.READ_WRITE, () -> {
      throw new ArithmeticException("the work failed");
    }));
    assertFalse(open.joins(GLOBEX, TransactionMode.READ_WRITE), "nothing left open after a failure");
    open.runAs("c", ACME, TransactionMode.READ_WRITE, () -> "done");
    assertFalse(open.joins(GLOBEX, TransactionMode.READ_WRITE), "nothing left open after a success");
  }

  @Test
  void aTransactionIsOpenOnItsOwnThreadOnly() {
    boolean joinedElsewhere = open.runAs("c", ACME, TransactionMode.READ_WRITE,
        () -> CompletableFuture.supplyAsync(() -> open.joins(GLOBEX, TransactionMode.READ_WRITE)).join());
    assertFalse(joinedElsewhere);
  }

  @Test
  void startingASecondTransactionOnAThreadThatHasOneIsRefused() {
    open.runAs("c", ACME, TransactionMode.READ_WRITE, () -> {
      assertThrows(IllegalStateException.class,
          () -> open.runAs("d", ACME, TransactionMode.READ_WRITE, () -> "nested"));
      assertEquals("c", open.current(TransactionMode.READ_WRITE), "the open transaction is still the first");
      return null;
    });
  }
}
