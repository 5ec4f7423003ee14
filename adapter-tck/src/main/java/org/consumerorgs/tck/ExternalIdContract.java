package org.consumerorgs.tck;

import static org.consumerorgs.tck.ConcurrentRun.check;
import static org.consumerorgs.tck.ConcurrentRun.invariant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.ChangeEvent;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.EventType;
import org.consumerorgs.domain.ExternalId;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.domain.SearchHit;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.domain.Share;
import org.consumerorgs.error.DuplicateExternalIdException;
import org.consumerorgs.error.ErrorCode;
import org.consumerorgs.error.NotAllowedException;
import org.consumerorgs.error.NotFoundException;
import org.consumerorgs.error.StaleVersionException;
import org.consumerorgs.policy.NamingPolicy;
import org.consumerorgs.spi.ExternalIdOutcome;
import org.consumerorgs.spi.InsertOutcome;
import org.consumerorgs.spi.TransactionMode;
import org.consumerorgs.tck.FailingStorage.Call;
import org.consumerorgs.tck.FailingStorage.InjectedFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * External ids: the host's own key for an organization, unique among a provider's live organizations and compared
 * exactly, judged by the store (a race of creates with one external id on two host instances has one winner), set on
 * create or changed with the expected version, found by {@code findByExternalId}, shown wherever the organization is,
 * recorded in the log, and freed when the organization is deleted.
 */
public interface ExternalIdContract extends MultiHostStorageFactory {
  ExternalId CRM_1 = ExternalId.of("crm-1");
  ExternalId CRM_2 = ExternalId.of("crm-2");

  private static ConsumerOrganization create(ContractWorld world, String name, ExternalId externalId) {
    return world.sdk.organizations().create(world.alice, name, externalId);
  }

  private static Optional<ConsumerOrganization> byExternalId(ContractWorld world, ExternalId externalId) {
    return world.sdk.organizations().findByExternalId(world.alice, externalId);
  }

  private static ChangeEvent lastEvent(ContractWorld world) {
    List<RecordedEvent> events = world.events(world.alice);
    return events.get(events.size() - 1).event();
  }

  private static <T> T write(ContractWorld world, Supplier<T> work) {
    return world.storage.transactions().inTransaction(ContractWorld.PROVIDER_A, TransactionMode.READ_WRITE, work);
  }

  // ---- set on create, shown everywhere ----

  @Test
  default void anOrganizationCreatedWithAnExternalIdReadsBackWithItEverywhere() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = create(world, "Globex", CRM_1);
    world.link(sales, globex);

    assertEquals(Optional.of(CRM_1), globex.externalId());
    assertEquals(1, globex.version());
    assertEquals(globex, world.sdk.organizations().get(world.alice, globex.id()));
    assertEquals(Optional.of(globex), byExternalId(world, CRM_1));
    assertEquals(List.of(globex), world.organizations(world.alice));
    assertEquals(List.of(globex), world.consumers(world.alice, sales.id()));
    assertEquals(List.of(globex), world.sdk.organizations().search(world.alice, SearchRequest.of("glo")).stream()
        .map(SearchHit::organization).toList());
    ChangeEvent created = world.events(world.alice).stream().map(RecordedEvent::event)
        .filter(e -> e.type() == EventType.ORGANIZATION_CREATED).findFirst().orElseThrow();
    assertEquals(Map.of("name", "Globex", "version", "1", "externalId", "crm-1"), created.after());
  }

  @Test
  default void anOrganizationWithoutAnExternalIdHasNoneAndIsNotFoundByOne() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization globex = world.organization("Globex");

    assertEquals(Optional.empty(), globex.externalId());
    assertEquals(Optional.empty(), world.sdk.organizations().get(world.alice, globex.id()).externalId());
    assertEquals(Optional.empty(), byExternalId(world, CRM_1));
    assertEquals(Map.of("name", "Globex", "version", "1"), lastEvent(world).after());
  }

  @Test
  default void anExternalIdOfSixtyFourPrintableCharactersIsKeptExactly() {
    ContractWorld world = ContractWorld.create(this);
    ExternalId longest = ExternalId.of("!\"#$%&'()*+,-./0123456789:;<=>?@ABCXYZ[\\]^_`abcxyz{|}~" + "x".repeat(10));
    ConsumerOrganization globex = create(world, "Globex", longest);

    assertEquals(64, longest.value().length());
    assertEquals(Optional.of(longest), world.sdk.organizations().get(world.alice, globex.id()).externalId());
    assertEquals(Optional.of(globex), byExternalId(world, longest));
  }

  // ---- unique among live organizations, compared exactly, per provider ----

  @Test
  default void aSecondOrganizationWithATakenExternalIdIsRefusedNamingTheHolder() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization globex = create(world, "Globex", CRM_1);
    ContractWorld.Snapshot before = world.snapshot();

    DuplicateExternalIdException e = assertThrows(DuplicateExternalIdException.class,
        () -> create(world, "Initech", CRM_1));

    assertEquals(ErrorCode.DUPLICATE_EXTERNAL_ID, e.code());
    assertEquals(CRM_1, e.externalId());
    assertEquals(globex.id(), e.existingOrganizationId());
    assertEquals("The consumer organization \u201CGlobex\u201D already has the external id \u201Ccrm-1\u201D; "
        + "external ids must be unique.", e.getMessage());
    assertEquals(before, world.snapshot());
    world.organization("Initech"); // the refused name was not kept either
  }

  @Test
  default void externalIdsAreComparedExactly() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization lower = create(world, "Globex", ExternalId.of("crm-a"));
    ConsumerOrganization upper = create(world, "Initech", ExternalId.of("CRM-A"));
    ConsumerOrganization longer = create(world, "Hooli", ExternalId.of("crm-a-"));

    assertEquals(Optional.of(lower), byExternalId(world, ExternalId.of("crm-a")));
    assertEquals(Optional.of(upper), byExternalId(world, ExternalId.of("CRM-A")));
    assertEquals(Optional.of(longer), byExternalId(world, ExternalId.of("crm-a-")));
    assertEquals(Optional.empty(), byExternalId(world, ExternalId.of("Crm-a")));
    assertEquals(Optional.empty(), byExternalId(world, ExternalId.of("crm-")));
  }

  @Test
  default void externalIdsArePerProvider() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization alices = create(world, "Globex", CRM_1);
    ConsumerOrganization bobs = world.sdk.organizations().create(world.bob, "Globex", CRM_1);

    assertEquals(Optional.of(alices), byExternalId(world, CRM_1));
    assertEquals(Optional.of(bobs), world.sdk.organizations().findByExternalId(world.bob, CRM_1));
    assertEquals(Optional.empty(), world.sdk.organizations().findByExternalId(world.bob, CRM_2));
  }

  @Test
  default void deletingAnOrganizationFreesItsExternalId() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization globex = create(world, "Globex", CRM_1);

    world.sdk.organizations().delete(world.alice, globex.id());

    assertEquals(Map.of("name", "Globex", "version", "1", "externalId", "crm-1"), lastEvent(world).before());
    assertEquals(Optional.empty(), byExternalId(world, CRM_1));
    ConsumerOrganization successor = create(world, "Globex Successor", CRM_1);
    assertEquals(Optional.of(successor), byExternalId(world, CRM_1));
  }

  // ---- changed with the expected version ----

  @Test
  default void settingAnExternalIdMakesANewVersionAndIsLoggedBeforeAndAfter() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization globex = world.organization("Globex");
    Instant later = world.tick();

    ConsumerOrganization set = world.sdk.organizations().setExternalId(world.alice, globex.id(), 1, CRM_1);

    assertEquals(new ConsumerOrganization(globex.id(), globex.providerId(), "Globex", 2, globex.createdAt(), later,
        Optional.of(CRM_1)), set);
    assertEquals(set, world.sdk.organizations().get(world.alice, globex.id()));
    assertEquals(Optional.of(set), byExternalId(world, CRM_1));
    ChangeEvent changed = lastEvent(world);
    assertEquals(EventType.ORGANIZATION_EXTERNAL_ID_CHANGED, changed.type());
    assertEquals(Optional.of(globex.id()), changed.organizationId());
    assertEquals(later, changed.occurredAt());
    assertEquals("alice", changed.actorId());
    assertEquals(Map.of("version", "1"), changed.before());
    assertEquals(Map.of("version", "2", "externalId", "crm-1"), changed.after());
  }

  @Test
  default void changingAnExternalIdFreesTheOldOne() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization globex = create(world, "Globex", CRM_1);

    ConsumerOrganization changed = world.sdk.organizations().setExternalId(world.alice, globex.id(), 1, CRM_2);

    assertEquals(Optional.of(CRM_2), changed.externalId());
    assertEquals(Map.of("version", "1", "externalId", "crm-1"), lastEvent(world).before());
    assertEquals(Map.of("version", "2", "externalId", "crm-2"), lastEvent(world).after());
    assertEquals(Optional.empty(), byExternalId(world, CRM_1));
    assertEquals(Optional.of(changed), byExternalId(world, CRM_2));
    create(world, "Initech", CRM_1);
  }

  @Test
  default void clearingAnExternalIdFreesIt() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization globex = create(world, "Globex", CRM_1);

    ConsumerOrganization cleared = world.sdk.organizations().clearExternalId(world.alice, globex.id(), 1);

    assertEquals(Optional.empty(), cleared.externalId());
    assertEquals(2, cleared.version());
    assertEquals(cleared, world.sdk.organizations().get(world.alice, globex.id()));
    assertEquals(Map.of("version", "2"), lastEvent(world).after());
    assertEquals(Optional.empty(), byExternalId(world, CRM_1));
    ConsumerOrganization initech = create(world, "Initech", CRM_1);
    assertEquals(Optional.of(initech), byExternalId(world, CRM_1));
  }

  @Test
  default void settingTheExternalIdItHasOrClearingNoneChangesNothing() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization globex = create(world, "Globex", CRM_1);
    ConsumerOrganization initech = world.organization("Initech");
    ContractWorld.Snapshot before = world.snapshot();

    assertEquals(globex, world.sdk.organizations().setExternalId(world.alice, globex.id(), 1, CRM_1));
    assertEquals(initech, world.sdk.organizations().clearExternalId(world.alice, initech.id(), 1));

    assertEquals(before, world.snapshot());
  }

  @Test
  default void aRenameKeepsTheExternalIdAndAnExternalIdChangeKeepsTheName() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization globex = create(world, "Globex", CRM_1);

    ConsumerOrganization renamed = world.sdk.organizations().rename(world.alice, globex.id(), 1, "Globex Corp");
    ConsumerOrganization changed = world.sdk.organizations().setExternalId(world.alice, globex.id(), 2, CRM_2);

    assertEquals(Optional.of(CRM_1), renamed.externalId());
    assertEquals(Map.of("name", "Globex Corp", "version", "2", "externalId", "crm-1"),
        world.events(world.alice).get(world.events(world.alice).size() - 2).event().after());
    assertEquals("Globex Corp", changed.name());
    assertEquals(3, changed.version());
    assertEquals(changed, world.sdk.organizations().get(world.alice, globex.id()));
  }

  @Test
  default void anExternalIdChangeFromAStaleVersionIsRefusedAndChangesNothing() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization globex = world.organization("Globex");
    world.sdk.organizations().rename(world.alice, globex.id(), 1, "Globex Corp");
    ContractWorld.Snapshot before = world.snapshot();

    StaleVersionException set = assertThrows(StaleVersionException.class,
        () -> world.sdk.organizations().setExternalId(world.alice, globex.id(), 1, CRM_1));
    assertThrows(StaleVersionException.class,
        () -> world.sdk.organizations().clearExternalId(world.alice, globex.id(), 1));

    assertEquals(2, set.currentVersion());
    assertEquals(before, world.snapshot());
    assertEquals(Optional.empty(), byExternalId(world, CRM_1));
  }

  @Test
  default void anExternalIdChangeToATakenOneIsRefusedNamingTheHolder() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization globex = create(world, "Globex", CRM_1);
    ConsumerOrganization initech = create(world, "Initech", CRM_2);
    ContractWorld.Snapshot before = world.snapshot();

    DuplicateExternalIdException e = assertThrows(DuplicateExternalIdException.class,
        () -> world.sdk.organizations().setExternalId(world.alice, initech.id(), 1, CRM_1));

    assertEquals(globex.id(), e.existingOrganizationId());
    assertEquals(before, world.snapshot());
  }

  @Test
  default void theExternalIdOfAnUnknownDeletedOrForeignOrganizationCannotBeChanged() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization deleted = world.organization("Globex");
    world.sdk.organizations().delete(world.alice, deleted.id());
    ConsumerOrganization bobs = world.sdk.organizations().create(world.bob, "Initech");
    ContractWorld.Snapshot before = world.snapshot();

    for (ConsumerOrganizationId id : List.of(deleted.id(), bobs.id(), ConsumerOrganizationId.of("no-such-org"))) {
      assertThrows(NotFoundException.class,
          () -> world.sdk.organizations().setExternalId(world.alice, id, 1, CRM_1), id::value);
      assertThrows(NotFoundException.class,
          () -> world.sdk.organizations().clearExternalId(world.alice, id, 1), id::value);
    }

    assertEquals(before, world.snapshot());
  }

  @Test
  default void onlyProvidersUseExternalIdsAndBadArgumentsAreRefusedBeforeAnythingIsStored() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization globex = world.organization("Globex");
    ContractWorld.Snapshot before = world.snapshot();

    assertThrows(NotAllowedException.class, () -> world.sdk.organizations().create(world.stranger, "Initech", CRM_1));
    assertThrows(NotAllowedException.class,
        () -> world.sdk.organizations().setExternalId(world.stranger, globex.id(), 1, CRM_1));
    assertThrows(NotAllowedException.class, () -> world.sdk.organizations().findByExternalId(world.stranger, CRM_1));
    assertThrows(NotFoundException.class, () -> world.sdk.organizations().create(world.carol, "Initech", CRM_1));
    assertThrows(IllegalArgumentException.class,
        () -> world.sdk.organizations().setExternalId(world.alice, globex.id(), 0, CRM_1));
    assertThrows(NullPointerException.class,
        () -> world.sdk.organizations().setExternalId(world.alice, globex.id(), 1, null));
    assertThrows(NullPointerException.class, () -> world.sdk.organizations().create(world.alice, "Initech", null));
    assertThrows(NullPointerException.class, () -> world.sdk.organizations().findByExternalId(world.alice, null));
    for (String bad : List.of("", "crm 1", "x".repeat(65), "caf\u00E9", "a\tb")) {
      assertThrows(IllegalArgumentException.class, () -> ExternalId.of(bad), bad);
    }

    assertEquals(before, world.snapshot());
  }

  // ---- judged by the store, atomically ----

  @Test
  default void theStoreRefusesToInsertATakenExternalIdAndToChangeToOne() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization globex = create(world, "Globex", CRM_1);
    ConsumerOrganization initech = world.organization("Initech");
    ConsumerOrganization twin = new ConsumerOrganization(ConsumerOrganizationId.of("twin"), ContractWorld.PROVIDER_A,
        "Hooli", 1, ContractWorld.START, ContractWorld.START, Optional.of(CRM_1));
    Instant now = world.tick();

    InsertOutcome inserted = write(world,
        () -> world.storage.organizations().insert(twin, NamingPolicy.defaults().check("Hooli")));
    ExternalIdOutcome taken = write(world, () -> world.storage.organizations()
        .changeExternalId(ContractWorld.PROVIDER_A, initech.id(), 1, Optional.of(CRM_1), now));
    ExternalIdOutcome stale = write(world, () -> world.storage.organizations()
        .changeExternalId(ContractWorld.PROVIDER_A, initech.id(), 7, Optional.of(CRM_2), now));
    ExternalIdOutcome unknown = write(world, () -> world.storage.organizations()
        .changeExternalId(ContractWorld.PROVIDER_A, ConsumerOrganizationId.of("none"), 1, Optional.of(CRM_2), now));
    ExternalIdOutcome own = write(world, () -> world.storage.organizations()
        .changeExternalId(ContractWorld.PROVIDER_A, globex.id(), 1, Optional.of(CRM_1), now));

    assertEquals(globex, assertInstanceOf(InsertOutcome.ExternalIdTaken.class, inserted).holder());
    assertEquals(globex, assertInstanceOf(ExternalIdOutcome.ExternalIdTaken.class, taken).holder());
    assertEquals(1, assertInstanceOf(ExternalIdOutcome.VersionMismatch.class, stale).currentVersion());
    assertInstanceOf(ExternalIdOutcome.NotFound.class, unknown);
    assertEquals(globex.withExternalId(Optional.of(CRM_1), now),
        assertInstanceOf(ExternalIdOutcome.Changed.class, own).organization());
    assertEquals(List.of("Globex", "Initech"), world.organizationNames(world.alice));
    assertEquals(Optional.empty(), world.sdk.organizations().get(world.alice, initech.id()).externalId());
  }

  @ParameterizedTest
  @EnumSource(value = Call.class, names = {"ORGANIZATION_FIND_LIVE", "ORGANIZATION_CHANGE_EXTERNAL_ID",
      "EVENT_APPEND"})
  default void aFailedExternalIdChangeLeavesNothingBehind(Call call) {
    ContractWorld world = ContractWorld.create(() -> new FailingStorage(newStorage()));
    ConsumerOrganization globex = create(world, "Globex", CRM_1);
    world.tick();
    FailingStorage store = (FailingStorage) world.storage;
    ContractWorld.Snapshot before = world.snapshot();
    InjectedFailure injected = new InjectedFailure(call);
    store.failAfter(call, injected);

    assertEquals(injected, assertThrows(InjectedFailure.class,
        () -> world.sdk.organizations().setExternalId(world.alice, globex.id(), 1, CRM_2)));

    assertEquals(before, world.snapshot());
    assertEquals(Optional.of(globex), byExternalId(world, CRM_1));
    ConsumerOrganization changed = ContractWorld.onAnotherThread(
        () -> world.sdk.organizations().setExternalId(world.alice, globex.id(), 1, CRM_2));
    assertEquals(Optional.of(changed), byExternalId(world, CRM_2));
    assertEquals(Optional.empty(), byExternalId(world, CRM_1));
  }

  @ParameterizedTest
  @EnumSource(value = Call.class, names = {"ORGANIZATION_INSERT", "EVENT_APPEND"})
  default void aFailedCreateWithAnExternalIdLeavesItFree(Call call) {
    ContractWorld world = ContractWorld.create(() -> new FailingStorage(newStorage()));
    FailingStorage store = (FailingStorage) world.storage;
    ContractWorld.Snapshot before = world.snapshot();
    InjectedFailure injected = new InjectedFailure(call);
    store.failAfter(call, injected);

    assertEquals(injected, assertThrows(InjectedFailure.class, () -> create(world, "Globex", CRM_1)));

    assertEquals(before, world.snapshot());
    assertEquals(Optional.empty(), byExternalId(world, CRM_1));
    ConsumerOrganization globex = ContractWorld.onAnotherThread(() -> create(world, "Globex", CRM_1));
    assertEquals(Optional.of(globex), byExternalId(world, CRM_1));
  }

  // ---- races on two host instances ----

  @Test
  default void racingCreatesWithOneExternalIdHaveExactlyOneWinner() throws Exception {
    ConcurrentRun run = ConcurrentRun.of(this, Duration.ofSeconds(30));
    ContractWorld world = run.world;
    int rounds = 6;

    // Each thread its own name, all threads of a round one external id: only the external id can clash.
    RaceOutcomes<Attempt<ConsumerOrganization>> creates = run.race(Race.THREADS, rounds, (thread, round) -> {
      ExternalId contended = ExternalId.of("crm-race-" + round);
      String name = "Racer " + round + "-" + thread;
      return () -> Attempt.of(() -> run.host(thread).organizations().create(world.alice, name, contended));
    });

    check(
        invariant("exactly one create of each external id wins, and every other is refused naming it",
            () -> ExternalIdRaces.oneWinnerEachRoundTheOthersNameIt(creates, rounds)),
        invariant("the winner alone is live and holds the external id, with the only creation event",
            () -> ExternalIdRaces.theWinnerAloneIsStoredAndLogged(world, creates, rounds)));
  }

  @Test
  default void racingChangesToOneExternalIdHaveExactlyOneWinner() throws Exception {
    ConcurrentRun run = ConcurrentRun.of(this, Duration.ofSeconds(30));
    ContractWorld world = run.world;
    int rounds = 4;
    ConsumerOrganization[][] targets = new ConsumerOrganization[rounds][Race.THREADS];
    for (int round = 0; round < rounds; round++) {
      for (int thread = 0; thread < Race.THREADS; thread++) {
        targets[round][thread] = world.organization("Target " + round + "-" + thread);
      }
    }

    RaceOutcomes<Attempt<ConsumerOrganization>> changes = run.race(Race.THREADS, rounds, (thread, round) -> {
      ExternalId contended = ExternalId.of("crm-race-" + round);
      ConsumerOrganizationId target = targets[round][thread].id();
      return () -> Attempt.of(() -> run.host(thread).organizations().setExternalId(world.alice, target, 1,
          contended));
    });

    check(
        invariant("exactly one change to each external id wins, and every other is refused naming it",
            () -> ExternalIdRaces.oneWinnerEachRoundTheOthersNameIt(changes, rounds)),
        invariant("the winner alone holds the external id, and the losers are unchanged",
            () -> ExternalIdRaces.onlyTheWinnerChanged(world, changes, rounds)));
  }

  @Test
  default void anExternalIdAddedToAShareStaysWithTheOrganization() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = create(world, "Globex", CRM_1);

    ConsumerOrganization linked = world.sdk.shares().addConsumers(world.alice, sales.id(),
        AddConsumersRequest.builder().existing(globex.id()).build()).outcomes().get(0).organization();

    assertEquals(globex, linked);
    assertEquals(List.of(globex), world.consumers(world.alice, sales.id()));
  }
}
