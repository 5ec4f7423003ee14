package org.consumerorgs.tck;

import static org.consumerorgs.tck.Months.MARCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.error.BatchRejectedException;
import org.consumerorgs.error.NotAllowedException;
import org.consumerorgs.error.NotFoundException;
import org.consumerorgs.error.ObjectKind;
import org.consumerorgs.policy.MacDefinition;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Only an actor acting for a provider may do anything, and only with that provider's objects: another provider's ids
 * answer exactly as ids that do not exist.
 */
public interface AuthorizationContract extends StorageFactory {

  @TestFactory
  default Stream<DynamicTest> anActorActingForNoProviderMayDoNothing() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    world.link(sales, globex);
    ContractWorld.Snapshot before = world.snapshot();
    ConsumerOrgs sdk = world.sdk;
    var stranger = world.stranger;

    Map<String, Executable> calls = new LinkedHashMap<>();
    calls.put("register a provider", () -> sdk.providers().register(stranger, "Provider S"));
    calls.put("read a provider", () -> sdk.providers().find(stranger));
    calls.put("register a share", () -> sdk.shares().register(stranger, ShareId.of("other"), "Other"));
    calls.put("find a share", () -> sdk.shares().find(stranger, sales.id()));
    calls.put("list shares", () -> sdk.shares().list(stranger, PageRequest.first()));
    calls.put("delete a share", () -> sdk.shares().delete(stranger, sales.id()));
    calls.put("add consumers", () -> sdk.shares().addConsumers(stranger, sales.id(),
        AddConsumersRequest.builder().existing(globex.id()).newOrganization("Initech").build()));
    calls.put("remove a consumer", () -> sdk.shares().removeConsumer(stranger, sales.id(), globex.id()));
    calls.put("list consumers", () -> sdk.shares().consumers(stranger, sales.id(), PageRequest.first()));
    calls.put("create an organization", () -> sdk.organizations().create(stranger, "Initech"));
    calls.put("rename an organization", () -> sdk.organizations().rename(stranger, globex.id(), 1, "Initech"));
    calls.put("find an organization", () -> sdk.organizations().find(stranger, globex.id()));
    calls.put("get an organization", () -> sdk.organizations().get(stranger, globex.id()));
    calls.put("list organizations", () -> sdk.organizations().list(stranger, PageRequest.first()));
    calls.put("search organizations", () -> sdk.organizations().search(stranger, SearchRequest.of("glo")));
    calls.put("list an organization's shares",
        () -> sdk.organizations().sharesOf(stranger, globex.id(), PageRequest.first()));
    calls.put("preview a deletion", () -> sdk.organizations().previewDelete(stranger, globex.id()));
    calls.put("delete an organization", () -> sdk.organizations().delete(stranger, globex.id()));
    calls.put("report Monthly Active Consumers",
        () -> sdk.monthlyActiveConsumers().report(stranger, MARCH));
    calls.put("report Monthly Active Consumers under another definition",
        () -> sdk.monthlyActiveConsumers().report(stranger, MARCH,
            MacDefinition.linkedAtMonthEnd(), ZoneOffset.UTC));
    calls.put("read the change log", () -> sdk.events().read(stranger, 0, 10));

    List<DynamicTest> tests = new ArrayList<>();
    calls.forEach((action, call) -> tests.add(DynamicTest.dynamicTest(action, () -> {
      NotAllowedException e = assertThrows(NotAllowedException.class, call);
      assertTrue(e.getMessage().startsWith("You must be a Provider to "), e.getMessage());
      assertEquals(before, world.snapshot());
    })));
    return tests.stream();
  }

  @TestFactory
  default Stream<DynamicTest> anotherProvidersIdsAreNotFoundExactlyLikeIdsThatDoNotExist() {
    ContractWorld world = ContractWorld.create(this);
    Share aliceShare = world.share("alice-share");
    ConsumerOrganization aliceOrg = world.organization("Alice Org");
    Share bobShare = world.sdk.shares().register(world.bob, ShareId.of("bob-share"), "Bob Share");
    ConsumerOrganization bobOrg = world.sdk.organizations().create(world.bob, "Bob Org");
    world.sdk.shares().addConsumers(world.bob, bobShare.id(), AddConsumersRequest.builder().existing(bobOrg.id())
        .build());
    ContractWorld.Snapshot before = world.snapshot();
    ConsumerOrgs sdk = world.sdk;
    var alice = world.alice;
    ShareId noShare = ShareId.of("no-such-share");
    ConsumerOrganizationId noOrg = ConsumerOrganizationId.of("no-such-organization");

    record Case(String action, ObjectKind kind, Executable withBobsId, Executable withMadeUpId) {}
    List<Case> cases = List.of(
        new Case("get an organization", ObjectKind.CONSUMER_ORGANIZATION,
            () -> sdk.organizations().get(alice, bobOrg.id()),
            () -> sdk.organizations().get(alice, noOrg)),
        new Case("rename an organization", ObjectKind.CONSUMER_ORGANIZATION,
            () -> sdk.organizations().rename(alice, bobOrg.id(), 1, "Taken Over"),
            () -> sdk.organizations().rename(alice, noOrg, 1, "Taken Over")),
        new Case("delete an organization", ObjectKind.CONSUMER_ORGANIZATION,
            () -> sdk.organizations().delete(alice, bobOrg.id()),
            () -> sdk.organizations().delete(alice, noOrg)),
        new Case("preview a deletion", ObjectKind.CONSUMER_ORGANIZATION,
            () -> sdk.organizations().previewDelete(alice, bobOrg.id()),
            () -> sdk.organizations().previewDelete(alice, noOrg)),
        new Case("list an organization's shares", ObjectKind.CONSUMER_ORGANIZATION,
            () -> sdk.organizations().sharesOf(alice, bobOrg.id(), PageRequest.first()),
            () -> sdk.organizations().sharesOf(alice, noOrg, PageRequest.first())),
        new Case("add consumers to a share", ObjectKind.SHARE,
            () -> sdk.shares().addConsumers(alice, bobShare.id(),
                AddConsumersRequest.builder().existing(aliceOrg.id()).build()),
            () -> sdk.shares().addConsumers(alice, noShare,
                AddConsumersRequest.builder().existing(aliceOrg.id()).build())),
        new Case("remove a consumer from a share", ObjectKind.SHARE,
            () -> sdk.shares().removeConsumer(alice, bobShare.id(), aliceOrg.id()),
            () -> sdk.shares().removeConsumer(alice, noShare, aliceOrg.id())),
        new Case("remove an organization from a share", ObjectKind.CONSUMER_ORGANIZATION,
            () -> sdk.shares().removeConsumer(alice, aliceShare.id(), bobOrg.id()),
            () -> sdk.shares().removeConsumer(alice, aliceShare.id(), noOrg)),
        new Case("list a share's consumers", ObjectKind.SHARE,
            () -> sdk.shares().consumers(alice, bobShare.id(), PageRequest.first()),
            () -> sdk.shares().consumers(alice, noShare, PageRequest.first())),
        new Case("delete a share", ObjectKind.SHARE,
            () -> sdk.shares().delete(alice, bobShare.id()),
            () -> sdk.shares().delete(alice, noShare)),
        new Case("leave a share's consumers out of a search", ObjectKind.SHARE,
            () -> sdk.organizations().search(alice, SearchRequest.of("org").excludingConsumersOf(bobShare.id())),
            () -> sdk.organizations().search(alice, SearchRequest.of("org").excludingConsumersOf(noShare))));

    List<DynamicTest> tests = new ArrayList<>();
    for (Case c : cases) {
      tests.add(DynamicTest.dynamicTest(c.action(), () -> {
        NotFoundException bobs = assertThrows(NotFoundException.class, c.withBobsId());
        NotFoundException madeUp = assertThrows(NotFoundException.class, c.withMadeUpId());
        assertEquals(c.kind(), bobs.kind());
        assertEquals(madeUp.kind(), bobs.kind());
        assertEquals(madeUp.getMessage().replace(madeUp.id(), bobs.id()), bobs.getMessage());
        assertEquals(before, world.snapshot());
      }));
    }
    return tests.stream();
  }

  @Test
  default void anotherProvidersOrganizationInABatchIsRefusedLikeOneThatDoesNotExist() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization bobOrg = world.sdk.organizations().create(world.bob, "Bob Org");
    ContractWorld.Snapshot before = world.snapshot();

    BatchRejectedException bobs = assertThrows(BatchRejectedException.class, () -> world.link(sales, bobOrg));
    BatchRejectedException madeUp = assertThrows(BatchRejectedException.class,
        () -> world.sdk.shares().addConsumers(world.alice, sales.id(),
            AddConsumersRequest.builder().existing(ConsumerOrganizationId.of("no-such-organization")).build()));

    NotFoundException reason = assertInstanceOf(NotFoundException.class, bobs.rejections().get(0).reason());
    NotFoundException madeUpReason = assertInstanceOf(NotFoundException.class, madeUp.rejections().get(0).reason());
    assertEquals(ObjectKind.CONSUMER_ORGANIZATION, reason.kind());
    assertEquals(madeUpReason.getMessage().replace("no-such-organization", bobOrg.id().value()),
        reason.getMessage());
    assertEquals(before, world.snapshot());
  }

  @Test
  default void anotherProvidersObjectsAreNeverShown() {
    ContractWorld world = ContractWorld.create(this);
    Share bobShare = world.sdk.shares().register(world.bob, ShareId.of("bob-share"), "Bob Share");
    ConsumerOrganization bobOrg = world.sdk.organizations().create(world.bob, "Bob Org");
    world.sdk.shares().addConsumers(world.bob, bobShare.id(), AddConsumersRequest.builder().existing(bobOrg.id())
        .build());

    assertEquals(Optional.empty(), world.sdk.organizations().find(world.alice, bobOrg.id()));
    assertEquals(Optional.empty(), world.sdk.shares().find(world.alice, bobShare.id()));
    assertEquals(List.of(), world.organizations(world.alice));
    assertEquals(List.of(), world.shares(world.alice));
    assertEquals(List.of(), world.sdk.organizations().search(world.alice, SearchRequest.of("bob")));
    assertEquals(0, world.sdk.monthlyActiveConsumers().report(world.alice, MARCH).count());
    assertEquals(1, world.events(world.alice).size());
  }

  @Test
  default void anUnregisteredProviderCanCreateNothing() {
    ContractWorld world = ContractWorld.create(this);
    ContractWorld.Snapshot before = world.snapshot();

    NotFoundException create = assertThrows(NotFoundException.class,
        () -> world.sdk.organizations().create(world.carol, "Globex"));
    assertEquals(ObjectKind.PROVIDER, create.kind());
    assertEquals(ContractWorld.PROVIDER_C.value(), create.id());
    NotFoundException share = assertThrows(NotFoundException.class,
        () -> world.sdk.shares().register(world.carol, ShareId.of("sales"), "Sales"));
    assertEquals(ObjectKind.PROVIDER, share.kind());

    assertEquals(before, world.snapshot());
    assertEquals(Optional.empty(), world.sdk.providers().find(world.carol));
    assertEquals(List.of(), world.organizations(world.carol));
    assertEquals(List.of(), world.sdk.events().read(world.carol, 0, 10));
  }
}
