package org.consumerorgs.tck;

import static org.consumerorgs.tck.Months.MARCH;
import static org.consumerorgs.tck.Months.APRIL;
import static org.consumerorgs.tck.Months.MAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.consumerorgs.domain.ActiveConsumer;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.DeletionImpact;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.MacEffect;
import org.consumerorgs.domain.MacReport;
import org.consumerorgs.domain.Share;
import org.consumerorgs.error.DeletionRefusedException;
import org.consumerorgs.error.DuplicateNameException;
import org.consumerorgs.policy.DeletionPolicy;
import org.consumerorgs.policy.MacDefinition;
import org.consumerorgs.policy.Policies;
import org.junit.jupiter.api.Test;

/**
 * Deleting an organization ends its links (kept as history), frees its name and reports its impact; a preview reports
 * the same without deleting; a policy can refuse to delete an organization still in use.
 */
public interface DeletionContract extends StorageFactory {

  @Test
  default void deletingALinkedOrganizationReportsTheSharesThatLoseIt() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("s1", "Sales");
    Share marketing = world.share("s2", "Marketing");
    Share unrelated = world.share("s3", "Unrelated");
    ConsumerOrganization globex = world.organization("Globex");
    world.link(sales, globex);
    world.link(marketing, globex);
    world.link(unrelated, world.organization("Initech"));
    world.tick();

    DeletionImpact impact = world.sdk.organizations().delete(world.alice, globex.id());

    assertTrue(impact.deleted());
    assertEquals(globex, impact.organization());
    assertEquals(List.of(marketing, sales), impact.sharesLosingAccess());
  }

  @Test
  default void deletingALinkedOrganizationReportsItsEffectOnThisAndNextMonth() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    world.link(sales, globex);
    world.tick();

    DeletionImpact impact = world.sdk.organizations().delete(world.alice, globex.id());

    // it was linked in March, so it still counts there; kept, it would have counted in April too
    assertEquals(List.of(new MacEffect(MARCH, true, true), new MacEffect(APRIL, true, false)), impact.macEffects());
    assertEquals(List.of(0, -1), impact.macEffects().stream().map(MacEffect::change).toList());
  }

  @Test
  default void theImpactSummaryCanBeShownToAUser() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("s1", "Sales");
    Share marketing = world.share("s2", "Marketing");
    ConsumerOrganization globex = world.organization("Globex");
    world.link(sales, globex);
    world.link(marketing, globex);
    world.tick();

    String preview = world.sdk.organizations().previewDelete(world.alice, globex.id()).summary();
    String done = world.sdk.organizations().delete(world.alice, globex.id()).summary();

    assertEquals("Deleting \u201CGlobex\u201D removes it from 2 shares: Marketing, Sales."
        + " It still counts toward Monthly Active Consumers for March 2026."
        + " It no longer counts toward Monthly Active Consumers for April 2026.", preview);
    assertEquals("\u201CGlobex\u201D was deleted and removed from 2 shares: Marketing, Sales."
        + " It still counts toward Monthly Active Consumers for March 2026."
        + " It no longer counts toward Monthly Active Consumers for April 2026.", done);
  }

  @Test
  default void deletingAnUnlinkedOrganizationHasNoImpact() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization globex = world.organization("Globex");

    DeletionImpact impact = world.sdk.organizations().delete(world.alice, globex.id());

    assertEquals(List.of(), impact.sharesLosingAccess());
    assertEquals(List.of(new MacEffect(MARCH, false, false), new MacEffect(APRIL, false, false)),
        impact.macEffects());
    assertEquals("\u201CGlobex\u201D was deleted; it was not linked to any share.", impact.summary());
  }

  @Test
  default void anOrganizationLinkedOnlyLastMonthIsNotCountedEitherWay() {
    ContractWorld world = ContractWorld.create(this);
    world.clock.set(Instant.parse("2026-02-10T09:00:00Z"));
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    world.link(sales, globex);
    world.clock.set(Instant.parse("2026-02-20T09:00:00Z"));
    world.sdk.shares().removeConsumer(world.alice, sales.id(), globex.id());
    world.clock.set(ContractWorld.START);

    DeletionImpact impact = world.sdk.organizations().delete(world.alice, globex.id());

    assertEquals(List.of(), impact.sharesLosingAccess());
    assertEquals(List.of(new MacEffect(MARCH, false, false), new MacEffect(APRIL, false, false)),
        impact.macEffects());
  }

  @Test
  default void underTheMonthEndDefinitionADeletionRemovesTheOrganizationFromThisMonth() {
    ContractWorld world = ContractWorld.create(this,
        Policies.defaults().withMacDefinition(MacDefinition.linkedAtMonthEnd()));
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    world.link(sales, globex);
    world.tick();

    DeletionImpact impact = world.sdk.organizations().delete(world.alice, globex.id());

    assertEquals(List.of(new MacEffect(MARCH, true, false), new MacEffect(APRIL, true, false)), impact.macEffects());
    assertTrue(impact.summary().endsWith(" It no longer counts toward Monthly Active Consumers for March 2026."
        + " It no longer counts toward Monthly Active Consumers for April 2026."), impact.summary());
  }

  @Test
  default void theMonthsOfTheImpactAreTheBillingZonesMonths() {
    ContractWorld world = ContractWorld.create(this,
        Policies.defaults().withBillingZone(ZoneId.of("Europe/Paris")));
    world.clock.set(Instant.parse("2026-03-31T23:00:00Z")); // already 1 April in Paris
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    world.link(sales, globex);
    world.tick();

    DeletionImpact impact = world.sdk.organizations().delete(world.alice, globex.id());

    assertEquals(List.of(new MacEffect(APRIL, true, true), new MacEffect(MAY, true, false)),
        impact.macEffects());
  }

  @Test
  default void previewReportsTheSameImpactWithoutDeleting() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("s1", "Sales");
    Share marketing = world.share("s2", "Marketing");
    ConsumerOrganization globex = world.organization("Globex");
    world.link(sales, globex);
    world.link(marketing, globex);
    world.tick();
    ContractWorld.Snapshot before = world.snapshot();

    DeletionImpact preview = world.sdk.organizations().previewDelete(world.alice, globex.id());

    assertFalse(preview.deleted());
    assertEquals(before, world.snapshot()); // nothing deleted, nothing closed, nothing recorded
    DeletionImpact done = world.sdk.organizations().delete(world.alice, globex.id());
    assertEquals(new DeletionImpact(done.organization(), done.sharesLosingAccess(), done.macEffects(), true, false),
        preview);
  }

  @Test
  default void deletingClosesTheLinksButKeepsThemAsHistory() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    ConsumerOrganization initech = world.organization("Initech");
    world.link(sales, globex, initech);
    Instant deletedAt = world.tick();

    world.sdk.organizations().delete(world.alice, globex.id());

    assertEquals(List.of(initech), world.consumers(world.alice, sales.id()));
    MacReport march = world.sdk.monthlyActiveConsumers().report(world.alice, MARCH);
    assertEquals(2, march.count());
    ActiveConsumer gone = march.consumers().get(0);
    assertEquals(globex.id(), gone.organizationId());
    assertEquals("Globex", gone.name());
    assertEquals(Optional.of(deletedAt), gone.deletedAt());
    Link link = gone.evidence().get(0);
    assertEquals(ContractWorld.START, link.openedAt());
    assertEquals(Optional.of(deletedAt), link.closedAt());
    assertEquals(0, world.sdk.monthlyActiveConsumers().report(world.alice, APRIL).consumers().stream()
        .filter(c -> c.organizationId().equals(globex.id())).count());
  }

  @Test
  default void deletingALinkedOrganizationFreesItsName() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    world.link(sales, globex);
    world.sdk.organizations().delete(world.alice, globex.id());

    ConsumerOrganization again = world.organization("GLOBEX");
    world.link(sales, again);

    assertEquals(List.of(again), world.consumers(world.alice, sales.id()));
  }

  @Test
  default void theRefusingPolicyRefusesToDeleteALinkedOrganizationAndChangesNothing() {
    ContractWorld world = ContractWorld.create(this,
        Policies.defaults().withDeletion(DeletionPolicy.REFUSE_WHILE_LINKED));
    Share sales = world.share("s1", "Sales");
    Share marketing = world.share("s2", "Marketing");
    ConsumerOrganization globex = world.organization("Globex");
    world.link(sales, globex);
    world.link(marketing, globex);
    world.tick();
    ContractWorld.Snapshot before = world.snapshot();

    DeletionRefusedException e = assertThrows(DeletionRefusedException.class,
        () -> world.sdk.organizations().delete(world.alice, globex.id()));

    assertEquals(globex.id(), e.organizationId());
    assertEquals(Set.of(sales.id(), marketing.id()), Set.copyOf(e.linkedShares()));
    assertTrue(e.getMessage().contains("Globex") && e.getMessage().contains("2 shares"), e.getMessage());
    assertEquals(before, world.snapshot());
    assertThrows(DuplicateNameException.class, () -> world.organization("Globex"));
  }

  @Test
  default void theRefusingPolicyDeletesAnOrganizationOnceItIsRemovedFromItsShares() {
    ContractWorld world = ContractWorld.create(this,
        Policies.defaults().withDeletion(DeletionPolicy.REFUSE_WHILE_LINKED));
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    ConsumerOrganization never = world.organization("Never linked");
    world.link(sales, globex);
    world.sdk.shares().removeConsumer(world.alice, sales.id(), globex.id());

    assertTrue(world.sdk.organizations().delete(world.alice, globex.id()).deleted());
    assertTrue(world.sdk.organizations().delete(world.alice, never.id()).deleted());
    assertEquals(List.of(), world.organizations(world.alice));
  }

  @Test
  default void theRefusingPolicyStillPreviewsTheImpact() {
    ContractWorld world = ContractWorld.create(this,
        Policies.defaults().withDeletion(DeletionPolicy.REFUSE_WHILE_LINKED));
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    world.link(sales, globex);

    DeletionImpact preview = world.sdk.organizations().previewDelete(world.alice, globex.id());

    assertEquals(List.of(sales), preview.sharesLosingAccess());
    assertFalse(preview.deleted());
    assertFalse(preview.allowed(), "the preview says the policy would refuse");
    assertEquals("\u201CGlobex\u201D cannot be deleted while it is linked to 1 share: sales."
        + " Remove it from them first.", preview.summary());

    world.sdk.shares().removeConsumer(world.alice, sales.id(), globex.id());
    assertTrue(world.sdk.organizations().previewDelete(world.alice, globex.id()).allowed());
  }

  @Test
  default void aPreviewOfAnUnlinkedOrganizationSaysSo() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization globex = world.organization("Globex");

    DeletionImpact preview = world.sdk.organizations().previewDelete(world.alice, globex.id());

    assertTrue(preview.allowed());
    assertEquals("\u201CGlobex\u201D is not linked to any share.", preview.summary());
  }

  @Test
  default void deletingOneOrganizationLeavesTheOthersLinksAlone() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    ConsumerOrganization initech = world.organization("Initech");
    world.link(sales, globex, initech);

    world.sdk.organizations().delete(world.alice, globex.id());

    assertEquals(List.of(initech), world.consumers(world.alice, sales.id()));
    assertEquals(List.of(sales), world.sharesOf(world.alice, initech.id()));
    assertEquals(List.of(sales), world.sdk.organizations().previewDelete(world.alice, initech.id())
        .sharesLosingAccess());
  }

  @Test
  default void sharesDeletedEarlierAreNotAmongThoseThatLoseTheOrganization() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    Share gone = world.share("gone");
    ConsumerOrganization globex = world.organization("Globex");
    world.link(sales, globex);
    world.link(gone, globex);
    world.sdk.shares().delete(world.alice, gone.id());

    DeletionImpact impact = world.sdk.organizations().delete(world.alice, globex.id());

    assertEquals(List.of(sales), impact.sharesLosingAccess());
  }
}
