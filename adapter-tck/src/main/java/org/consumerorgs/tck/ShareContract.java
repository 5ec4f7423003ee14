package org.consumerorgs.tck;

import static org.consumerorgs.tck.Months.MARCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.MacReport;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.RemovalOutcome;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareDeletion;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.error.AlreadyExistsException;
import org.consumerorgs.error.InvalidNameException;
import org.consumerorgs.error.NameRule;
import org.consumerorgs.error.NotFoundException;
import org.consumerorgs.error.ObjectKind;
import org.junit.jupiter.api.Test;

/** The host registers its shares under its own ids; a deleted share closes its links and never comes back. */
public interface ShareContract extends StorageFactory {

  @Test
  default void registeredShareKeepsTheHostsIdAndReadsBack() {
    ContractWorld world = ContractWorld.create(this);
    Share share = world.sdk.shares().register(world.alice, ShareId.of("sales-2026"), "Sales 2026");

    assertEquals(ShareId.of("sales-2026"), share.id());
    assertEquals("Sales 2026", share.name());
    assertEquals(ContractWorld.PROVIDER_A, share.providerId());
    assertEquals(ContractWorld.START, share.registeredAt());
    assertEquals(Optional.of(share), world.sdk.shares().find(world.alice, share.id()));
    assertEquals(List.of(share), world.shares(world.alice));
  }

  @Test
  default void shareIdsMayHoldAnyPrintableAscii() {
    ContractWorld world = ContractWorld.create(this);
    ShareId odd = ShareId.of("it's-100%_\\\"x\"/;--*?");
    Share share = world.sdk.shares().register(world.alice, odd, "Odd");
    ConsumerOrganization org = world.organization("Globex");
    world.link(share, org);

    assertEquals(Optional.of(share), world.sdk.shares().find(world.alice, odd));
    assertEquals(List.of(org), world.consumers(world.alice, odd));
    assertEquals(List.of(share), world.sharesOf(world.alice, org.id()));
    assertEquals(Optional.empty(), world.sdk.shares().find(world.alice, ShareId.of("it's-100%_")));
  }

  @Test
  default void shareNamesAreNormalisedLikeOrganizationNames() {
    ContractWorld world = ContractWorld.create(this);
    Share share = world.sdk.shares().register(world.alice, ShareId.of("s1"), " Sales\u00A0\u00A0 2026\t");
    assertEquals("Sales 2026", share.name());
    assertEquals("X", world.share("s2", "X").name()); // any non-empty name will do for a share

    InvalidNameException e = assertThrows(InvalidNameException.class,
        () -> world.sdk.shares().register(world.alice, ShareId.of("s3"), "Sales\n2026"));
    assertEquals(NameRule.LINE_BREAK, e.rule());
    InvalidNameException blank = assertThrows(InvalidNameException.class,
        () -> world.sdk.shares().register(world.alice, ShareId.of("s4"), " \u3000 "));
    assertEquals(NameRule.TOO_SHORT, blank.rule());
    assertEquals(Optional.empty(), world.sdk.shares().find(world.alice, ShareId.of("s3")));
    assertEquals(2, world.shares(world.alice).size());
  }

  @Test
  default void aShareIdCanBeRegisteredOnlyOnce() {
    ContractWorld world = ContractWorld.create(this);
    Share first = world.share("sales", "Sales");
    ContractWorld.Snapshot before = world.snapshot();

    AlreadyExistsException e = assertThrows(AlreadyExistsException.class,
        () -> world.sdk.shares().register(world.alice, ShareId.of("sales"), "Other name"));

    assertEquals(ObjectKind.SHARE, e.kind());
    assertEquals("sales", e.id());
    assertEquals(Optional.of(first), world.sdk.shares().find(world.alice, first.id()));
    assertEquals(before, world.snapshot());
  }

  @Test
  default void aDeletedShareIdIsNeverReused() {
    ContractWorld world = ContractWorld.create(this);
    Share share = world.share("sales");
    world.sdk.shares().delete(world.alice, share.id());

    assertThrows(AlreadyExistsException.class,
        () -> world.sdk.shares().register(world.alice, share.id(), "Sales again"));
    assertEquals(Optional.empty(), world.sdk.shares().find(world.alice, share.id()));
  }

  @Test
  default void shareIdsBelongToTheirProvider() {
    ContractWorld world = ContractWorld.create(this);
    Share ofAlice = world.share("sales", "Sales of A");
    Share ofBob = world.sdk.shares().register(world.bob, ShareId.of("sales"), "Sales of B");

    assertEquals(Optional.of(ofAlice), world.sdk.shares().find(world.alice, ShareId.of("sales")));
    assertEquals(Optional.of(ofBob), world.sdk.shares().find(world.bob, ShareId.of("sales")));

    world.sdk.shares().delete(world.alice, ofAlice.id());
    assertEquals(Optional.of(ofBob), world.sdk.shares().find(world.bob, ShareId.of("sales")));
  }

  @Test
  default void sharesAreListedByNameThenId() {
    ContractWorld world = ContractWorld.create(this);
    world.share("s-3", "beta");
    world.share("s-1", "\u00C1lpha");
    world.share("s-4", "alpha");
    world.share("s-2", "Gamma");
    world.share("s-5", "ALPHA");

    List<String> ids = world.shares(world.alice).stream().map(s -> s.id().value()).toList();
    assertEquals(List.of("s-1", "s-4", "s-5", "s-3", "s-2"), ids);
    List<String> paged = ContractWorld.readAll(page -> world.sdk.shares().list(world.alice, page), 2).stream()
        .map(s -> s.id().value()).toList();
    assertEquals(ids, paged);
  }

  @Test
  default void deletingAShareClosesItsLinksAndReportsThem() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    Share other = world.share("other");
    ConsumerOrganization globex = world.organization("Globex");
    ConsumerOrganization initech = world.organization("Initech");
    world.link(sales, globex, initech);
    world.link(other, globex);
    Instant deletedAt = world.tick();

    ShareDeletion deletion = world.sdk.shares().delete(world.alice, sales.id());

    assertEquals(sales, deletion.share());
    assertEquals(Set.of(globex.id(), initech.id()),
        deletion.closedLinks().stream().map(Link::organizationId).collect(Collectors.toSet()));
    for (Link link : deletion.closedLinks()) {
      assertEquals(sales.id(), link.shareId());
      assertEquals(ContractWorld.START, link.openedAt());
      assertEquals(Optional.of(deletedAt), link.closedAt());
    }
    assertEquals(Optional.empty(), world.sdk.shares().find(world.alice, sales.id()));
    assertEquals(List.of(other), world.shares(world.alice));
    assertEquals(List.of(other), world.sharesOf(world.alice, globex.id()));
    assertEquals(List.of(), world.sharesOf(world.alice, initech.id()));
    assertEquals(List.of(globex), world.consumers(world.alice, other.id()));
  }

  @Test
  default void aDeletedShareCanNoLongerBeUsed() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    world.link(sales, globex);
    world.sdk.shares().delete(world.alice, sales.id());
    ContractWorld.Snapshot before = world.snapshot();

    NotFoundException add = assertThrows(NotFoundException.class, () -> world.sdk.shares().addConsumers(world.alice,
        sales.id(), AddConsumersRequest.builder().existing(globex.id()).build()));
    assertEquals(ObjectKind.SHARE, add.kind());
    assertThrows(NotFoundException.class, () -> world.sdk.shares().removeConsumer(world.alice, sales.id(),
        globex.id()));
    assertThrows(NotFoundException.class,
        () -> world.sdk.shares().consumers(world.alice, sales.id(), PageRequest.first()));
    assertThrows(NotFoundException.class, () -> world.sdk.shares().delete(world.alice, sales.id()));
    assertThrows(NotFoundException.class, () -> world.sdk.organizations().search(world.alice,
        SearchRequest.of("glo").excludingConsumersOf(sales.id())));
    assertEquals(before, world.snapshot());
  }

  @Test
  default void deletingAShareKeepsItsLinksAsHistory() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    world.link(sales, globex);
    world.tick();
    world.sdk.shares().delete(world.alice, sales.id());

    MacReport march = world.sdk.monthlyActiveConsumers().report(world.alice, MARCH);
    assertEquals(1, march.count());
    assertEquals(globex.id(), march.consumers().get(0).organizationId());
    assertEquals(sales.id(), march.consumers().get(0).evidence().get(0).shareId());
    // the organization lives on, free to be linked elsewhere
    assertEquals(globex, world.sdk.organizations().get(world.alice, globex.id()));
  }

  @Test
  default void deletingAnUnknownShareIsNotFound() {
    ContractWorld world = ContractWorld.create(this);
    NotFoundException e = assertThrows(NotFoundException.class,
        () -> world.sdk.shares().delete(world.alice, ShareId.of("nope")));
    assertEquals(ObjectKind.SHARE, e.kind());
    assertEquals("nope", e.id());
  }

  @Test
  default void removingAConsumerOfAnotherShareLeavesThisShareAlone() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    Share other = world.share("other");
    ConsumerOrganization globex = world.organization("Globex");
    world.link(sales, globex);
    world.link(other, globex);

    assertEquals(RemovalOutcome.REMOVED, world.sdk.shares().removeConsumer(world.alice, other.id(), globex.id()));
    assertEquals(List.of(globex), world.consumers(world.alice, sales.id()));
    assertEquals(List.of(), world.consumers(world.alice, other.id()));
    assertTrue(world.sdk.shares().find(world.alice, other.id()).isPresent());
  }
}
