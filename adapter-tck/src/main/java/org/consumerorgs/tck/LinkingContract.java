package org.consumerorgs.tck;

import static org.consumerorgs.tck.Months.MARCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.consumerorgs.domain.ActiveConsumer;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.AddConsumersResult;
import org.consumerorgs.domain.AddConsumersResult.EntryOutcome;
import org.consumerorgs.domain.AddConsumersResult.Status;
import org.consumerorgs.domain.ConsumerEntry;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.MacReport;
import org.consumerorgs.domain.RemovalOutcome;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.error.BatchRejectedException;
import org.consumerorgs.error.BatchRejectedException.EntryRejection;
import org.consumerorgs.error.DuplicateNameException;
import org.consumerorgs.error.InvalidNameException;
import org.consumerorgs.error.NameRule;
import org.consumerorgs.error.NotFoundException;
import org.consumerorgs.error.ObjectKind;
import org.junit.jupiter.api.Test;

/**
 * The share dialog's "Done": existing and new organizations linked in one atomic step, each entry's outcome reported,
 * a wrong batch refused whole; removing a consumer closes its link and keeps it as history.
 */
public interface LinkingContract extends StorageFactory {

  // ---- adding ----

  @Test
  default void doneLinksExistingAndCreatesNewOrganizationsInOneStep() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    Instant now = world.tick();

    AddConsumersResult result = world.sdk.shares().addConsumers(world.alice, sales.id(),
        AddConsumersRequest.builder().existing(globex.id()).newOrganization("  Initech ").build());

    assertEquals(sales.id(), result.shareId());
    assertEquals(2, result.outcomes().size());
    EntryOutcome linked = result.outcomes().get(0);
    assertEquals(ConsumerEntry.existing(globex.id()), linked.entry());
    assertEquals(globex, linked.organization());
    assertEquals(Status.LINKED, linked.status());
    EntryOutcome created = result.outcomes().get(1);
    assertEquals(ConsumerEntry.newOrganization("  Initech "), created.entry());
    assertEquals(Status.CREATED_AND_LINKED, created.status());
    assertEquals("Initech", created.organization().name());
    assertEquals(1, created.organization().version());
    assertEquals(now, created.organization().createdAt());

    ConsumerOrganization initech = created.organization();
    assertEquals(initech, world.sdk.organizations().get(world.alice, initech.id()));
    assertEquals(List.of(globex, initech), world.consumers(world.alice, sales.id()));
    assertEquals(List.of(sales), world.sharesOf(world.alice, initech.id()));
    assertEquals(List.of(globex, initech), result.newlyLinked());
  }

  @Test
  default void anOrganizationCreatedByDoneHoldsItsName() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    world.sdk.shares().addConsumers(world.alice, sales.id(), AddConsumersRequest.builder()
        .newOrganization("Initech").build());

    DuplicateNameException e = assertThrows(DuplicateNameException.class, () -> world.organization("INITECH"));
    assertEquals(world.organizations(world.alice).get(0).id(), e.existingOrganizationId().orElseThrow());
  }

  @Test
  default void addingAnOrganizationAlreadyLinkedIsReportedNotRefused() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    ConsumerOrganization initech = world.organization("Initech");
    world.link(sales, globex);
    int events = world.events(world.alice).size();
    world.tick();

    AddConsumersResult result = world.link(sales, globex, initech);

    assertEquals(List.of(Status.ALREADY_LINKED, Status.LINKED),
        result.outcomes().stream().map(EntryOutcome::status).toList());
    assertEquals(List.of(initech), result.newlyLinked());
    assertEquals(events + 1, world.events(world.alice).size()); // only initech's link is new
    MacReport march = world.sdk.monthlyActiveConsumers().report(world.alice, MARCH);
    ActiveConsumer globexActive = march.consumers().stream()
        .filter(c -> c.organizationId().equals(globex.id())).findFirst().orElseThrow();
    assertEquals(1, globexActive.evidence().size()); // still the one link, opened at the start
    assertEquals(ContractWorld.START, globexActive.evidence().get(0).openedAt());
  }

  @Test
  default void addingOnlyAlreadyLinkedOrganizationsChangesNothing() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    world.link(sales, globex);
    ContractWorld.Snapshot before = world.snapshot();

    AddConsumersResult result = world.link(sales, globex);

    assertEquals(Status.ALREADY_LINKED, result.outcomes().get(0).status());
    assertEquals(List.of(), result.newlyLinked());
    assertEquals(before, world.snapshot());
  }

  @Test
  default void theSameOrganizationTwiceInOneBatchIsLinkedOnce() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");

    AddConsumersResult result = world.link(sales, globex, globex);

    assertEquals(List.of(Status.LINKED, Status.ALREADY_LINKED),
        result.outcomes().stream().map(EntryOutcome::status).toList());
    assertEquals(List.of(globex), world.consumers(world.alice, sales.id()));
    MacReport march = world.sdk.monthlyActiveConsumers().report(world.alice, MARCH);
    assertEquals(1, march.consumers().get(0).evidence().size());
  }

  @Test
  default void outcomesFollowTheOrderOfTheRequest() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization zeta = world.organization("Zeta");
    ConsumerOrganization alpha = world.organization("Alpha");
    world.link(sales, alpha);

    AddConsumersResult result = world.sdk.shares().addConsumers(world.alice, sales.id(), AddConsumersRequest.builder()
        .newOrganization("Omega").existing(zeta.id()).existing(alpha.id()).newOrganization("Beta").build());

    assertEquals(List.of("Omega", "Zeta", "Alpha", "Beta"),
        result.outcomes().stream().map(o -> o.organization().name()).toList());
    assertEquals(List.of(Status.CREATED_AND_LINKED, Status.LINKED, Status.ALREADY_LINKED, Status.CREATED_AND_LINKED),
        result.outcomes().stream().map(EntryOutcome::status).toList());
    assertEquals(List.of("Alpha", "Beta", "Omega", "Zeta"),
        world.consumers(world.alice, sales.id()).stream().map(ConsumerOrganization::name).toList());
  }

  @Test
  default void aLargeBatchIsAppliedWhole() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    AddConsumersRequest.Builder request = AddConsumersRequest.builder();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String name = String.format("Organization %03d", i);
      names.add(name);
      request.newOrganization(name);
    }

    AddConsumersResult result = world.sdk.shares().addConsumers(world.alice, sales.id(), request.build());

    assertEquals(300, result.newlyLinked().size());
    assertEquals(names, world.consumers(world.alice, sales.id()).stream().map(ConsumerOrganization::name).toList());
    assertEquals(names, world.organizationNames(world.alice));
  }

  // ---- a wrong batch is refused whole ----

  @Test
  default void aBatchWithAWrongEntryAppliesNothingAndListsEveryWrongEntry() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    ConsumerOrganization initech = world.organization("Initech");
    ContractWorld.Snapshot before = world.snapshot();
    AddConsumersRequest request = AddConsumersRequest.builder()
        .newOrganization("Hooli")                                        // 0: fine
        .newOrganization("ab")                                           // 1: too short
        .existing(ConsumerOrganizationId.of("no-such-organization"))     // 2: unknown
        .newOrganization("INITECH")                                      // 3: taken
        .existing(globex.id())                                           // 4: fine
        .newOrganization("hooli")                                        // 5: given twice
        .newOrganization("Pied\nPiper")                                  // 6: line break
        .build();

    BatchRejectedException e = assertThrows(BatchRejectedException.class,
        () -> world.sdk.shares().addConsumers(world.alice, sales.id(), request));

    List<EntryRejection> rejections = e.rejections();
    assertEquals(List.of(1, 2, 3, 5, 6), rejections.stream().map(EntryRejection::index).toList());
    for (EntryRejection rejection : rejections) {
      assertEquals(request.entries().get(rejection.index()), rejection.entry());
    }
    assertEquals(NameRule.TOO_SHORT, assertInstanceOf(InvalidNameException.class, rejections.get(0).reason()).rule());
    NotFoundException unknown = assertInstanceOf(NotFoundException.class, rejections.get(1).reason());
    assertEquals(ObjectKind.CONSUMER_ORGANIZATION, unknown.kind());
    assertEquals("no-such-organization", unknown.id());
    DuplicateNameException taken = assertInstanceOf(DuplicateNameException.class, rejections.get(2).reason());
    assertEquals(Optional.of(initech.id()), taken.existingOrganizationId());
    DuplicateNameException twice = assertInstanceOf(DuplicateNameException.class, rejections.get(3).reason());
    assertEquals(Optional.empty(), twice.existingOrganizationId());
    assertEquals(NameRule.LINE_BREAK,
        assertInstanceOf(InvalidNameException.class, rejections.get(4).reason()).rule());
    assertTrue(e.getMessage().startsWith("Nothing was added"), e.getMessage());

    assertEquals(before, world.snapshot()); // no organization created, nothing linked, no event
    world.organization("Hooli"); // the valid new name was never taken
  }

  @Test
  default void aBatchWhoseOnlyFaultOnlyTheStoreCanJudgeAppliesNothing() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    ContractWorld.Snapshot before = world.snapshot();

    BatchRejectedException e = assertThrows(BatchRejectedException.class,
        () -> world.sdk.shares().addConsumers(world.alice, sales.id(), AddConsumersRequest.builder()
            .newOrganization("Hooli").newOrganization("Initech").existing(globex.id()).newOrganization("gLoBeX")
            .build()));

    assertEquals(List.of(3), e.rejections().stream().map(EntryRejection::index).toList());
    assertEquals(Optional.of(globex.id()),
        assertInstanceOf(DuplicateNameException.class, e.rejections().get(0).reason()).existingOrganizationId());
    assertEquals(before, world.snapshot());
  }

  @Test
  default void aDeletedOrganizationCannotBeAdded() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    world.sdk.organizations().delete(world.alice, globex.id());
    ContractWorld.Snapshot before = world.snapshot();

    BatchRejectedException e = assertThrows(BatchRejectedException.class, () -> world.link(sales, globex));

    NotFoundException reason = assertInstanceOf(NotFoundException.class, e.rejections().get(0).reason());
    assertEquals(globex.id().value(), reason.id());
    assertEquals(before, world.snapshot());
  }

  @Test
  default void addingToAnUnknownShareIsNotFound() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization globex = world.organization("Globex");
    ContractWorld.Snapshot before = world.snapshot();

    NotFoundException e = assertThrows(NotFoundException.class, () -> world.sdk.shares().addConsumers(world.alice,
        ShareId.of("nope"), AddConsumersRequest.builder().existing(globex.id()).newOrganization("Initech").build()));

    assertEquals(ObjectKind.SHARE, e.kind());
    assertEquals(before, world.snapshot());
  }

  // ---- removing ----

  @Test
  default void removingAConsumerClosesItsLink() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    ConsumerOrganization initech = world.organization("Initech");
    world.link(sales, globex, initech);
    Instant removedAt = world.tick();

    assertEquals(RemovalOutcome.REMOVED, world.sdk.shares().removeConsumer(world.alice, sales.id(), globex.id()));

    assertEquals(List.of(initech), world.consumers(world.alice, sales.id()));
    assertEquals(List.of(), world.sharesOf(world.alice, globex.id()));
    assertEquals(globex, world.sdk.organizations().get(world.alice, globex.id())); // the organization stays
    Link closed = world.sdk.monthlyActiveConsumers().report(world.alice, MARCH).consumers().stream()
        .filter(c -> c.organizationId().equals(globex.id())).findFirst().orElseThrow().evidence().get(0);
    assertEquals(ContractWorld.START, closed.openedAt());
    assertEquals(Optional.of(removedAt), closed.closedAt());
  }

  @Test
  default void removingAnOrganizationThatIsNotLinkedIsReportedNotRefused() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    ContractWorld.Snapshot neverLinked = world.snapshot();

    assertEquals(RemovalOutcome.WAS_NOT_LINKED,
        world.sdk.shares().removeConsumer(world.alice, sales.id(), globex.id()));
    assertEquals(neverLinked, world.snapshot());

    world.link(sales, globex);
    world.sdk.shares().removeConsumer(world.alice, sales.id(), globex.id());
    ContractWorld.Snapshot removed = world.snapshot();
    assertEquals(RemovalOutcome.WAS_NOT_LINKED,
        world.sdk.shares().removeConsumer(world.alice, sales.id(), globex.id()));
    assertEquals(removed, world.snapshot());
  }

  @Test
  default void removingFromAnUnknownShareOrAnUnknownOrganizationIsNotFound() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    world.link(sales, globex);

    NotFoundException share = assertThrows(NotFoundException.class,
        () -> world.sdk.shares().removeConsumer(world.alice, ShareId.of("nope"), globex.id()));
    assertEquals(ObjectKind.SHARE, share.kind());
    NotFoundException org = assertThrows(NotFoundException.class, () -> world.sdk.shares().removeConsumer(world.alice,
        sales.id(), ConsumerOrganizationId.of("nope")));
    assertEquals(ObjectKind.CONSUMER_ORGANIZATION, org.kind());
    assertEquals(List.of(globex), world.consumers(world.alice, sales.id()));
  }

  @Test
  default void addingAgainAfterRemovalOpensANewLink() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    world.link(sales, globex);
    Instant removedAt = world.tick();
    world.sdk.shares().removeConsumer(world.alice, sales.id(), globex.id());
    Instant addedAgainAt = world.tick();

    AddConsumersResult again = world.link(sales, globex);

    assertEquals(Status.LINKED, again.outcomes().get(0).status());
    assertEquals(List.of(globex), world.consumers(world.alice, sales.id()));
    List<Link> history = world.sdk.monthlyActiveConsumers().report(world.alice, MARCH)
        .consumers().get(0).evidence();
    assertEquals(2, history.size());
    assertEquals(ContractWorld.START, history.get(0).openedAt());
    assertEquals(Optional.of(removedAt), history.get(0).closedAt());
    assertEquals(addedAgainAt, history.get(1).openedAt());
    assertEquals(Optional.empty(), history.get(1).closedAt());
    assertNotEquals(history.get(0).id(), history.get(1).id());
  }

  // ---- listings ----

  @Test
  default void consumersOfAShareAreItsLiveLinkedOrganizationsByName() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    Share other = world.share("other");
    ConsumerOrganization zeta = world.organization("zeta");
    ConsumerOrganization emile = world.organization("\u00C9mile");
    ConsumerOrganization alpha = world.organization("Alpha");
    ConsumerOrganization deleted = world.organization("Deleted");
    ConsumerOrganization removed = world.organization("Removed");
    ConsumerOrganization elsewhere = world.organization("Elsewhere");
    world.link(sales, zeta, emile, alpha, deleted, removed);
    world.link(other, elsewhere);
    world.sdk.organizations().delete(world.alice, deleted.id());
    world.sdk.shares().removeConsumer(world.alice, sales.id(), removed.id());

    assertEquals(List.of(alpha, emile, zeta), world.consumers(world.alice, sales.id()));
    assertEquals(List.of(alpha, emile, zeta), ContractWorld.readAll(
        page -> world.sdk.shares().consumers(world.alice, sales.id(), page), 1));
  }

  @Test
  default void sharesOfAnOrganizationAreItsLiveLinkedSharesByName() {
    ContractWorld world = ContractWorld.create(this);
    Share zulu = world.share("s1", "Zulu");
    Share alpha = world.share("s2", "alpha");
    Share beta = world.share("s3", "Beta");
    Share deleted = world.share("s4", "Deleted");
    Share removed = world.share("s5", "Removed");
    world.share("s6", "Never linked");
    ConsumerOrganization globex = world.organization("Globex");
    for (Share share : List.of(zulu, alpha, beta, deleted, removed)) {
      world.link(share, globex);
    }
    world.sdk.shares().delete(world.alice, deleted.id());
    world.sdk.shares().removeConsumer(world.alice, removed.id(), globex.id());

    assertEquals(List.of(alpha, beta, zulu), world.sharesOf(world.alice, globex.id()));
    assertEquals(List.of(alpha, beta, zulu), ContractWorld.readAll(
        page -> world.sdk.organizations().sharesOf(world.alice, globex.id(), page), 2));
  }

  @Test
  default void consumersShowTheirCurrentName() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    ConsumerOrganization initech = world.organization("Initech");
    world.link(sales, globex, initech);

    ConsumerOrganization renamed = world.sdk.organizations().rename(world.alice, globex.id(), 1, "Zeta Globex");

    assertEquals(List.of(initech, renamed), world.consumers(world.alice, sales.id()));
  }
}
