package org.consumerorgs;

import static org.consumerorgs.Ports.ALICE;
import static org.consumerorgs.Ports.PROVIDER;
import static org.consumerorgs.Ports.VISITOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.ExternalId;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.error.DuplicateNameException;
import org.consumerorgs.error.NotAllowedException;
import org.consumerorgs.error.NotFoundException;
import org.consumerorgs.error.StorageException;
import org.consumerorgs.policy.Policies;
import org.consumerorgs.spi.InsertOutcome;
import org.consumerorgs.spi.UseCase;
import org.consumerorgs.spi.UseCaseListener;
import org.consumerorgs.spi.UseCaseListener.Observation;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/**
 * What the SDK tells a {@link UseCaseListener}, and in what order: the interaction is the point here, so the listener
 * and its observation are mocks.
 */
class UseCaseListenerTest {
  private static final ConsumerOrganizationId GLOBEX_ID = ConsumerOrganizationId.of("org-globex");
  private final Ports ports = new Ports();
  private final UseCaseListener listener = mock(UseCaseListener.class);
  private final Observation observation = mock(Observation.class);

  UseCaseListenerTest() {
    when(listener.started(any())).thenReturn(observation);
  }

  private ConsumerOrgs sdk() {
    return ports.sdk(Policies.defaults(), 3, listener);
  }

  @Test
  void aCallThatSucceedsIsStartedThenSucceeded() {
    ports.givenRegisteredProvider();
    when(ports.organizations.insert(any(), any())).thenReturn(new InsertOutcome.Inserted());

    sdk().organizations().create(ALICE, "Globex");

    InOrder order = inOrder(listener, observation);
    order.verify(listener).started(UseCase.ORGANIZATION_CREATE);
    order.verify(observation).succeeded();
    order.verifyNoMoreInteractions();
  }

  @Test
  void aRefusalIsTheFailureTheCallerGets() {
    ports.givenRegisteredProvider();
    ConsumerOrganization globex = Ports.organization(GLOBEX_ID.value(), "Globex", 1);
    when(ports.organizations.insert(any(), any())).thenReturn(new InsertOutcome.NameTaken(globex));

    DuplicateNameException thrown = assertThrows(DuplicateNameException.class,
        () -> sdk().organizations().create(ALICE, "GLOBEX"));

    InOrder order = inOrder(listener, observation);
    order.verify(listener).started(UseCase.ORGANIZATION_CREATE);
    order.verify(observation).failed(thrown);
    order.verifyNoMoreInteractions();
  }

  @Test
  void aRefusalBeforeAnyTransactionIsObservedToo() {
    NotAllowedException thrown = assertThrows(NotAllowedException.class,
        () -> sdk().organizations().list(VISITOR, PageRequest.first()));

    InOrder order = inOrder(listener, observation);
    order.verify(listener).started(UseCase.ORGANIZATION_LIST);
    order.verify(observation).failed(thrown);
    order.verifyNoMoreInteractions();
    ports.assertUntouched();
  }

  @Test
  void eachRetriedAttemptIsToldBeforeTheSuccess() {
    ports.givenRegisteredProvider();
    when(ports.organizations.insert(any(), any())).thenReturn(new InsertOutcome.Inserted());
    ports.retryableCommitFailures = 2;

    sdk().organizations().create(ALICE, "Globex");

    InOrder order = inOrder(listener, observation);
    order.verify(listener).started(UseCase.ORGANIZATION_CREATE);
    order.verify(observation, times(2)).attemptFailed(any(StorageException.class),
        eq(true));
    order.verify(observation).succeeded();
    order.verifyNoMoreInteractions();
  }

  @Test
  void theLastAttemptIsToldAsNotRetriedThenTheCallFails() {
    ports.givenRegisteredProvider();
    StorageException deadlock = new StorageException("deadlock detected", null, true);
    when(ports.organizations.insert(any(), any())).thenThrow(deadlock);

    assertThrows(StorageException.class,
        () -> ports.sdk(Policies.defaults(), 2, listener).organizations().create(ALICE, "Globex"));

    InOrder order = inOrder(listener, observation);
    order.verify(listener).started(UseCase.ORGANIZATION_CREATE);
    order.verify(observation).attemptFailed(deadlock, true);
    order.verify(observation).attemptFailed(deadlock, false);
    order.verify(observation).failed(deadlock);
    order.verifyNoMoreInteractions();
  }

  @Test
  void aNonRetryableFailureIsOneAttemptNotRetried() {
    ports.givenRegisteredProvider();
    StorageException missingTable = new StorageException("no such table", null, false);
    when(ports.organizations.insert(any(), any())).thenThrow(missingTable);

    assertThrows(StorageException.class, () -> sdk().organizations().create(ALICE, "Globex"));

    InOrder order = inOrder(listener, observation);
    order.verify(listener).started(UseCase.ORGANIZATION_CREATE);
    order.verify(observation).attemptFailed(missingTable, false);
    order.verify(observation).failed(missingTable);
    order.verifyNoMoreInteractions();
  }

  @Test
  void getReadsThroughFindAsOneCall() {
    when(ports.organizations.findLive(PROVIDER, GLOBEX_ID)).thenReturn(Optional.empty());

    NotFoundException thrown = assertThrows(NotFoundException.class,
        () -> sdk().organizations().get(ALICE, GLOBEX_ID));

    InOrder order = inOrder(listener, observation);
    order.verify(listener).started(UseCase.ORGANIZATION_GET);
    order.verify(observation).failed(thrown);
    order.verifyNoMoreInteractions();
  }

  @Test
  void aListenerThatThrowsChangesNothingForTheCaller() {
    ports.givenRegisteredProvider();
    when(ports.organizations.insert(any(), any())).thenReturn(new InsertOutcome.Inserted());
    UseCaseListener broken = useCase -> {
      throw new IllegalStateException("metrics backend down");
    };
    Observation brokenObservation = mock(Observation.class);
    doThrow(new IllegalStateException("metrics backend down")).when(brokenObservation)
        .succeeded();
    UseCaseListener brokenLater = useCase -> brokenObservation;

    assertEquals("Globex",
        ports.sdk(Policies.defaults(), 3, broken).organizations().create(ALICE, "Globex").name());
    assertEquals("Initech",
        ports.sdk(Policies.defaults(), 3, brokenLater).organizations().create(ALICE, "Initech").name());
  }

  @Test
  void withoutAListenerNothingIsObserved() {
    ports.givenRegisteredProvider();
    when(ports.organizations.insert(any(), any())).thenReturn(new InsertOutcome.Inserted());

    ports.sdk().organizations().create(ALICE, "Globex");

    verifyNoInteractions(listener, observation);
  }

  @Test
  void everyUseCaseIsToldByItsOwnMethodAndByNoOther() {
    ports.givenRegisteredProvider();
    List<UseCase> started = new ArrayList<>();
    ConsumerOrgs sdk = ports.sdk(Policies.defaults(), 1, useCase -> {
      started.add(useCase);
      return UseCaseListener.none().started(useCase);
    });
    ShareId sales = ShareId.of("sales");
    Map<UseCase, Runnable> calls = new EnumMap<>(UseCase.class);
    calls.put(UseCase.PROVIDER_REGISTER, () -> sdk.providers().register(ALICE, "Acme Data"));
    calls.put(UseCase.PROVIDER_FIND, () -> sdk.providers().find(ALICE));
    calls.put(UseCase.SHARE_REGISTER, () -> sdk.shares().register(ALICE, sales, "Sales"));
    calls.put(UseCase.SHARE_FIND, () -> sdk.shares().find(ALICE, sales));
    calls.put(UseCase.SHARE_LIST, () -> sdk.shares().list(ALICE, PageRequest.first()));
    calls.put(UseCase.SHARE_DELETE, () -> sdk.shares().delete(ALICE, sales));
    calls.put(UseCase.SHARE_ADD_CONSUMERS, () -> sdk.shares().addConsumers(ALICE, sales,
        AddConsumersRequest.builder().newOrganization("Globex").build()));
    calls.put(UseCase.SHARE_REMOVE_CONSUMER, () -> sdk.shares().removeConsumer(ALICE, sales, GLOBEX_ID));
    calls.put(UseCase.SHARE_CONSUMERS, () -> sdk.shares().consumers(ALICE, sales, PageRequest.first()));
    calls.put(UseCase.ORGANIZATION_CREATE, () -> sdk.organizations().create(ALICE, "Globex"));
    calls.put(UseCase.ORGANIZATION_RENAME, () -> sdk.organizations().rename(ALICE, GLOBEX_ID, 1, "Globex 2"));
    calls.put(UseCase.ORGANIZATION_FIND, () -> sdk.organizations().find(ALICE, GLOBEX_ID));
    calls.put(UseCase.ORGANIZATION_GET, () -> sdk.organizations().get(ALICE, GLOBEX_ID));
    calls.put(UseCase.ORGANIZATION_LIST, () -> sdk.organizations().list(ALICE, PageRequest.first()));
    calls.put(UseCase.ORGANIZATION_SEARCH, () -> sdk.organizations().search(ALICE, SearchRequest.of("glo")));
    calls.put(UseCase.ORGANIZATION_SHARES, () -> sdk.organizations().sharesOf(ALICE, GLOBEX_ID,
        PageRequest.first()));
    calls.put(UseCase.ORGANIZATION_PREVIEW_DELETE, () -> sdk.organizations().previewDelete(ALICE, GLOBEX_ID));
    calls.put(UseCase.ORGANIZATION_DELETE, () -> sdk.organizations().delete(ALICE, GLOBEX_ID));
    calls.put(UseCase.ORGANIZATION_CHANGE_EXTERNAL_ID, () -> sdk.organizations().setExternalId(ALICE, GLOBEX_ID, 1,
        ExternalId.of("crm-1")));
    calls.put(UseCase.ORGANIZATION_FIND_BY_EXTERNAL_ID, () -> sdk.organizations().findByExternalId(ALICE,
        ExternalId.of("crm-1")));
    calls.put(UseCase.MAC_REPORT, () -> sdk.monthlyActiveConsumers().report(ALICE, YearMonth.of(2026, 3)));
    calls.put(UseCase.EVENTS_READ, () -> sdk.events().read(ALICE, 0, 10));
    assertEquals(EnumSet.allOf(UseCase.class), calls.keySet(), "a call for every use case");

    calls.forEach((useCase, call) -> {
      started.clear();
      try {
        call.run();
      } catch (RuntimeException refusedByTheMocks) {
        // the mocked stores hold nothing: many calls end in NotFoundException, which is observed all the same
      }
      assertEquals(List.of(useCase), started, useCase::name);
    });
  }

  @Test
  void tagValuesAreTheNamesInLowerCase() {
    assertEquals("share_add_consumers", UseCase.SHARE_ADD_CONSUMERS.tagValue());
    assertSame(UseCaseListener.none().started(UseCase.MAC_REPORT), UseCaseListener.none().started(UseCase.EVENTS_READ));
  }
}
