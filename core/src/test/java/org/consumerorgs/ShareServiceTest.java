package org.consumerorgs;

import static org.consumerorgs.Ports.ALICE;
import static org.consumerorgs.Ports.EARLIER;
import static org.consumerorgs.Ports.NOW;
import static org.consumerorgs.Ports.PROVIDER;
import static org.consumerorgs.Ports.openLink;
import static org.consumerorgs.Ports.organization;
import static org.consumerorgs.Ports.share;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.AddConsumersResult;
import org.consumerorgs.domain.AddConsumersResult.EntryOutcome;
import org.consumerorgs.domain.AddConsumersResult.Status;
import org.consumerorgs.domain.ChangeEvent;
import org.consumerorgs.domain.ConsumerEntry;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.EventType;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.LinkId;
import org.consumerorgs.domain.NormalizedName;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.RemovalOutcome;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareDeletion;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.error.AlreadyExistsException;
import org.consumerorgs.error.BatchRejectedException.EntryRejection;
import org.consumerorgs.error.BatchRejectedException;
import org.consumerorgs.error.DuplicateNameException;
import org.consumerorgs.error.InvalidNameException;
import org.consumerorgs.error.NameRule;
import org.consumerorgs.error.NotFoundException;
import org.consumerorgs.error.ObjectKind;
import org.consumerorgs.error.StorageException;
import org.consumerorgs.spi.InsertOutcome;
import org.consumerorgs.spi.PageQuery;
import org.consumerorgs.spi.TransactionMode;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ShareServiceTest {
  private static final ShareId GOLD_ID = ShareId.of("gold");
  private static final Share GOLD = share("gold", "Gold feed");
  private static final ConsumerOrganization ACME = organization("org-1", "Acme", 1);
  private static final ConsumerOrganizationId ACME_ID = ACME.id();

  private final Ports ports = new Ports();

  // ---- addConsumers

  @Test
  void theNewOrganizationsOfABatchGoToTheStoreInOneCallSoThatItCanWriteThemInOneRoundTrip() {
    givenLiveGoldShare();
    when(ports.organizations.insert(any(), any())).thenReturn(new InsertOutcome.Inserted());
    when(ports.links.openAll(anyList())).thenAnswer(invocation -> invocation.getArgument(0));
    AddConsumersRequest request = AddConsumersRequest.builder()
        .newOrganization("Initech").newOrganization("Hooli").newOrganization("Umbrella").build();

    ports.act(() -> ports.sdk().shares().addConsumers(ALICE, GOLD_ID, request));

    verify(ports.organizations).insertAll(argThat(batch -> batch != null
        && batch.stream().map(named -> named.organization().name()).toList()
            .equals(List.of("Initech", "Hooli", "Umbrella"))));
  }

  @Test
  void addConsumersLinksExistingAndNewOrganizationsInOneStepAndSaysWhatHappenedToEach() {
    givenLiveGoldShare();
    when(ports.organizations.lockLive(PROVIDER, List.of(ACME_ID, ACME_ID))).thenReturn(List.of(ACME));
    when(ports.organizations.insert(any(), any())).thenReturn(new InsertOutcome.Inserted());
    when(ports.links.openAll(anyList())).thenAnswer(invocation -> invocation.getArgument(0));
    AddConsumersRequest request = AddConsumersRequest.builder()
        .existing(ACME_ID).newOrganization(" Initech ").existing(ACME_ID).build();

    AddConsumersResult result = ports.act(() -> ports.sdk().shares().addConsumers(ALICE, GOLD_ID, request));

    ConsumerOrganization initech =
        new ConsumerOrganization(ConsumerOrganizationId.of("id-1"), PROVIDER, "Initech", 1, Ports.NOW, Ports.NOW);
    assertEquals(List.of(Status.LINKED, Status.CREATED_AND_LINKED, Status.ALREADY_LINKED),
        result.outcomes().stream().map(AddConsumersResult.EntryOutcome::status).toList());
    assertEquals(List.of(ACME, initech, ACME),
        result.outcomes().stream().map(AddConsumersResult.EntryOutcome::organization).toList());
    verify(ports.organizations).insert(initech, new NormalizedName("Initech", "initech", "initech"));
    Link acmeLink = new Link(LinkId.of("id-2"), PROVIDER, GOLD_ID, ACME_ID, NOW, Optional.empty());
    Link initechLink = new Link(LinkId.of("id-3"), PROVIDER, GOLD_ID, initech.id(), NOW, Optional.empty());
    verify(ports.links).openAll(List.of(acmeLink, initechLink));
    assertTrue(ports.assertOneTransaction(TransactionMode.READ_WRITE).committed);
    assertEquals(List.of(
        new ChangeEvent(PROVIDER, EventType.ORGANIZATION_CREATED, NOW, "alice", Optional.of(initech.id()),
            Optional.empty(), Map.of(), Map.of("name", "Initech", "version", "1")),
        new ChangeEvent(PROVIDER, EventType.CONSUMER_ADDED, NOW, "alice", Optional.of(ACME_ID), Optional.of(GOLD_ID),
            Map.of(), Map.of("link", "id-2", "openedAt", NOW.toString())),
        new ChangeEvent(PROVIDER, EventType.CONSUMER_ADDED, NOW, "alice", Optional.of(initech.id()),
            Optional.of(GOLD_ID), Map.of(), Map.of("link", "id-3", "openedAt", NOW.toString()))),
        ports.appendedEvents());
  }

  @Test
  void anOrganizationLinkedBeforeIsReportedAlreadyLinkedNotAsAnError() {
    givenLiveGoldShare();
    when(ports.organizations.lockLive(PROVIDER, List.of(ACME_ID))).thenReturn(List.of(ACME));
    when(ports.links.openAll(anyList())).thenReturn(List.of());

    AddConsumersResult result = ports.act(() -> ports.sdk().shares()
        .addConsumers(ALICE, GOLD_ID, AddConsumersRequest.of(ConsumerEntry.existing(ACME_ID))));

    assertEquals(Status.ALREADY_LINKED, result.outcomes().get(0).status());
    assertEquals(List.of(), result.newlyLinked());
    verify(ports.events, never()).append(argThat(events -> !events.isEmpty()));
  }

  @Test
  void aFailureInTheMiddleOfAddConsumersPropagatesAndRecordsNothing() {
    givenLiveGoldShare();
    when(ports.organizations.insert(any(), any())).thenReturn(new InsertOutcome.Inserted());
    StorageException lost = new StorageException("connection lost", null, false);
    when(ports.links.openAll(anyList())).thenThrow(lost);

    StorageException thrown = assertThrows(StorageException.class, () -> ports.act(() -> ports.sdk().shares()
        .addConsumers(ALICE, GOLD_ID, AddConsumersRequest.builder().newOrganization("Initech").build())));

    assertSame(lost, thrown);
    verify(ports.organizations).insert(any(), any()); // it succeeded: only the transaction's rollback undoes it
    ports.assertOneRolledBackTransaction(TransactionMode.READ_WRITE, lost);
    verify(ports.events, never()).append(any());
  }

  @Test
  void anUnexpectedExceptionInTheMiddleIsNotRetriedAndRecordsNothing() {
    givenLiveGoldShare();
    when(ports.organizations.insert(any(), any())).thenReturn(new InsertOutcome.Inserted());
    IllegalStateException bug = new IllegalStateException("adapter bug");
    when(ports.links.openAll(anyList())).thenThrow(bug);

    assertSame(bug, assertThrows(IllegalStateException.class, () -> ports.act(() -> ports.sdk().shares()
        .addConsumers(ALICE, GOLD_ID, AddConsumersRequest.builder().newOrganization("Initech").build()))));

    ports.assertOneRolledBackTransaction(TransactionMode.READ_WRITE, bug);
    verify(ports.events, never()).append(any());
  }

  @Test
  void aRetriedDoneJudgesEveryEntryAgainSoThatAnEntryWrongOnlyInTheFirstAttemptIsNotRefused() {
    givenLiveGoldShare();
    // First attempt: Acme is not live yet, then the insert meets a serialization failure, which is retried.
    when(ports.organizations.lockLive(PROVIDER, List.of(ACME_ID))).thenReturn(List.of()).thenReturn(List.of(ACME));
    when(ports.organizations.insert(any(), any()))
        .thenThrow(new StorageException("could not serialize access", null, true))
        .thenReturn(new InsertOutcome.Inserted());
    when(ports.links.openAll(anyList())).thenAnswer(invocation -> invocation.getArgument(0));
    AddConsumersRequest request = AddConsumersRequest.builder().newOrganization("Initech").existing(ACME_ID).build();

    AddConsumersResult result = ports.act(() -> ports.sdk().shares().addConsumers(ALICE, GOLD_ID, request));

    assertEquals(List.of(Status.CREATED_AND_LINKED, Status.LINKED),
        result.outcomes().stream().map(EntryOutcome::status).toList());
    assertEquals(2, ports.transactionsRun.size(), "transactions begun");
    assertTrue(ports.transactionsRun.get(1).committed, "the retry commits");
  }

  @Test
  void aBatchWithWrongEntriesIsRejectedWholeListingEveryWrongEntry() {
    givenLiveGoldShare();
    when(ports.organizations.lockLive(PROVIDER, List.of(ConsumerOrganizationId.of("ghost"), ACME_ID)))
        .thenReturn(List.of(ACME));
    when(ports.organizations.insert(any(), any())).thenReturn(new InsertOutcome.Inserted());
    when(ports.organizations.insert(argThat(org -> org != null && org.name().equals("Globex")), any()))
        .thenReturn(new InsertOutcome.NameTaken(organization("org-9", "GLOBEX", 2)));
    AddConsumersRequest request = AddConsumersRequest.builder()
        .newOrganization("Globex")                          // 0: name taken by org-9
        .newOrganization("x")                               // 1: too short
        .newOrganization("Initech")                         // 2: fine
        .newOrganization("  INITECH ")                      // 3: same name as entry 2
        .existing(ConsumerOrganizationId.of("ghost"))       // 4: no such organization
        .existing(ACME_ID)                                  // 5: fine
        .build();

    BatchRejectedException e = assertThrows(BatchRejectedException.class,
        () -> ports.act(() -> ports.sdk().shares().addConsumers(ALICE, GOLD_ID, request)));

    List<EntryRejection> rejections = e.rejections();
    assertEquals(List.of(0, 1, 3, 4), rejections.stream().map(EntryRejection::index).toList());
    assertEquals(List.of(request.entries().get(0), request.entries().get(1), request.entries().get(3),
        request.entries().get(4)), rejections.stream().map(EntryRejection::entry).toList());
    DuplicateNameException taken = assertInstanceOf(DuplicateNameException.class, rejections.get(0).reason());
    assertEquals(Optional.of(ConsumerOrganizationId.of("org-9")), taken.existingOrganizationId());
    assertEquals(NameRule.TOO_SHORT, assertInstanceOf(InvalidNameException.class, rejections.get(1).reason()).rule());
    assertEquals(Optional.empty(),
        assertInstanceOf(DuplicateNameException.class, rejections.get(2).reason()).existingOrganizationId());
    NotFoundException ghost = assertInstanceOf(NotFoundException.class, rejections.get(3).reason());
    assertEquals("ghost", ghost.id());
    assertTrue(e.getMessage().startsWith("Nothing was added: entry 1: "), e.getMessage());
    verify(ports.links, never()).openAll(any());
    verify(ports.events, never()).append(any());
    ports.assertOneRolledBackTransaction(TransactionMode.READ_WRITE, e);
  }

  @Test
  void addingToAShareThatIsNotLiveIsNotFoundAndChangesNothing() {
    NotFoundException e = assertThrows(NotFoundException.class, () -> ports.act(() -> ports.sdk().shares()
        .addConsumers(ALICE, GOLD_ID, AddConsumersRequest.builder().newOrganization("Initech").build())));
    assertEquals(ObjectKind.SHARE, e.kind());
    verify(ports.organizations, never()).insert(any(), any());
    verify(ports.links, never()).openAll(any());
    verify(ports.events, never()).append(any());
  }

  // ---- register, delete, remove

  @Test
  void registerStoresTheShareAndRecordsIt() {
    ports.givenRegisteredProvider();
    when(ports.shares.insert(any(), any())).thenReturn(true);

    Share registered = ports.act(() -> ports.sdk().shares().register(ALICE, GOLD_ID, " Gold\u2003feed "));

    Share expected = new Share(GOLD_ID, PROVIDER, "Gold feed", NOW);
    assertEquals(expected, registered);
    verify(ports.shares).insert(expected, new NormalizedName("Gold feed", "gold feed", "gold feed"));
    assertTrue(ports.assertOneTransaction(TransactionMode.READ_WRITE).committed);
    assertEquals(List.of(new ChangeEvent(PROVIDER, EventType.SHARE_REGISTERED, NOW, "alice", Optional.empty(),
        Optional.of(GOLD_ID), Map.of(), Map.of("name", "Gold feed"))), ports.appendedEvents());
  }

  @Test
  void registeringAnIdAgainIsAlreadyExists() {
    ports.givenRegisteredProvider();
    AlreadyExistsException e = assertThrows(AlreadyExistsException.class,
        () -> ports.act(() -> ports.sdk().shares().register(ALICE, GOLD_ID, "Gold feed")));
    assertEquals("gold", e.id());
    verify(ports.events, never()).append(any());
  }

  @Test
  void registerRefusesAnInvalidNameBeforeTouchingAnyPort() {
    assertThrows(InvalidNameException.class,
        () -> ports.act(() -> ports.sdk().shares().register(ALICE, GOLD_ID, "Gold\u202Efeed")));
    assertThrows(InvalidNameException.class, () -> ports.act(() -> ports.sdk().shares().register(ALICE, GOLD_ID, " ")));
    ports.assertUntouched();
  }

  @Test
  void deleteClosesTheSharesLinksAndRecordsEachOne() {
    Link closed = openLink("link-1", "gold", "org-1", EARLIER).closedAt(NOW);
    when(ports.shares.lockLive(PROVIDER, GOLD_ID)).thenReturn(Optional.of(GOLD));
    when(ports.shares.markDeleted(PROVIDER, GOLD_ID, NOW)).thenReturn(true);
    when(ports.links.closeAllOfShare(PROVIDER, GOLD_ID, NOW)).thenReturn(List.of(closed));

    ShareDeletion deletion = ports.act(() -> ports.sdk().shares().delete(ALICE, GOLD_ID));

    assertEquals(new ShareDeletion(GOLD, List.of(closed)), deletion);
    assertTrue(ports.assertOneTransaction(TransactionMode.READ_WRITE).committed);
    List<ChangeEvent> events = ports.appendedEvents();
    assertEquals(List.of(EventType.CONSUMER_REMOVED, EventType.SHARE_DELETED),
        events.stream().map(ChangeEvent::type).toList());
    assertEquals("share deleted", events.get(0).after().get("reason"));
    assertEquals(Map.of("name", "Gold feed"), events.get(1).before());
  }

  @Test
  void removeConsumerClosesTheLinkAndRecordsIt() {
    Link closed = openLink("link-1", "gold", "org-1", EARLIER).closedAt(NOW);
    givenLiveGoldShare();
    when(ports.organizations.lockLive(PROVIDER, List.of(ACME_ID))).thenReturn(List.of(ACME));
    when(ports.links.close(PROVIDER, GOLD_ID, ACME_ID, NOW)).thenReturn(Optional.of(closed));

    assertEquals(RemovalOutcome.REMOVED,
        ports.act(() -> ports.sdk().shares().removeConsumer(ALICE, GOLD_ID, ACME_ID)));

    List<ChangeEvent> events = ports.appendedEvents();
    assertEquals(EventType.CONSUMER_REMOVED, events.get(0).type());
    assertEquals("removed", events.get(0).after().get("reason"));
    assertEquals(NOW.toString(), events.get(0).after().get("closedAt"));
  }

  @Test
  void removingAnOrganizationThatWasNotLinkedChangesAndRecordsNothing() {
    givenLiveGoldShare();
    when(ports.organizations.lockLive(PROVIDER, List.of(ACME_ID))).thenReturn(List.of(ACME));

    assertEquals(RemovalOutcome.WAS_NOT_LINKED,
        ports.act(() -> ports.sdk().shares().removeConsumer(ALICE, GOLD_ID, ACME_ID)));

    verify(ports.events, never()).append(any());
  }

  @Test
  void consumersOfAShareAreReadOnly() {
    when(ports.shares.findLive(PROVIDER, GOLD_ID)).thenReturn(Optional.of(GOLD));
    ports.act(() -> ports.sdk().shares().consumers(ALICE, GOLD_ID, PageRequest.first()));
    ports.assertOneTransaction(TransactionMode.READ_ONLY);
    ArgumentCaptor<PageQuery> query = ArgumentCaptor.forClass(PageQuery.class);
    verify(ports.links).consumersOf(any(), any(), query.capture());
    assertEquals(51, query.getValue().limit(), "one more than the page, to know whether more follow");
  }

  private void givenLiveGoldShare() {
    when(ports.shares.lockLive(PROVIDER, GOLD_ID)).thenReturn(Optional.of(GOLD));
  }
}
