package org.consumerorgs.tck;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.AddConsumersResult;
import org.consumerorgs.domain.ConsumerEntry;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.MacReport;
import org.consumerorgs.domain.Page;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.policy.Policies;
import org.consumerorgs.spi.Storage;

/**
 * A fresh SDK over a fresh store: a manual clock, two registered providers (alice acts for one, bob for the other)
 * and an actor who acts for no provider. The helpers read and write only through the public API, as a host would.
 */
public final class ContractWorld {
  public static final Instant START = Instant.parse("2026-03-10T09:00:00Z");
  public static final ProviderId PROVIDER_A = ProviderId.of("provider-a");
  public static final ProviderId PROVIDER_B = ProviderId.of("provider-b");
  /** A provider nobody registered. */
  public static final ProviderId PROVIDER_C = ProviderId.of("provider-c");

  /** The months {@link #snapshot()} reads Monthly Active Consumers for: around {@link #START}, where tests work. */
  private static final List<YearMonth> SNAPSHOT_MONTHS = List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2),
      YearMonth.of(2026, 3), YearMonth.of(2026, 4), YearMonth.of(2026, 5), YearMonth.of(2026, 6));

  public final Storage storage;
  public final ManualClock clock;
  public final ConsumerOrgs sdk;
  public final Actor alice = Actor.ofProvider(PROVIDER_A, "alice");
  public final Actor bob = Actor.ofProvider(PROVIDER_B, "bob");
  public final Actor stranger = Actor.withoutProvider("stranger");
  /** Acts for a provider that was never registered. */
  public final Actor carol = Actor.ofProvider(PROVIDER_C, "carol");

  private ContractWorld(Storage storage, Policies policies) {
    this.storage = storage;
    this.clock = new ManualClock(START);
    this.sdk = ConsumerOrgs.builder(storage).clock(clock).policies(policies).build();
    sdk.providers().register(alice, "Provider A");
    sdk.providers().register(bob, "Provider B");
  }

  public static ContractWorld create(StorageFactory factory) {
    return create(factory, Policies.defaults());
  }

  public static ContractWorld create(StorageFactory factory, Policies policies) {
    return new ContractWorld(factory.newStorage(), policies);
  }

  /** Another SDK instance over the same store with the same clock and policies, as a second host instance. */
  public ConsumerOrgs secondHost() {
    return ConsumerOrgs.builder(storage).clock(clock).policies(sdk.policies()).build();
  }

  /** Moves the clock one minute on and returns the new time (whole seconds: the SDK stores it as it is). */
  public Instant tick() {
    return clock.advance(Duration.ofMinutes(1));
  }

  // ---- writing through the public API, as alice ----

  /** Registers a share of alice's, named as its id. */
  public Share share(String id) {
    return share(id, id);
  }

  public Share share(String id, String name) {
    return sdk.shares().register(alice, ShareId.of(id), name);
  }

  /** Creates one of alice's organizations. */
  public ConsumerOrganization organization(String name) {
    return sdk.organizations().create(alice, name);
  }

  /** Links existing organizations of alice's to one of her shares. */
  public AddConsumersResult link(Share share, ConsumerOrganization... organizations) {
    List<ConsumerEntry> entries = new ArrayList<>();
    for (ConsumerOrganization organization : organizations) {
      entries.add(ConsumerEntry.existing(organization.id()));
    }
    return sdk.shares().addConsumers(alice, share.id(), new AddConsumersRequest(entries));
  }

  // ---- reading whole lists through the public API ----

  public List<ConsumerOrganization> organizations(Actor actor) {
    return readAll(page -> sdk.organizations().list(actor, page), 100);
  }

  public List<String> organizationNames(Actor actor) {
    return organizations(actor).stream().map(ConsumerOrganization::name).toList();
  }

  public List<Share> shares(Actor actor) {
    return readAll(page -> sdk.shares().list(actor, page), 100);
  }

  public List<ConsumerOrganization> consumers(Actor actor, ShareId share) {
    return readAll(page -> sdk.shares().consumers(actor, share, page), 100);
  }

  public List<Share> sharesOf(Actor actor, ConsumerOrganizationId organization) {
    return readAll(page -> sdk.organizations().sharesOf(actor, organization, page), 100);
  }

  /** The actor's whole change log, oldest first. */
  public List<RecordedEvent> events(Actor actor) {
    return ReadAll.events(sdk, actor);
  }

  /** Every item of a paged list, {@code size} a page, following the cursors to the end. */
  public static <T> List<T> readAll(Function<PageRequest, Page<T>> read, int size) {
    return ReadAll.items(ReadAll.pages(read, size));
  }

  /** Every page of a paged list, {@code size} a page. */
  public static <T> List<Page<T>> pages(Function<PageRequest, Page<T>> read, int size) {
    return ReadAll.pages(read, size);
  }

  /**
   * Runs {@code work} on another thread and waits for it: proves that nothing the current thread did (a failed
   * transaction, say) left a lock or connection behind that blocks other callers.
   */
  public static <T> T onAnotherThread(Supplier<T> work) {
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      Future<T> result = executor.submit(work::get);
      return result.get(10, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      return fail("another caller was blocked for 10 seconds: did a failed transaction keep its lock?", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      return fail(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail(e);
    } finally {
      executor.shutdownNow();
    }
  }

  // ---- everything a host can see, to prove that a failed call changed nothing ----

  /** Everything both providers can read: change logs, live objects, open links and link history (through MAC). */
  public Snapshot snapshot() {
    return new Snapshot(view(alice), view(bob));
  }

  private ProviderView view(Actor actor) {
    List<Share> shares = shares(actor);
    List<ConsumerOrganization> organizations = organizations(actor);
    Map<ShareId, List<ConsumerOrganization>> consumers = new LinkedHashMap<>();
    for (Share share : shares) {
      consumers.put(share.id(), consumers(actor, share.id()));
    }
    Map<ConsumerOrganizationId, List<Share>> sharesOf = new LinkedHashMap<>();
    for (ConsumerOrganization organization : organizations) {
      sharesOf.put(organization.id(), sharesOf(actor, organization.id()));
    }
    List<MacReport> mac = new ArrayList<>();
    for (YearMonth month : SNAPSHOT_MONTHS) {
      mac.add(sdk.monthlyActiveConsumers().report(actor, month));
    }
    return new ProviderView(events(actor), shares, organizations, consumers, sharesOf, mac);
  }

  /** What both providers see. Two snapshots are equal when nothing a host can read has changed. */
  public record Snapshot(ProviderView providerA, ProviderView providerB) {}

  /** What one provider sees. */
  public record ProviderView(
      List<RecordedEvent> events,
      List<Share> shares,
      List<ConsumerOrganization> organizations,
      Map<ShareId, List<ConsumerOrganization>> consumersByShare,
      Map<ConsumerOrganizationId, List<Share>> sharesByOrganization,
      List<MacReport> monthlyActiveConsumers) {}
}
