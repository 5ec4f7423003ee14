package org.consumerorgs.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.policy.NamingPolicy;
import org.consumerorgs.spi.InsertOutcome;
import org.consumerorgs.spi.OpenTransactions;
import org.consumerorgs.spi.TransactionBoundary;
import org.consumerorgs.spi.TransactionMode;
import org.junit.jupiter.api.Test;

/**
 * A call made while a transaction is open on its thread joins it ({@link TransactionBoundary}, by the rule of
 * {@link OpenTransactions}): its writes commit or roll back with that transaction; it may act only for the same
 * provider, and write only if that transaction may; and a store is called only inside a transaction. The services
 * never nest their calls, so this asks the ports directly, as a host that wraps several SDK calls in one of its own
 * transactions would rely on.
 */
public interface TransactionJoiningContract extends StorageFactory {

  private static <T> T inTransaction(ContractWorld world, TransactionMode mode, Supplier<T> work) {
    return world.storage.transactions().inTransaction(ContractWorld.PROVIDER_A, mode, work);
  }

  private static InsertOutcome insert(ContractWorld world, String id, String name) {
    ConsumerOrganization organization = new ConsumerOrganization(ConsumerOrganizationId.of(id),
        ContractWorld.PROVIDER_A, name, 1, ContractWorld.START, ContractWorld.START);
    return world.storage.organizations().insert(organization, NamingPolicy.defaults().check(name));
  }

  @Test
  default void aCallInsideAnOpenTransactionCommitsWithIt() {
    ContractWorld world = ContractWorld.create(this);

    inTransaction(world, TransactionMode.READ_WRITE, () -> {
      insert(world, "outer", "Globex");
      return inTransaction(world, TransactionMode.READ_WRITE, () -> insert(world, "inner", "Initech"));
    });

    assertEquals(List.of("Globex", "Initech"), world.organizationNames(world.alice));
  }

  @Test
  default void aCallInsideAnOpenTransactionRollsBackWithIt() {
    ContractWorld world = ContractWorld.create(this);
    IllegalStateException failure = new IllegalStateException("the outer work fails after the inner call returned");

    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> inTransaction(world, TransactionMode.READ_WRITE, () -> {
          insert(world, "outer", "Globex");
          inTransaction(world, TransactionMode.READ_WRITE, () -> insert(world, "inner", "Initech"));
          throw failure;
        }));

    assertSame(failure, thrown, "the work's own exception, unchanged");
    assertEquals(List.of(), world.organizationNames(world.alice), "neither the outer nor the joined call's write");
  }

  @Test
  default void aCallInsideAReadOnlyTransactionReadsWhatItReads() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization globex = world.organization("Globex");

    Optional<ConsumerOrganization> found = inTransaction(world, TransactionMode.READ_ONLY,
        () -> inTransaction(world, TransactionMode.READ_ONLY,
            () -> world.storage.organizations().findLive(ContractWorld.PROVIDER_A, globex.id())));

    assertEquals(Optional.of(globex), found);
  }

  @Test
  default void aCallForAnotherProviderCannotJoin() {
    ContractWorld world = ContractWorld.create(this);

    assertThrows(IllegalStateException.class, () -> inTransaction(world, TransactionMode.READ_WRITE,
        () -> world.storage.transactions().inTransaction(ContractWorld.PROVIDER_B, TransactionMode.READ_WRITE,
            () -> insert(world, "other", "Globex"))));

    assertEquals(List.of(), world.organizationNames(world.alice));
    assertEquals(List.of(), world.organizationNames(world.bob));
  }

  @Test
  default void nothingWritesInsideAReadOnlyTransaction() {
    ContractWorld world = ContractWorld.create(this);

    assertThrows(IllegalStateException.class, () -> inTransaction(world, TransactionMode.READ_ONLY,
        () -> inTransaction(world, TransactionMode.READ_WRITE, () -> insert(world, "joined", "Globex"))));
    assertThrows(IllegalStateException.class,
        () -> inTransaction(world, TransactionMode.READ_ONLY, () -> insert(world, "direct", "Initech")));

    assertEquals(List.of(), world.organizationNames(world.alice));
  }

  @Test
  default void storesAreCalledOnlyInsideATransaction() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization globex = world.organization("Globex");

    assertThrows(IllegalStateException.class,
        () -> world.storage.organizations().findLive(ContractWorld.PROVIDER_A, globex.id()));
    assertThrows(IllegalStateException.class, () -> insert(world, "outside", "Initech"));

    assertEquals(List.of("Globex"), world.organizationNames(world.alice));
  }
}
