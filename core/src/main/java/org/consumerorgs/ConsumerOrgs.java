package org.consumerorgs;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Clock;
import org.consumerorgs.policy.Policies;
import org.consumerorgs.spi.IdGenerator;
import org.consumerorgs.spi.Storage;
import org.consumerorgs.spi.UseCaseListener;

/**
 * The SDK: one object per store, thread-safe, built once and shared by the whole host application.
 *
 * <pre>{@code
 * ConsumerOrgs sdk = ConsumerOrgs.builder(new InMemoryStorage()).build();
 * Actor alice = Actor.ofProvider(ProviderId.of("acme-data"), "alice");
 * sdk.providers().register(alice, "Acme Data");
 * ConsumerOrganization globex = sdk.organizations().create(alice, "Globex");
 * }</pre>
 */
public final class ConsumerOrgs {
  private final Policies policies;
  private final ProviderService providers;
  private final ShareService shares;
  private final OrganizationService organizations;
  private final MonthlyActiveConsumersService monthlyActiveConsumers;
  private final EventLogService events;

  private ConsumerOrgs(Builder builder) {
    // Each service holds what it works on: the storage, whose stores it asks for at each call inside the
    // transaction (building the SDK touches no port, and nothing in the SPI promises that a storage hands the same
    // store every time), and the policies it applies.
    Context context = new Context(builder.storage, builder.clock, builder.ids, builder.attempts, builder.listener);
    this.policies = builder.policies;
    this.providers = new ProviderService(context, builder.storage, policies);
    this.shares = new ShareService(context, builder.storage, policies);
    this.organizations = new OrganizationService(context, builder.storage, policies);
    this.monthlyActiveConsumers = new MonthlyActiveConsumersService(context, builder.storage, policies);
    this.events = new EventLogService(context, builder.storage);
  }

  /**
   * Starts configuring an SDK over a store.
   *
   * @param storage the adapter that keeps the data, such as an in-memory or a JDBC storage
   * @return a builder with every other setting at its default
   */
  public static Builder builder(Storage storage) {
    return new Builder(storage);
  }

  /** {@return registering providers, which comes before anything else a provider does} */
  public ProviderService providers() {
    return providers;
  }

  /** {@return shares and their consumers: register and delete shares, add and remove consumer organizations} */
  public ShareService shares() {
    return shares;
  }

  /** {@return consumer organizations: create, rename, delete, list, search} */
  public OrganizationService organizations() {
    return organizations;
  }

  /** {@return the Monthly Active Consumers report} */
  public MonthlyActiveConsumersService monthlyActiveConsumers() {
    return monthlyActiveConsumers;
  }

  /** {@return each provider's change log} */
  public EventLogService events() {
    return events;
  }

  /** {@return the policies this SDK was built with} */
  public Policies policies() {
    return policies;
  }

  /** Configures the SDK; every setting has a sane default. */
  public static final class Builder {
    private final Storage storage;
    private Clock clock = Clock.systemUTC();
    private IdGenerator ids = IdGenerator.randomUuids();
    private Policies policies = Policies.defaults();
    private int attempts = 3;
    private UseCaseListener listener = UseCaseListener.none();

    private Builder(Storage storage) {
      this.storage = requireNonNull(storage, "storage");
    }

    /**
     * The clock every timestamp comes from (link history, events). Default: the system clock, UTC.
     *
     * @param clock the clock; a fixed or manual one makes tests repeatable
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Where new organization and link ids come from. Default: random UUIDs.
     *
     * @param ids the generator
     * @return this builder
     */
    public Builder idGenerator(IdGenerator ids) {
      this.ids = requireNonNull(ids, "ids");
      return this;
    }

    /**
     * The rules the SDK applies: naming, deletion, the definition of an active consumer, the billing time zone.
     * Default: {@link Policies#defaults()}.
     *
     * @param policies the policies
     * @return this builder
     */
    public Builder policies(Policies policies) {
      this.policies = requireNonNull(policies, "policies");
      return this;
    }

    /**
     * How many times a use case runs in all when the store reports a retryable failure: a conflict (a serialization
     * failure, a deadlock, a lock timeout) or a database that could not be reached before anything was committed (a
     * dead pooled connection, a restarting server). Each run is a new transaction. A failure while committing is
     * never retried: its outcome is unknown ({@link org.consumerorgs.error.WriteOutcome#UNKNOWN}). Default 3; 1 turns
     * retrying off.
     *
     * @param attempts at least 1
     * @return this builder
     */
    public Builder attempts(int attempts) {
      checkArgument(attempts >= 1, "attempts must be at least 1, got %s", attempts);
      this.attempts = attempts;
      return this;
    }

    /**
     * Who observes the SDK's calls, for metrics or tracing: told when each call starts, of each failed attempt of its
     * transaction, and how it ended ({@link UseCaseListener}). Default: {@link UseCaseListener#none()}.
     *
     * @param listener the listener; to have several, combine them in one
     * @return this builder
     */
    public Builder listener(UseCaseListener listener) {
      this.listener = requireNonNull(listener, "listener");
      return this;
    }

    /** {@return the SDK, ready to share across the application} */
    public ConsumerOrgs build() {
      return new ConsumerOrgs(this);
    }
  }
}
