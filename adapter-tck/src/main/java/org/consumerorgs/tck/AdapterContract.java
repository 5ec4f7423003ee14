package org.consumerorgs.tck;

/**
 * The whole contract a storage adapter must pass. Extend it in your adapter's tests and return a fresh, empty store
 * from {@link #newStorage()}:
 *
 * <pre>{@code
 * class MyStorageContractTest extends AdapterContract {
 *   @Override
 *   public Storage newStorage() {
 *     return new MyStorage(freshDatabase());
 *   }
 * }
 * }</pre>
 *
 * <p>Each part of the contract is an interface of its own, so an adapter's suite can also run a single part while it
 * is being written ({@code class MyNamingTest implements NamingContract}).
 */
public abstract class AdapterContract implements
    ProviderContract,
    OrganizationLifecycleContract,
    NamingContract,
    ExternalIdContract,
    ShareContract,
    LinkingContract,
    DeletionContract,
    ListingContract,
    SearchContract,
    MonthlyActiveConsumersContract,
    EventLogContract,
    AuthorizationContract,
    AtomicityContract,
    StoreJudgementContract,
    TransactionJoiningContract,
    ConcurrencyContract,
    ModelBasedContract {
}
