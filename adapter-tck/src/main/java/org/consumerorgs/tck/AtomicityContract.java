package org.consumerorgs.tck;

import static org.consumerorgs.tck.Months.MARCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.AddConsumersResult.EntryOutcome;
import org.consumerorgs.domain.AddConsumersResult.Status;
import org.consumerorgs.domain.ConsumerEntry;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.DeletionImpact;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.RemovalOutcome;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.error.DuplicateNameException;
import org.consumerorgs.error.InvalidNameException;
import org.consumerorgs.error.LimitExceededException;
import org.consumerorgs.error.StorageException;
import org.consumerorgs.tck.FailingStorage.Call;
import org.consumerorgs.tck.FailingStorage.InjectedFailure;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A use case is one transaction: when the store fails part way (after some of its writes succeeded), nothing of it is
 * left behind, the failure reaches the caller unchanged, and the next caller is not blocked. Bad arguments are
 * refused before anything is stored.
 */
public interface AtomicityContract extends StorageFactory {

  /** A world over this adapter's store wrapped in a {@link FailingStorage}. */
  private ContractWorld worldWithFailures() {
    return ContractWorld.create(() -> new FailingStorage(newStorage()));
  }

  /**
   * Plants a failure after {@code call}'s work, runs {@code useCase}, and checks that the injected failure reached the
   * caller and that nothing anyone can read changed.
   */
  private static void assertFailsAndLeavesNothing(ContractWorld world, Call call, Executable useCase) {
    FailingStorage store = (FailingStorage) world.storage;
    ContractWorld.Snapshot before = world.snapshot();
    InjectedFailure injected = new InjectedFailure(call);
    store.failAfter(call, injected);

    InjectedFailure thrown = assertThrows(InjectedFailure.class, useCase);

    assertSame(injected, thrown);
    assertFalse(store.armed(), "the failure was planted in a call the use case made");
    assertEquals(before, world.snapshot());
  }

  @ParameterizedTest
  @EnumSource(value = Call.class, names = {"PROVIDER_FIND", "ORGANIZATION_INSERT", "EVENT_APPEND"})
  default void aFailedCreateLeavesNothingBehind(Call call) {
    ContractWorld world = worldWithFailures();
    world.organization("Initech");

    assertFailsAndLeavesNothing(world, call, () -> world.organization("Globex"));

    ConsumerOrganization globex = ContractWorld.onAnotherThread(() -> world.organization("GLOBEX"));
    assertEquals(List.of(globex.id()), world.sdk.organizations().search(world.alice, SearchRequest.of("globex"))
        .stream().map(h -> h.organization().id()).toList());
    assertEquals(3, world.events(world.alice).size());
  }

  @ParameterizedTest
  @EnumSource(value = Call.class, names = {"ORGANIZATION_FIND_LIVE", "ORGANIZATION_RENAME", "EVENT_APPEND"})
  default void aFailedRenameLeavesNothingBehind(Call call) {
    ContractWorld world = worldWithFailures();
    ConsumerOrganization globex = world.organization("Globex");
    world.tick();

    assertFailsAndLeavesNothing(world, call,
        () -> world.sdk.organizations().rename(world.alice, globex.id(), 1, "Initech"));

    assertThrows(DuplicateNameException.class, () -> world.organization("globex")); // the old name is still held
    ConsumerOrganization renamed = ContractWorld.onAnotherThread(
        () -> world.sdk.organizations().rename(world.alice, globex.id(), 1, "Initech"));
    assertEquals(2, renamed.version());
    world.organization("Globex"); // and now it is free
  }

  @ParameterizedTest
  @EnumSource(value = Call.class, names = {"ORGANIZATION_MARK_DELETED", "LINK_LINKS_OF_ORGANIZATION",
      "LINK_CLOSE_ALL_OF_ORGANIZATION", "EVENT_APPEND", "SHARE_FIND_LIVE_MANY"})
  default void aFailedDeleteLeavesNothingBehind(Call call) {
    ContractWorld world = worldWithFailures();
    Share sales = world.share("sales");
    Share other = world.share("other");
    ConsumerOrganization globex = world.organization("Globex");
    world.link(sales, globex);
    world.link(other, globex);
    world.tick();

    assertFailsAndLeavesNothing(world, call, () -> world.sdk.organizations().delete(world.alice, globex.id()));

    assertEquals(List.of(globex), world.consumers(world.alice, sales.id()));
    assertThrows(DuplicateNameException.class, () -> world.organization("Globex"));
    DeletionImpact impact = ContractWorld.onAnotherThread(
        () -> world.sdk.organizations().delete(world.alice, globex.id()));
    assertEquals(List.of(other, sales), impact.sharesLosingAccess());
  }

  @ParameterizedTest
  @EnumSource(value = Call.class, names = {"SHARE_LOCK_LIVE", "ORGANIZATION_LOCK_LIVE", "ORGANIZATION_INSERT",
      "LINK_OPEN_ALL", "EVENT_APPEND"})
  default void aFailedAddConsumersLeavesNothingBehind(Call call) {
    ContractWorld world = worldWithFailures();
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    ConsumerOrganization linked = world.organization("Already linked");
    world.link(sales, linked);
    world.tick();
    AddConsumersRequest request = AddConsumersRequest.builder().newOrganization("Initech").existing(globex.id())
        .newOrganization("Hooli").existing(linked.id()).build();

    assertFailsAndLeavesNothing(world, call, () -> world.sdk.shares().addConsumers(world.alice, sales.id(), request));

    List<EntryOutcome> outcomes = ContractWorld.onAnotherThread(
        () -> world.sdk.shares().addConsumers(world.alice, sales.id(), request)).outcomes();
    assertEquals(List.of(Status.CREATED_AND_LINKED, Status.LINKED, Status.CREATED_AND_LINKED, Status.ALREADY_LINKED),
        outcomes.stream().map(EntryOutcome::status).toList());
    assertEquals(List.of("Already linked", "Globex", "Hooli", "Initech"),
        world.consumers(world.alice, sales.id()).stream().map(ConsumerOrganization::name).toList());
  }

  @ParameterizedTest
  @EnumSource(value = Call.class, names = {"ORGANIZATION_LOCK_LIVE", "LINK_CLOSE", "EVENT_APPEND"})
  default void aFailedRemoveConsumerLeavesNothingBehind(Call call) {
    ContractWorld world = worldWithFailures();
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    world.link(sales, globex);
    world.tick();

    assertFailsAndLeavesNothing(world, call,
        () -> world.sdk.shares().removeConsumer(world.alice, sales.id(), globex.id()));

    assertEquals(List.of(sales), world.sharesOf(world.alice, globex.id()));
    assertEquals(RemovalOutcome.REMOVED, ContractWorld.onAnotherThread(
        () -> world.sdk.shares().removeConsumer(world.alice, sales.id(), globex.id())));
    assertEquals(List.of(), world.consumers(world.alice, sales.id()));
  }

  @ParameterizedTest
  @EnumSource(value = Call.class, names = {"SHARE_LOCK_LIVE", "SHARE_MARK_DELETED", "LINK_CLOSE_ALL_OF_SHARE",
      "EVENT_APPEND"})
  default void aFailedShareDeletionLeavesNothingBehind(Call call) {
    ContractWorld world = worldWithFailures();
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    ConsumerOrganization initech = world.organization("Initech");
    world.link(sales, globex, initech);
    world.tick();

    assertFailsAndLeavesNothing(world, call, () -> world.sdk.shares().delete(world.alice, sales.id()));

    assertEquals(Optional.of(sales), world.sdk.shares().find(world.alice, sales.id()));
    assertEquals(2, ContractWorld.onAnotherThread(() -> world.sdk.shares().delete(world.alice, sales.id()))
        .closedLinks().size());
  }

  @ParameterizedTest
  @EnumSource(value = Call.class, names = {"SHARE_INSERT", "EVENT_APPEND"})
  default void aFailedShareRegistrationLeavesNothingBehind(Call call) {
    ContractWorld world = worldWithFailures();

    assertFailsAndLeavesNothing(world, call, () -> world.share("sales", "Sales"));

    assertEquals(Optional.empty(), world.sdk.shares().find(world.alice, ShareId.of("sales")));
    Share sales = ContractWorld.onAnotherThread(() -> world.share("sales", "Sales"));
    assertEquals(List.of(sales), world.shares(world.alice));
  }

  @ParameterizedTest
  @EnumSource(value = Call.class, names = {"PROVIDER_INSERT", "EVENT_APPEND"})
  default void aFailedProviderRegistrationLeavesNothingBehind(Call call) {
    ContractWorld world = worldWithFailures();
    FailingStorage store = (FailingStorage) world.storage;
    InjectedFailure injected = new InjectedFailure(call);
    store.failAfter(call, injected);

    assertSame(injected, assertThrows(InjectedFailure.class,
        () -> world.sdk.providers().register(world.carol, "Provider C")));

    assertEquals(Optional.empty(), world.sdk.providers().find(world.carol));
    assertEquals(List.of(), world.sdk.events().read(world.carol, 0, 10));
    ContractWorld.onAnotherThread(() -> world.sdk.providers().register(world.carol, "Provider C"));
    assertEquals(1, world.events(world.carol).size());
  }

  @Test
  default void aFailedReadBlocksNoOne() {
    ContractWorld world = worldWithFailures();
    FailingStorage store = (FailingStorage) world.storage;
    world.link(world.share("sales"), world.organization("Globex"));
    InjectedFailure injected = new InjectedFailure(Call.LINK_FOR_EACH_LINKED_ORGANIZATION);
    store.failBefore(Call.LINK_FOR_EACH_LINKED_ORGANIZATION, injected);

    assertSame(injected, assertThrows(InjectedFailure.class,
        () -> world.sdk.monthlyActiveConsumers().report(world.alice, MARCH)));

    ContractWorld.onAnotherThread(() -> world.organization("Initech"));
    assertEquals(List.of("Globex"), world.sdk.monthlyActiveConsumers().report(world.alice, MARCH)
        .consumers().stream().map(c -> c.name()).toList());
  }

  @Test
  default void aRetryableStoreFailureIsRetriedAndAppliedOnce() {
    ContractWorld world = worldWithFailures();
    FailingStorage store = (FailingStorage) world.storage;
    Share sales = world.share("sales");
    int events = world.events(world.alice).size();

    store.failAfter(Call.EVENT_APPEND, new StorageException("serialization failure", null, true));
    ConsumerOrganization globex = world.organization("Globex");
    store.failAfter(Call.LINK_OPEN_ALL, new StorageException("deadlock", null, true));
    world.sdk.shares().addConsumers(world.alice, sales.id(),
        AddConsumersRequest.builder().existing(globex.id()).newOrganization("Initech").build());

    assertFalse(store.armed());
    assertEquals(List.of("Globex", "Initech"), world.organizationNames(world.alice));
    assertEquals(List.of("Globex", "Initech"),
        world.consumers(world.alice, sales.id()).stream().map(ConsumerOrganization::name).toList());
    assertEquals(events + 4, world.events(world.alice).size()); // created, created, added, added: each once
  }

  @Test
  default void aStoreFailureThatIsNotRetryableReachesTheCaller() {
    ContractWorld world = worldWithFailures();
    FailingStorage store = (FailingStorage) world.storage;
    ContractWorld.Snapshot before = world.snapshot();
    StorageException broken = new StorageException("table missing", null, false);
    store.failAfter(Call.EVENT_APPEND, broken);

    assertSame(broken, assertThrows(StorageException.class, () -> world.organization("Globex")));

    assertEquals(before, world.snapshot());
  }

  @TestFactory
  default Stream<DynamicTest> badArgumentsAreRefusedBeforeAnythingIsStored() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    world.link(sales, globex);
    ContractWorld.Snapshot before = world.snapshot();
    ConsumerOrgs sdk = world.sdk;
    Actor alice = world.alice;

    record Bad(String what, Class<? extends Throwable> refusal, Executable call) {}
    List<Bad> bad = List.of(
        new Bad("no actor", NullPointerException.class, () -> sdk.organizations().create(null, "Initech")),
        new Bad("no name", NullPointerException.class, () -> sdk.organizations().create(alice, null)),
        new Bad("an invalid name", InvalidNameException.class, () -> sdk.organizations().create(alice, "a\nb")),
        new Bad("a name too short", InvalidNameException.class, () -> sdk.organizations().create(alice, " ab ")),
        new Bad("rename without id", NullPointerException.class,
            () -> sdk.organizations().rename(alice, null, 1, "Initech")),
        new Bad("rename with version 0", IllegalArgumentException.class,
            () -> sdk.organizations().rename(alice, globex.id(), 0, "Initech")),
        new Bad("rename without name", NullPointerException.class,
            () -> sdk.organizations().rename(alice, globex.id(), 1, null)),
        new Bad("rename to an invalid name", InvalidNameException.class,
            () -> sdk.organizations().rename(alice, globex.id(), 1, "Glo\u200Bbex")),
        new Bad("delete without id", NullPointerException.class, () -> sdk.organizations().delete(alice, null)),
        new Bad("preview without id", NullPointerException.class,
            () -> sdk.organizations().previewDelete(alice, null)),
        new Bad("list without page", NullPointerException.class, () -> sdk.organizations().list(alice, null)),
        new Bad("search without request", NullPointerException.class,
            () -> sdk.organizations().search(alice, null)),
        new Bad("shares of no organization", NullPointerException.class,
            () -> sdk.organizations().sharesOf(alice, null, PageRequest.first())),
        new Bad("register a share without id", NullPointerException.class,
            () -> sdk.shares().register(alice, null, "Other")),
        new Bad("register a share without name", NullPointerException.class,
            () -> sdk.shares().register(alice, ShareId.of("other"), null)),
        new Bad("register a share with a line break", InvalidNameException.class,
            () -> sdk.shares().register(alice, ShareId.of("other"), "Oth\ner")),
        new Bad("add consumers to no share", NullPointerException.class,
            () -> sdk.shares().addConsumers(alice, null, AddConsumersRequest.builder().newOrganization("Initech")
                .build())),
        new Bad("add consumers without request", NullPointerException.class,
            () -> sdk.shares().addConsumers(alice, sales.id(), null)),
        new Bad("remove no organization", NullPointerException.class,
            () -> sdk.shares().removeConsumer(alice, sales.id(), null)),
        new Bad("consumers without page", NullPointerException.class,
            () -> sdk.shares().consumers(alice, sales.id(), null)),
        new Bad("delete no share", NullPointerException.class, () -> sdk.shares().delete(alice, null)),
        new Bad("report no month", NullPointerException.class,
            () -> sdk.monthlyActiveConsumers().report(alice, null)),
        new Bad("report in no zone", NullPointerException.class,
            () -> sdk.monthlyActiveConsumers().report(alice, MARCH, sdk.policies().macDefinition(), null)),
        new Bad("read the log from before the start", IllegalArgumentException.class,
            () -> sdk.events().read(alice, -1, 10)),
        new Bad("read no events", IllegalArgumentException.class, () -> sdk.events().read(alice, 0, 0)),
        new Bad("a page of none", IllegalArgumentException.class,
            () -> sdk.organizations().list(alice, PageRequest.first(0))),
        new Bad("a page too large", LimitExceededException.class,
            () -> sdk.organizations().list(alice, PageRequest.first(PageRequest.MAX_SIZE + 1))),
        new Bad("a negative page", IllegalArgumentException.class,
            () -> sdk.shares().consumers(alice, sales.id(), PageRequest.first(-1))),
        new Bad("a search of no hits", IllegalArgumentException.class,
            () -> sdk.organizations().search(alice, SearchRequest.of("glo").withLimit(0))),
        new Bad("a search of too many hits", LimitExceededException.class,
            () -> sdk.organizations().search(alice, SearchRequest.of("glo").withLimit(SearchRequest.MAX_LIMIT + 1))),
        new Bad("an empty batch", IllegalArgumentException.class,
            () -> sdk.shares().addConsumers(alice, sales.id(), AddConsumersRequest.builder().build())),
        new Bad("a batch too large", LimitExceededException.class,
            () -> sdk.shares().addConsumers(alice, sales.id(), new AddConsumersRequest(Collections.nCopies(
                AddConsumersRequest.MAX_ENTRIES + 1, ConsumerEntry.newOrganization("Initech"))))));

    List<DynamicTest> tests = new ArrayList<>();
    for (Bad b : bad) {
      tests.add(DynamicTest.dynamicTest(b.what(), () -> {
        assertThrows(b.refusal(), b.call());
        assertEquals(before, world.snapshot());
      }));
    }
    return tests.stream();
  }
}
