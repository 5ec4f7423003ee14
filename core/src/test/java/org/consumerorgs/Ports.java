package org.consumerorgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.consumerorgs.domain.ChangeEvent;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.LinkId;
import org.consumerorgs.domain.Provider;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.error.StorageException;
import org.consumerorgs.policy.Policies;
import org.consumerorgs.spi.EventStore;
import org.consumerorgs.spi.LinkStore;
import org.consumerorgs.spi.OrganizationStore;
import org.consumerorgs.spi.ProviderStore;
import org.consumerorgs.spi.ShareStore;
import org.consumerorgs.spi.Storage;
import org.consumerorgs.spi.TransactionBoundary;
import org.consumerorgs.spi.TransactionMode;
import org.consumerorgs.spi.UseCaseListener;
import org.mockito.ArgumentCaptor;
import org.mockito.listeners.InvocationListener;

/**
 * Mocked ports for service tests. The transaction boundary runs the work it is given and records each transaction
 * (scope, mode, how it ended); every store call is recorded with whether a transaction was open at that moment.
 * Store calls are watched only while {@link #act} runs a call of the SDK, so that stubbing and verifying do not count.
 */
final class Ports {
  static final ProviderId PROVIDER = ProviderId.of("acme-data");
  static final Actor ALICE = Actor.ofProvider(PROVIDER, "alice");
  static final Actor VISITOR = Actor.withoutProvider("visitor");
  /** The clock's instant has nanoseconds; everything the SDK stores must be cut to the microsecond. */
  static final Instant CLOCK_INSTANT = Instant.parse("2026-03-15T10:15:30.123456789Z");
  static final Instant NOW = Instant.parse("2026-03-15T10:15:30.123456Z");
  static final Instant EARLIER = Instant.parse("2026-02-10T09:00:00Z");

  final TransactionBoundary transactions = mock(TransactionBoundary.class);
  final ProviderStore providers;
  final ShareStore shares;
  final OrganizationStore organizations;
  final LinkStore links;
  final EventStore events;
  final Storage storage = mock(Storage.class);

  final List<Transaction> transactionsRun = new ArrayList<>();
  final List<String> storeCallsOutsideTransaction = new ArrayList<>();
  /** How many of the next transactions fail at commit with a retryable storage failure (a serialization failure). */
  int retryableCommitFailures;

  private final AtomicInteger ids = new AtomicInteger();
  private boolean open;
  private boolean watching;

  /** One call of {@link TransactionBoundary#inTransaction}. */
  static final class Transaction {
    final ProviderId scope;
    final TransactionMode mode;
    RuntimeException failure;
    boolean committed;

    Transaction(ProviderId scope, TransactionMode mode) {
      this.scope = scope;
      this.mode = mode;
    }
  }

  Ports() {
    InvocationListener watcher = report -> {
      if (watching && !open) {
        storeCallsOutsideTransaction.add(report.getInvocation().toString());
      }
    };
    providers = mock(ProviderStore.class, withSettings().invocationListeners(watcher));
    shares = mock(ShareStore.class, withSettings().invocationListeners(watcher));
    organizations = mock(OrganizationStore.class, withSettings().invocationListeners(watcher));
    // The batch insert's default calls insert() once per organization, so tests stub and verify insert() alone.
    when(organizations.insertAll(any())).thenCallRealMethod();
    links = mock(LinkStore.class, withSettings().invocationListeners(watcher));
    events = mock(EventStore.class, withSettings().invocationListeners(watcher));
    when(storage.transactions()).thenReturn(transactions);
    when(storage.providers()).thenReturn(providers);
    when(storage.shares()).thenReturn(shares);
    when(storage.organizations()).thenReturn(organizations);
    when(storage.links()).thenReturn(links);
    when(storage.events()).thenReturn(events);
    when(storage.cursorKey()).thenReturn(new byte[32]);
    doAnswer(invocation -> {
      Transaction tx = new Transaction(invocation.getArgument(0), invocation.getArgument(1));
      transactionsRun.add(tx);
      Supplier<?> work = invocation.getArgument(2);
      open = true;
      try {
        Object result = work.get();
        if (retryableCommitFailures > 0) {
          retryableCommitFailures--;
          throw new StorageException("could not serialize access", null, true);
        }
        tx.committed = true;
        return result;
      } catch (RuntimeException e) {
        tx.failure = e;
        throw e;
      } finally {
        open = false;
      }
    }).when(transactions).inTransaction(any(), any(), any());
  }

  ConsumerOrgs sdk() {
    return sdk(Policies.defaults(), 3);
  }

  ConsumerOrgs sdk(Policies policies) {
    return sdk(policies, 3);
  }

  ConsumerOrgs sdk(Policies policies, int attempts) {
    return sdk(policies, attempts, UseCaseListener.none());
  }

  ConsumerOrgs sdk(Policies policies, int attempts, UseCaseListener listener) {
    return ConsumerOrgs.builder(storage)
        .clock(Clock.fixed(CLOCK_INSTANT, ZoneOffset.UTC))
        .idGenerator(() -> "id-" + ids.incrementAndGet())
        .policies(policies)
        .attempts(attempts)
        .listener(listener)
        .build();
  }

  /** Runs one call of the SDK, watching which store calls happen outside a transaction. */
  <T> T act(Supplier<T> call) {
    watching = true;
    try {
      return call.get();
    } finally {
      watching = false;
    }
  }

  void givenRegisteredProvider() {
    when(providers.find(PROVIDER)).thenReturn(Optional.of(new Provider(PROVIDER, "Acme Data", EARLIER)));
  }

  /** Not one port was touched: not even a transaction was begun. */
  void assertUntouched() {
    verifyNoInteractions(storage, transactions, providers, shares, organizations, links, events);
  }

  /** The use case ran as exactly one transaction of {@code mode} for the actor's provider, and touched no store outside. */
  Transaction assertOneTransaction(TransactionMode mode) {
    assertEquals(1, transactionsRun.size(), "transactions begun");
    Transaction tx = transactionsRun.get(0);
    assertEquals(mode, tx.mode);
    assertEquals(PROVIDER, tx.scope);
    assertEquals(List.of(), storeCallsOutsideTransaction, "store calls outside a transaction");
    return tx;
  }

  /** One transaction of {@code mode} that ended by throwing {@code failure}, so the adapter rolled it back. */
  void assertOneRolledBackTransaction(TransactionMode mode, RuntimeException failure) {
    Transaction tx = assertOneTransaction(mode);
    assertTrue(!tx.committed, "the transaction must not commit");
    assertEquals(failure, tx.failure, "the failure the transaction ended with");
  }

  /** The events appended, in one call: every change of a use case is recorded in one append. */
  @SuppressWarnings("unchecked")
  List<ChangeEvent> appendedEvents() {
    ArgumentCaptor<List<ChangeEvent>> captor = ArgumentCaptor.forClass(List.class);
    verify(events).append(captor.capture());
    return captor.getValue();
  }

  static ConsumerOrganization organization(String id, String name, long version) {
    return new ConsumerOrganization(ConsumerOrganizationId.of(id), PROVIDER, name, version, EARLIER, EARLIER);
  }

  static Share share(String id, String name) {
    return new Share(ShareId.of(id), PROVIDER, name, EARLIER);
  }

  static Link openLink(String id, String share, String organization, Instant openedAt) {
    return new Link(LinkId.of(id), PROVIDER, ShareId.of(share), ConsumerOrganizationId.of(organization), openedAt,
        Optional.empty());
  }
}
