package org.consumerorgs;

import static org.consumerorgs.Ports.ALICE;
import static org.consumerorgs.Ports.EARLIER;
import static org.consumerorgs.Ports.NOW;
import static org.consumerorgs.Ports.PROVIDER;
import static org.consumerorgs.Ports.openLink;
import static org.consumerorgs.Ports.organization;
import static org.consumerorgs.Ports.share;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consumerorgs.domain.ChangeEvent;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.DeletionImpact;
import org.consumerorgs.domain.EventType;
import org.consumerorgs.domain.ExternalId;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.MacEffect;
import org.consumerorgs.domain.MatchKind;
import org.consumerorgs.domain.NormalizedName;
import org.consumerorgs.domain.Page;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.SearchHit;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.domain.TimeWindow;
import org.consumerorgs.error.DeletionRefusedException;
import org.consumerorgs.error.DuplicateExternalIdException;
import org.consumerorgs.error.DuplicateNameException;
import org.consumerorgs.error.InvalidCursorException;
import org.consumerorgs.error.InvalidNameException;
import org.consumerorgs.error.NameRule;
import org.consumerorgs.error.NotFoundException;
import org.consumerorgs.error.ObjectKind;
import org.consumerorgs.error.StaleVersionException;
import org.consumerorgs.policy.DeletionPolicy;
import org.consumerorgs.policy.Policies;
import org.consumerorgs.spi.ExternalIdOutcome;
import org.consumerorgs.spi.InsertOutcome;
import org.consumerorgs.spi.Keyed;
import org.consumerorgs.spi.Keyset;
import org.consumerorgs.spi.PageQuery;
import org.consumerorgs.spi.RenameOutcome;
import org.consumerorgs.spi.SearchCriteria;
import org.consumerorgs.spi.TransactionMode;
import org.junit.jupiter.api.Test;

class OrganizationServiceTest {
  private static final ConsumerOrganizationId ORG_7 = ConsumerOrganizationId.of("org-7");
  private static final ConsumerOrganization GLOBEX = organization("org-7", "Globex", 1);
  private static final ExternalId CRM_1 = ExternalId.of("crm-1");
  private static final TimeWindow MARCH_AND_APRIL =
      new TimeWindow(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-05-01T00:00:00Z"));

  private final Ports ports = new Ports();

  // ---- create

  @Test
  void createStoresTheNormalisedNameInOneTransactionAndRecordsWhoDidIt() {
    ports.givenRegisteredProvider();
    when(ports.organizations.insert(any(), any())).thenReturn(new InsertOutcome.Inserted());

    ConsumerOrganization created = ports.act(() -> ports.sdk().organizations().create(ALICE, " Globex\u00A0\u00A0Corp "));

    ConsumerOrganization expected =
        new ConsumerOrganization(ConsumerOrganizationId.of("id-1"), PROVIDER, "Globex Corp", 1, NOW, NOW);
    assertEquals(expected, created);
    verify(ports.organizations).insert(expected, new NormalizedName("Globex Corp", "globex corp", "globex corp"));
    assertTrue(ports.assertOneTransaction(TransactionMode.READ_WRITE).committed);
    assertEquals(List.of(new ChangeEvent(PROVIDER, EventType.ORGANIZATION_CREATED, NOW, "alice",
        Optional.of(expected.id()), Optional.empty(), Map.of(), Map.of("name", "Globex Corp", "version", "1"))),
        ports.appendedEvents());
  }

  @Test
  void createTruncatesTheClockToTheMicrosecond() {
    ports.givenRegisteredProvider();
    when(ports.organizations.insert(any(), any())).thenReturn(new InsertOutcome.Inserted());

    ConsumerOrganization created = ports.act(() -> ports.sdk().organizations().create(ALICE, "Globex"));

    assertEquals(123_456_000, created.createdAt().getNano(), "the clock said .123456789");
    assertEquals(NOW, created.updatedAt());
    assertEquals(NOW, ports.appendedEvents().get(0).occurredAt());
  }

  @Test
  void createTurnsATakenNameIntoADuplicateNamingTheHolder() {
    ports.givenRegisteredProvider();
    when(ports.organizations.insert(any(), any()))
        .thenReturn(new InsertOutcome.NameTaken(organization("org-9", "GLOBEX", 3)));

    DuplicateNameException e = assertThrows(DuplicateNameException.class,
        () -> ports.act(() -> ports.sdk().organizations().create(ALICE, "globex")));

    assertEquals(Optional.of(ConsumerOrganizationId.of("org-9")), e.existingOrganizationId());
    assertEquals("globex", e.name());
    assertTrue(e.getMessage().contains("\u201CGLOBEX\u201D"), e.getMessage());
    ports.assertOneRolledBackTransaction(TransactionMode.READ_WRITE, e);
    verify(ports.events, never()).append(any());
  }

  @Test
  void createRefusesAnInvalidNameBeforeTouchingAnyPort() {
    InvalidNameException e = assertThrows(InvalidNameException.class,
        () -> ports.act(() -> ports.sdk().organizations().create(ALICE, "G\u200Blobex")));
    assertEquals(NameRule.INVISIBLE_CHARACTER, e.rule());
    ports.assertUntouched();
  }

  @Test
  void createNeedsARegisteredProvider() {
    NotFoundException e = assertThrows(NotFoundException.class,
        () -> ports.act(() -> ports.sdk().organizations().create(ALICE, "Globex")));
    assertEquals(ObjectKind.PROVIDER, e.kind());
    verify(ports.organizations, never()).insert(any(), any());
    verify(ports.events, never()).append(any());
  }

  // ---- external ids

  @Test
  void createWithAnExternalIdStoresAndRecordsIt() {
    ports.givenRegisteredProvider();
    when(ports.organizations.insert(any(), any())).thenReturn(new InsertOutcome.Inserted());

    ConsumerOrganization created = ports.act(() -> ports.sdk().organizations().create(ALICE, "Globex", CRM_1));

    ConsumerOrganization expected = new ConsumerOrganization(ConsumerOrganizationId.of("id-1"), PROVIDER, "Globex", 1,
        NOW, NOW, Optional.of(CRM_1));
    assertEquals(expected, created);
    verify(ports.organizations).insert(expected, new NormalizedName("Globex", "globex", "globex"));
    assertEquals(Map.of("name", "Globex", "version", "1", "externalId", "crm-1"),
        ports.appendedEvents().get(0).after());
  }

  @Test
  void createTurnsATakenExternalIdIntoADuplicateNamingTheHolder() {
    ports.givenRegisteredProvider();
    when(ports.organizations.insert(any(), any()))
        .thenReturn(new InsertOutcome.ExternalIdTaken(organization("org-9", "Initech", 2)));

    DuplicateExternalIdException e = assertThrows(DuplicateExternalIdException.class,
        () -> ports.act(() -> ports.sdk().organizations().create(ALICE, "Globex", CRM_1)));

    assertEquals(ConsumerOrganizationId.of("org-9"), e.existingOrganizationId());
    assertEquals(CRM_1, e.externalId());
    ports.assertOneRolledBackTransaction(TransactionMode.READ_WRITE, e);
    verify(ports.events, never()).append(any());
  }

  @Test
  void setExternalIdWritesItWithTheVersionSeenAndRecordsBeforeAndAfter() {
    ConsumerOrganization changed = GLOBEX.withExternalId(Optional.of(CRM_1), NOW);
    when(ports.organizations.findLive(PROVIDER, ORG_7)).thenReturn(Optional.of(GLOBEX));
    when(ports.organizations.changeExternalId(PROVIDER, ORG_7, 1, Optional.of(CRM_1), NOW))
        .thenReturn(new ExternalIdOutcome.Changed(changed));

    assertEquals(changed, ports.act(() -> ports.sdk().organizations().setExternalId(ALICE, ORG_7, 1, CRM_1)));

    assertEquals(List.of(new ChangeEvent(PROVIDER, EventType.ORGANIZATION_EXTERNAL_ID_CHANGED, NOW, "alice",
        Optional.of(ORG_7), Optional.empty(), Map.of("version", "1"), Map.of("version", "2", "externalId", "crm-1"))),
        ports.appendedEvents());
    assertTrue(ports.assertOneTransaction(TransactionMode.READ_WRITE).committed);
  }

  @Test
  void setExternalIdTurnsEachRefusalOfTheStoreIntoItsException() {
    when(ports.organizations.findLive(PROVIDER, ORG_7)).thenReturn(Optional.of(GLOBEX));
    when(ports.organizations.changeExternalId(any(), any(), anyLong(), any(), any()))
        .thenReturn(new ExternalIdOutcome.ExternalIdTaken(organization("org-9", "Initech", 2)))
        .thenReturn(new ExternalIdOutcome.VersionMismatch(5))
        .thenReturn(new ExternalIdOutcome.NotFound());

    assertEquals(ConsumerOrganizationId.of("org-9"), assertThrows(DuplicateExternalIdException.class,
        () -> ports.sdk().organizations().setExternalId(ALICE, ORG_7, 1, CRM_1)).existingOrganizationId());
    assertEquals(5, assertThrows(StaleVersionException.class,
        () -> ports.sdk().organizations().setExternalId(ALICE, ORG_7, 1, CRM_1)).currentVersion());
    assertThrows(NotFoundException.class, () -> ports.sdk().organizations().setExternalId(ALICE, ORG_7, 1, CRM_1));
    verify(ports.events, never()).append(any());
  }

  @Test
  void setExternalIdToTheOneItHasWritesNothing() {
    ConsumerOrganization synced = GLOBEX.withExternalId(Optional.of(CRM_1), NOW);
    when(ports.organizations.findLive(PROVIDER, ORG_7)).thenReturn(Optional.of(synced));

    assertEquals(synced, ports.act(() -> ports.sdk().organizations().setExternalId(ALICE, ORG_7, 2, CRM_1)));

    verify(ports.organizations, never()).changeExternalId(any(), any(), anyLong(), any(), any());
    verify(ports.events, never()).append(any());
  }

  @Test
  void findByExternalIdReadsTheStoreInAReadOnlyTransaction() {
    when(ports.organizations.findLiveByExternalId(PROVIDER, CRM_1)).thenReturn(Optional.of(GLOBEX));

    assertEquals(Optional.of(GLOBEX), ports.act(() -> ports.sdk().organizations().findByExternalId(ALICE, CRM_1)));

    assertTrue(ports.assertOneTransaction(TransactionMode.READ_ONLY).committed);
  }

  // ---- rename

  @Test
  void renameWritesTheNewNameWithTheVersionSeenAndRecordsBeforeAndAfter() {
    ConsumerOrganization renamed = GLOBEX.renamed("Globex Corp", NOW);
    NormalizedName newName = new NormalizedName("Globex Corp", "globex corp", "globex corp");
    when(ports.organizations.findLive(PROVIDER, ORG_7)).thenReturn(Optional.of(GLOBEX));
    when(ports.organizations.rename(PROVIDER, ORG_7, 1, newName, NOW)).thenReturn(new RenameOutcome.Renamed(renamed));

    ConsumerOrganization result =
        ports.act(() -> ports.sdk().organizations().rename(ALICE, ORG_7, 1, "Globex\u3000Corp"));

    assertEquals(renamed, result);
    verify(ports.organizations).rename(PROVIDER, ORG_7, 1, newName, NOW);
    assertTrue(ports.assertOneTransaction(TransactionMode.READ_WRITE).committed);
    assertEquals(List.of(new ChangeEvent(PROVIDER, EventType.ORGANIZATION_RENAMED, NOW, "alice", Optional.of(ORG_7),
        Optional.empty(), Map.of("name", "Globex", "version", "1"), Map.of("name", "Globex Corp", "version", "2"))),
        ports.appendedEvents());
  }

  @Test
  void renameTurnsAVersionMismatchIntoAStaleVersion() {
    when(ports.organizations.findLive(PROVIDER, ORG_7)).thenReturn(Optional.of(GLOBEX));
    when(ports.organizations.rename(any(), any(), anyLong(), any(), any()))
        .thenReturn(new RenameOutcome.VersionMismatch(4));

    StaleVersionException e = assertThrows(StaleVersionException.class,
        () -> ports.act(() -> ports.sdk().organizations().rename(ALICE, ORG_7, 1, "Globex Corp")));

    assertEquals(1, e.expectedVersion());
    assertEquals(4, e.currentVersion());
    assertEquals(ORG_7, e.organizationId());
    ports.assertOneRolledBackTransaction(TransactionMode.READ_WRITE, e);
    verify(ports.events, never()).append(any());
  }

  @Test
  void renameTurnsNotFoundIntoNotFound() {
    when(ports.organizations.findLive(PROVIDER, ORG_7)).thenReturn(Optional.of(GLOBEX));
    when(ports.organizations.rename(any(), any(), anyLong(), any(), any())).thenReturn(new RenameOutcome.NotFound());

    NotFoundException e = assertThrows(NotFoundException.class,
        () -> ports.act(() -> ports.sdk().organizations().rename(ALICE, ORG_7, 1, "Globex Corp")));

    assertEquals(ObjectKind.CONSUMER_ORGANIZATION, e.kind());
    assertEquals("org-7", e.id());
    verify(ports.events, never()).append(any());
  }

  @Test
  void renameTurnsATakenNameIntoADuplicateNamingTheHolder() {
    when(ports.organizations.findLive(PROVIDER, ORG_7)).thenReturn(Optional.of(GLOBEX));
    when(ports.organizations.rename(any(), any(), anyLong(), any(), any()))
        .thenReturn(new RenameOutcome.NameTaken(organization("org-9", "Initech", 2)));

    DuplicateNameException e = assertThrows(DuplicateNameException.class,
        () -> ports.act(() -> ports.sdk().organizations().rename(ALICE, ORG_7, 1, "INITECH")));

    assertEquals(Optional.of(ConsumerOrganizationId.of("org-9")), e.existingOrganizationId());
    verify(ports.events, never()).append(any());
  }

  @Test
  void renameOfAnOrganizationThatIsNotLiveIsNotFoundAndWritesNothing() {
    NotFoundException e = assertThrows(NotFoundException.class,
        () -> ports.act(() -> ports.sdk().organizations().rename(ALICE, ORG_7, 1, "Globex Corp")));
    assertEquals("org-7", e.id());
    verify(ports.organizations, never()).rename(any(), any(), anyLong(), any(), any());
    verify(ports.events, never()).append(any());
  }

  @Test
  void renameWithAnOldVersionIsStaleBeforeAnyWrite() {
    when(ports.organizations.findLive(PROVIDER, ORG_7)).thenReturn(Optional.of(organization("org-7", "Globex", 2)));

    StaleVersionException e = assertThrows(StaleVersionException.class,
        () -> ports.act(() -> ports.sdk().organizations().rename(ALICE, ORG_7, 1, "Globex Corp")));

    assertEquals(2, e.currentVersion());
    verify(ports.organizations, never()).rename(any(), any(), anyLong(), any(), any());
    verify(ports.events, never()).append(any());
  }

  @Test
  void renamingToTheIdenticalNameWritesNothingAndRecordsNothing() {
    when(ports.organizations.findLive(PROVIDER, ORG_7)).thenReturn(Optional.of(GLOBEX));

    ConsumerOrganization result = ports.act(() -> ports.sdk().organizations().rename(ALICE, ORG_7, 1, "  Globex "));

    assertEquals(GLOBEX, result);
    verify(ports.organizations, never()).rename(any(), any(), anyLong(), any(), any());
    verify(ports.events, never()).append(any());
    assertTrue(ports.assertOneTransaction(TransactionMode.READ_WRITE).committed);
  }

  @Test
  void changingOnlyTheLetterCaseIsARename() {
    when(ports.organizations.findLive(PROVIDER, ORG_7)).thenReturn(Optional.of(GLOBEX));
    when(ports.organizations.rename(any(), any(), anyLong(), any(), any()))
        .thenReturn(new RenameOutcome.Renamed(GLOBEX.renamed("GLOBEX", NOW)));

    assertEquals("GLOBEX", ports.act(() -> ports.sdk().organizations().rename(ALICE, ORG_7, 1, "GLOBEX")).name());

    verify(ports.organizations).rename(PROVIDER, ORG_7, 1, new NormalizedName("GLOBEX", "globex", "globex"), NOW);
    assertEquals(EventType.ORGANIZATION_RENAMED, ports.appendedEvents().get(0).type());
  }

  @Test
  void renameRefusesBadArgumentsBeforeTouchingAnyPort() {
    InvalidNameException invalid = assertThrows(InvalidNameException.class,
        () -> ports.act(() -> ports.sdk().organizations().rename(ALICE, ORG_7, 1, "Glo\nbex")));
    assertEquals(NameRule.LINE_BREAK, invalid.rule());
    assertThrows(IllegalArgumentException.class,
        () -> ports.act(() -> ports.sdk().organizations().rename(ALICE, ORG_7, 0, "Globex Corp")));
    assertThrows(NullPointerException.class,
        () -> ports.act(() -> ports.sdk().organizations().rename(ALICE, null, 1, "Globex Corp")));
    ports.assertUntouched();
  }

  // ---- delete

  @Test
  void deleteClosesTheLinksAndReportsTheImpactAndRecordsEveryChange() {
    Link open = openLink("link-1", "gold", "org-7", EARLIER);
    Link closed = open.closedAt(NOW);
    when(ports.organizations.markDeleted(PROVIDER, ORG_7, NOW)).thenReturn(Optional.of(GLOBEX));
    when(ports.links.linksOfOrganization(PROVIDER, ORG_7, MARCH_AND_APRIL)).thenReturn(List.of(open));
    when(ports.links.closeAllOfOrganization(PROVIDER, ORG_7, NOW)).thenReturn(List.of(closed));
    when(ports.shares.findLive(PROVIDER, List.of(ShareId.of("gold")))).thenReturn(List.of(share("gold", "Gold")));

    DeletionImpact impact = ports.act(() -> ports.sdk().organizations().delete(ALICE, ORG_7));

    assertEquals(new DeletionImpact(GLOBEX, List.of(share("gold", "Gold")), List.of(
        new MacEffect(YearMonth.of(2026, 3), true, true), new MacEffect(YearMonth.of(2026, 4), true, false)), true, true),
        impact);
    assertTrue(ports.assertOneTransaction(TransactionMode.READ_WRITE).committed);
    assertEquals(List.of(
        new ChangeEvent(PROVIDER, EventType.CONSUMER_REMOVED, NOW, "alice", Optional.of(ORG_7),
            Optional.of(ShareId.of("gold")), Map.of("link", "link-1", "openedAt", EARLIER.toString()),
            Map.of("link", "link-1", "openedAt", EARLIER.toString(), "closedAt", NOW.toString(),
                "reason", "organization deleted")),
        new ChangeEvent(PROVIDER, EventType.ORGANIZATION_DELETED, NOW, "alice", Optional.of(ORG_7),
            Optional.empty(), Map.of("name", "Globex", "version", "1"), Map.of())),
        ports.appendedEvents());
  }

  @Test
  void deleteUnderRefuseWhileLinkedRefusesListingTheSharesAndRecordsNothing() {
    when(ports.organizations.findLive(PROVIDER, ORG_7)).thenReturn(Optional.of(GLOBEX));
    when(ports.links.openLinksOfOrganization(PROVIDER, ORG_7)).thenReturn(List.of(
        openLink("link-1", "gold", "org-7", EARLIER),
        openLink("link-2", "silver", "org-7", EARLIER)));
    Policies refuse = Policies.defaults().withDeletion(DeletionPolicy.REFUSE_WHILE_LINKED);

    DeletionRefusedException e = assertThrows(DeletionRefusedException.class,
        () -> ports.act(() -> ports.sdk(refuse).organizations().delete(ALICE, ORG_7)));

    assertEquals(List.of(ShareId.of("gold"), ShareId.of("silver")), e.linkedShares());
    assertEquals(ORG_7, e.organizationId());
    ports.assertOneRolledBackTransaction(TransactionMode.READ_WRITE, e);
    verify(ports.organizations, never()).markDeleted(any(), any(), any()); // refused before writing anything
    verify(ports.links, never()).closeAllOfOrganization(any(), any(), any());
    verify(ports.events, never()).append(any());
  }

  @Test
  void deleteUnderRefuseWhileLinkedStillRefusesALinkAddedAfterItsCheck() {
    when(ports.organizations.findLive(PROVIDER, ORG_7)).thenReturn(Optional.of(GLOBEX));
    when(ports.organizations.markDeleted(PROVIDER, ORG_7, NOW)).thenReturn(Optional.of(GLOBEX));
    when(ports.links.closeAllOfOrganization(PROVIDER, ORG_7, NOW)).thenReturn(List.of(
        openLink("link-1", "gold", "org-7", EARLIER).closedAt(NOW)));
    Policies refuse = Policies.defaults().withDeletion(DeletionPolicy.REFUSE_WHILE_LINKED);

    DeletionRefusedException e = assertThrows(DeletionRefusedException.class,
        () -> ports.act(() -> ports.sdk(refuse).organizations().delete(ALICE, ORG_7)));

    assertEquals(List.of(ShareId.of("gold")), e.linkedShares());
    ports.assertOneRolledBackTransaction(TransactionMode.READ_WRITE, e);
    verify(ports.events, never()).append(any());
  }

  @Test
  void deleteUnderRefuseWhileLinkedDeletesAnUnlinkedOrganization() {
    when(ports.organizations.findLive(PROVIDER, ORG_7)).thenReturn(Optional.of(GLOBEX));
    when(ports.organizations.markDeleted(PROVIDER, ORG_7, NOW)).thenReturn(Optional.of(GLOBEX));
    Policies refuse = Policies.defaults().withDeletion(DeletionPolicy.REFUSE_WHILE_LINKED);

    DeletionImpact impact = ports.act(() -> ports.sdk(refuse).organizations().delete(ALICE, ORG_7));

    assertTrue(impact.deleted());
    assertEquals(List.of(), impact.sharesLosingAccess());
    assertEquals(List.of(EventType.ORGANIZATION_DELETED),
        ports.appendedEvents().stream().map(ChangeEvent::type).toList());
  }

  @Test
  void deleteOfAnOrganizationThatIsNotLiveIsNotFoundAndChangesNothing() {
    NotFoundException e = assertThrows(NotFoundException.class,
        () -> ports.act(() -> ports.sdk().organizations().delete(ALICE, ORG_7)));
    assertEquals("org-7", e.id());
    verify(ports.links, never()).closeAllOfOrganization(any(), any(), any());
    verify(ports.events, never()).append(any());
  }

  @Test
  void previewDeleteReadsOnlyAndChangesNothing() {
    Link open = openLink("link-1", "gold", "org-7", EARLIER);
    when(ports.organizations.findLive(PROVIDER, ORG_7)).thenReturn(Optional.of(GLOBEX));
    when(ports.links.linksOfOrganization(PROVIDER, ORG_7, MARCH_AND_APRIL)).thenReturn(List.of(open));
    when(ports.links.openLinksOfOrganization(PROVIDER, ORG_7)).thenReturn(List.of(open));
    when(ports.shares.findLive(PROVIDER, List.of(ShareId.of("gold")))).thenReturn(List.of(share("gold", "Gold")));

    DeletionImpact impact = ports.act(() -> ports.sdk().organizations().previewDelete(ALICE, ORG_7));

    assertFalse(impact.deleted());
    assertEquals(List.of(share("gold", "Gold")), impact.sharesLosingAccess());
    assertEquals(List.of(0, -1), impact.macEffects().stream().map(MacEffect::change).toList());
    ports.assertOneTransaction(TransactionMode.READ_ONLY);
    verify(ports.organizations, never()).markDeleted(any(), any(), any());
    verify(ports.links, never()).closeAllOfOrganization(any(), any(), any());
    verify(ports.events, never()).append(any());
  }

  // ---- reads

  @Test
  void listReadsOneMoreThanAPageAndHandsOutACursorForTheNext() {
    ConsumerOrganization acme = organization("org-1", "Acme", 1);
    ConsumerOrganization globex = organization("org-2", "Globex", 1);
    ConsumerOrganization initech = organization("org-3", "Initech", 1);
    when(ports.organizations.listLive(PROVIDER, new PageQuery(Optional.empty(), 3))).thenReturn(List.of(
        new Keyed<>(acme, new Keyset("acme", "org-1")), new Keyed<>(globex, new Keyset("globex", "org-2")),
        new Keyed<>(initech, new Keyset("initech", "org-3"))));
    when(ports.organizations.listLive(PROVIDER, new PageQuery(Optional.of(new Keyset("globex", "org-2")), 3)))
        .thenReturn(List.of(new Keyed<>(initech, new Keyset("initech", "org-3"))));
    ConsumerOrgs sdk = ports.sdk();

    Page<ConsumerOrganization> first = ports.act(() -> sdk.organizations().list(ALICE, PageRequest.first(2)));
    assertEquals(List.of(acme, globex), first.items());
    assertTrue(first.hasNext());
    Page<ConsumerOrganization> second = ports.act(() -> sdk.organizations().list(ALICE, first.next(2).orElseThrow()));

    assertEquals(List.of(initech), second.items());
    assertFalse(second.hasNext());
    assertEquals(2, ports.transactionsRun.size());
    assertTrue(ports.transactionsRun.stream().allMatch(tx -> tx.mode == TransactionMode.READ_ONLY));
  }

  @Test
  void aCursorOfAnotherListIsRefused() {
    ConsumerOrganization acme = organization("org-1", "Acme", 1);
    when(ports.organizations.listLive(any(), any())).thenReturn(List.of(
        new Keyed<>(acme, new Keyset("acme", "org-1")), new Keyed<>(acme, new Keyset("acme", "org-1"))));
    ConsumerOrgs sdk = ports.sdk();
    String cursor = sdk.organizations().list(ALICE, PageRequest.first(1)).nextCursor().orElseThrow();

    assertThrows(InvalidCursorException.class,
        () -> sdk.shares().list(ALICE, PageRequest.after(cursor, 1)));
    assertThrows(InvalidCursorException.class,
        () -> sdk.organizations().list(ALICE, PageRequest.after(cursor + "x", 1)));
  }

  @Test
  void searchFoldsTheTextAndReadsOnly() {
    SearchHit hit = new SearchHit(organization("org-1", "\u00C9mile & Co", 1), MatchKind.PREFIX);
    when(ports.organizations.search(PROVIDER, new SearchCriteria("emile", 5, Optional.empty())))
        .thenReturn(List.of(hit));

    List<SearchHit> hits =
        ports.act(() -> ports.sdk().organizations().search(ALICE, SearchRequest.of("  \u00C9MILE ").withLimit(5)));

    assertEquals(List.of(hit), hits);
    ports.assertOneTransaction(TransactionMode.READ_ONLY);
  }

  @Test
  void searchLeavingOutTheConsumersOfAShareNeedsALiveShare() {
    NotFoundException e = assertThrows(NotFoundException.class, () -> ports.act(() -> ports.sdk().organizations()
        .search(ALICE, SearchRequest.of("acme").excludingConsumersOf(ShareId.of("gone")))));
    assertEquals(ObjectKind.SHARE, e.kind());
    verify(ports.organizations, never()).search(any(), any());
  }

  @Test
  void getOfAMissingOrganizationIsNotFound() {
    NotFoundException e = assertThrows(NotFoundException.class,
        () -> ports.act(() -> ports.sdk().organizations().get(ALICE, ORG_7)));
    assertEquals(ObjectKind.CONSUMER_ORGANIZATION, e.kind());
    ports.assertOneTransaction(TransactionMode.READ_ONLY);
  }

  @Test
  void findGivesWhatTheStoreHas() {
    when(ports.organizations.findLive(PROVIDER, ORG_7)).thenReturn(Optional.of(GLOBEX));
    assertSame(GLOBEX, ports.act(() -> ports.sdk().organizations().find(ALICE, ORG_7)).orElseThrow());
    ports.assertOneTransaction(TransactionMode.READ_ONLY);
  }
}
