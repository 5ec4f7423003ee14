package org.consumerorgs.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.LinkId;
import org.consumerorgs.domain.NormalizedName;
import org.consumerorgs.domain.Share;
import org.consumerorgs.policy.NamingPolicy;
import org.consumerorgs.spi.InsertOutcome;
import org.consumerorgs.spi.NamedOrganization;
import org.consumerorgs.spi.RenameOutcome;
import org.consumerorgs.spi.TransactionMode;
import org.junit.jupiter.api.Test;

/**
 * The few things only the store can judge atomically, asked of the ports directly: the services check some of them
 * first, so a store that forgot one would pass every other test until two callers raced. Here nobody checks first.
 */
public interface StoreJudgementContract extends StorageFactory {

  private static <T> T write(ContractWorld world, Supplier<T> work) {
    return world.storage.transactions().inTransaction(ContractWorld.PROVIDER_A, TransactionMode.READ_WRITE, work);
  }

  private static NormalizedName name(String raw) {
    return NamingPolicy.defaults().check(raw);
  }

  @Test
  default void theStoreRefusesARenameFromAStaleVersion() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization org = world.organization("Globex");
    world.sdk.organizations().rename(world.alice, org.id(), 1, "Globex Corp");
    Instant now = world.tick();

    RenameOutcome stale = write(world,
        () -> world.storage.organizations().rename(ContractWorld.PROVIDER_A, org.id(), 1, name("Initech"), now));

    assertEquals(2, assertInstanceOf(RenameOutcome.VersionMismatch.class, stale).currentVersion());
    assertEquals("Globex Corp", world.sdk.organizations().get(world.alice, org.id()).name());
  }

  @Test
  default void theStoreRefusesARenameToATakenName() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization globex = world.organization("Globex");
    ConsumerOrganization initech = world.organization("Initech");

    RenameOutcome taken = write(world, () -> world.storage.organizations().rename(ContractWorld.PROVIDER_A,
        initech.id(), 1, name("GLOBEX"), ContractWorld.START));
    RenameOutcome ownKey = write(world, () -> world.storage.organizations().rename(ContractWorld.PROVIDER_A,
        globex.id(), 1, name("GLOBEX"), ContractWorld.START));

    assertEquals(globex, assertInstanceOf(RenameOutcome.NameTaken.class, taken).holder());
    ConsumerOrganization renamed = assertInstanceOf(RenameOutcome.Renamed.class, ownKey).organization();
    assertEquals("GLOBEX", renamed.name());
    assertEquals(2, renamed.version());
  }

  @Test
  default void theStoreDoesNotRenameADeletedOrganization() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization org = world.organization("Globex");
    world.sdk.organizations().delete(world.alice, org.id());

    RenameOutcome outcome = write(world, () -> world.storage.organizations().rename(ContractWorld.PROVIDER_A,
        org.id(), 1, name("Initech"), ContractWorld.START));

    assertInstanceOf(RenameOutcome.NotFound.class, outcome);
    world.organization("Initech");
  }

  @Test
  default void theStoreRefusesToInsertATakenName() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization globex = world.organization("Globex");
    ConsumerOrganization twin = new ConsumerOrganization(ConsumerOrganizationId.of("twin"), ContractWorld.PROVIDER_A,
        "\uFF27\uFF2C\uFF2F\uFF22\uFF25\uFF38", 1, ContractWorld.START, ContractWorld.START); // full-width GLOBEX

    InsertOutcome outcome = write(world, () -> world.storage.organizations().insert(twin, name(twin.name())));

    assertEquals(globex, assertInstanceOf(InsertOutcome.NameTaken.class, outcome).holder());
    assertEquals(List.of(globex), world.organizations(world.alice));
  }

  @Test
  default void theStoreJudgesEachOrganizationOfABatchInsertLikeASingleInsert() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization globex = world.organization("Globex");
    List<NamedOrganization> batch = new ArrayList<>();
    for (String raw : List.of("Initech", "GLOBEX", "Hooli")) {
      batch.add(new NamedOrganization(new ConsumerOrganization(ConsumerOrganizationId.of("batch-" + raw),
          ContractWorld.PROVIDER_A, raw, 1, ContractWorld.START, ContractWorld.START), name(raw)));
    }

    List<InsertOutcome> outcomes = write(world, () -> world.storage.organizations().insertAll(batch));

    assertEquals(3, outcomes.size());
    assertInstanceOf(InsertOutcome.Inserted.class, outcomes.get(0));
    assertEquals(globex, assertInstanceOf(InsertOutcome.NameTaken.class, outcomes.get(1)).holder());
    assertInstanceOf(InsertOutcome.Inserted.class, outcomes.get(2));
    assertEquals(List.of("Globex", "Hooli", "Initech"),
        world.organizations(world.alice).stream().map(ConsumerOrganization::name).toList());
  }

  @Test
  default void theStoreOpensAtMostOneLinkPerPair() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    world.link(sales, globex);
    Instant now = world.tick();
    Link second = new Link(LinkId.of("second"), ContractWorld.PROVIDER_A, sales.id(), globex.id(), now,
        Optional.empty());

    List<Link> opened = write(world, () -> world.storage.links().openAll(List.of(second)));
    Optional<Link> closed = write(world,
        () -> world.storage.links().close(ContractWorld.PROVIDER_A, sales.id(), globex.id(), now));
    Optional<Link> closedAgain = write(world,
        () -> world.storage.links().close(ContractWorld.PROVIDER_A, sales.id(), globex.id(), now));

    assertEquals(List.of(), opened);
    assertEquals(ContractWorld.START, closed.orElseThrow().openedAt());
    assertEquals(Optional.of(now), closed.orElseThrow().closedAt());
    assertEquals(Optional.empty(), closedAgain);
  }
}
