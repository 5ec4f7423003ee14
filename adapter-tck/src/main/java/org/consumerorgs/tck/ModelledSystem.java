package org.consumerorgs.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.jqwik.api.state.ChangeDetector;
import net.jqwik.api.statistics.Statistics;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.AddConsumersResult;
import org.consumerorgs.domain.AddConsumersResult.EntryOutcome;
import org.consumerorgs.domain.AddConsumersResult.Status;
import org.consumerorgs.domain.ConsumerEntry;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.DeletionImpact;
import org.consumerorgs.domain.EventType;
import org.consumerorgs.domain.MacEffect;
import org.consumerorgs.domain.MacReport;
import org.consumerorgs.domain.Page;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.domain.SearchHit;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareDeletion;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.error.ObjectKind;
import org.consumerorgs.policy.Policies;
import org.consumerorgs.tck.ReferenceModel.OrgRef;

/**
 * The state of one model-based run: an SDK over a fresh store from the adapter under test, and the
 * {@link ReferenceModel}. Each operation runs on both and fails the run at once if their outcomes differ;
 * {@link #assertSameState()} compares everything that can be read after each step.
 *
 * <p>The SDK numbers new ids {@code id-1}, {@code id-2}, … instead of drawing random UUIDs, so that a run, and the
 * order of names that tie, is the same every time it is replayed while shrinking.
 */
final class ModelledSystem {
  /** Page size of the full comparison after each step: small, so that every comparison follows cursors too. */
  private static final int PAGE = 4;

  private final ContractWorld world;
  private final ConsumerOrgs sdk;
  private final ReferenceModel model;
  private final LogReader alicesLog;
  private final LogReader bobsLog;

  private ModelledSystem(ContractWorld world) {
    this.world = world;
    AtomicLong ids = new AtomicLong();
    this.sdk = ConsumerOrgs.builder(world.storage).clock(world.clock).policies(Policies.defaults())
        .idGenerator(() -> "id-" + ids.incrementAndGet()).build();
    this.model = new ReferenceModel(Policies.defaults(), world.clock.instant());
    this.alicesLog = new LogReader(world.alice);
    this.bobsLog = new LogReader(world.bob);
  }

  static ModelledSystem start(StorageFactory storage) {
    return new ModelledSystem(ContractWorld.create(storage));
  }

  ReferenceModel model() {
    return model;
  }

  // --- operations: each runs on the adapter, then on the model, and compares ------------------------------------------

  void create(OrgRef as, String name) {
    Attempt<ConsumerOrganization> actual = Attempt.of(() -> sdk.organizations().create(world.alice, name));
    String expected = model.create(as, name, createdIds(actual, org -> List.of(org.id())));
    compare("create", expected, describe(actual, org -> "created " + organization(org)));
  }

  void rename(OrgRef org, long version, String name) {
    ConsumerOrganizationId id = model.idOf(org);
    Attempt<ConsumerOrganization> actual = Attempt.of(() -> sdk.organizations().rename(world.alice, id, version, name));
    String expected = model.rename(org, version, name);
    // A rename to the name it already has changes nothing, not even the version.
    compare("rename", expected, describe(actual,
        renamed -> (renamed.version() == version ? "unchanged " : "renamed ") + organization(renamed)));
  }

  void delete(OrgRef org) {
    ConsumerOrganizationId id = model.idOf(org);
    Attempt<DeletionImpact> actual = Attempt.of(() -> sdk.organizations().delete(world.alice, id));
    String expected = model.delete(org);
    compare("delete", expected, describe(actual, impact -> {
      StringBuilder text = new StringBuilder("deleted ").append(organization(impact.organization()))
          .append(", shares losing it ").append(impact.sharesLosingAccess().stream().map(s -> s.id().value()).toList());
      for (MacEffect effect : impact.macEffects()) {
        text.append(", ").append(effect.month()).append(" kept=").append(effect.countsIfKept())
            .append(" deleted=").append(effect.countsAfterDeletion());
      }
      return text.toString();
    }));
  }

  void registerShare(ShareId id, String name) {
    Attempt<Share> actual = Attempt.of(() -> sdk.shares().register(world.alice, id, name));
    String expected = model.registerShare(id, name);
    compare("registerShare", expected, describe(actual, share -> "registered " + share(share)));
  }

  void deleteShare(ShareId id) {
    Attempt<ShareDeletion> actual = Attempt.of(() -> sdk.shares().delete(world.alice, id));
    String expected = model.deleteShare(id);
    compare("deleteShare", expected, describe(actual, deletion -> "deleted share " + share(deletion.share())
        + ", links closed for " + deletion.closedLinks().stream()
            .map(link -> model.labelOf(link.organizationId().value())).sorted().toList()));
  }

  void addConsumers(ShareId share, List<BatchEntry> batch) {
    List<ConsumerEntry> entries = batch.stream().map(entry -> entry.existing() != null
        ? ConsumerEntry.existing(model.idOf(entry.existing()))
        : ConsumerEntry.newOrganization(entry.newName())).toList();
    Attempt<AddConsumersResult> actual = Attempt.of(() -> sdk.shares().addConsumers(world.alice, share,
        new AddConsumersRequest(entries)));
    List<OrgRef> labels = batch.stream().filter(entry -> entry.existing() == null).map(BatchEntry::as).toList();
    String expected = model.addConsumers(share, entries, labels, createdIds(actual, result -> result.outcomes().stream()
        .filter(o -> o.status() == Status.CREATED_AND_LINKED).map(o -> o.organization().id()).toList()));
    compare("addConsumers", expected, describe(actual, result -> result.outcomes().stream()
        .map((EntryOutcome o) -> organization(o.organization()) + " " + o.status()).toList().toString()));
  }

  void removeConsumer(ShareId share, OrgRef org) {
    ConsumerOrganizationId id = model.idOf(org);
    Attempt<?> actual = Attempt.of(() -> sdk.shares().removeConsumer(world.alice, share, id));
    compare("removeConsumer", model.removeConsumer(share, org), describe(actual, String::valueOf));
  }

  void advanceClock(Duration duration) {
    world.clock.advance(duration);
    model.advance(duration);
  }

  void pageOrganizations(int size) {
    compare("list organizations", model.organizationPages(size),
        pages(() -> ReadAll.pages(request -> sdk.organizations().list(world.alice, request), size),
            this::organization));
  }

  void pageConsumers(ShareId share, int size) {
    compare("list consumers", model.consumerPages(share, size),
        pages(() -> ReadAll.pages(request -> sdk.shares().consumers(world.alice, share, request), size),
            this::organization));
  }

  void pageSharesOf(OrgRef org, int size) {
    ConsumerOrganizationId id = model.idOf(org);
    compare("list shares of", model.sharePagesOf(org, size),
        pages(() -> ReadAll.pages(request -> sdk.organizations().sharesOf(world.alice, id, request), size),
            ModelledSystem::share));
  }

  void search(String text, int limit, Optional<ShareId> excludeConsumersOf) {
    SearchRequest request = new SearchRequest(text, limit, excludeConsumersOf);
    Attempt<List<SearchHit>> actual = Attempt.of(() -> sdk.organizations().search(world.alice, request));
    compare("search", model.search(text, limit, excludeConsumersOf), describe(actual, hits -> hits.stream()
        .map(hit -> organization(hit.organization()) + " " + hit.match()).toList().toString()));
  }

  void bobCreates(OrgRef as, String name) {
    Attempt<ConsumerOrganization> actual = Attempt.of(() -> sdk.organizations().create(world.bob, name));
    String expected = model.bobCreates(as, name, createdIds(actual, org -> List.of(org.id())));
    compare("bob creates", expected, describe(actual, org -> "created " + organization(org)));
  }

  /** Bob acts for another provider: to him, alice's organizations do not exist, whatever he tries. */
  void bobTouches(OrgRef alicesOrganization) {
    ConsumerOrganizationId id = model.idOf(alicesOrganization);
    String notFound = Outcomes.notFound(ObjectKind.CONSUMER_ORGANIZATION, model.labelOf(id.value()));
    compare("bob finds", "absent", sdk.organizations().find(world.bob, id).map(this::organization).orElse("absent"));
    compare("bob renames", notFound, describe(
        Attempt.of(() -> sdk.organizations().rename(world.bob, id, model.versionOf(alicesOrganization), "Bob's now")),
        this::organization));
    compare("bob deletes", notFound, describe(
        Attempt.of(() -> sdk.organizations().delete(world.bob, id)), impact -> "deleted"));
  }

  // --- the full comparison after every step ------------------------------------------------------------------------

  void assertSameState() {
    assertEquals(model.organizationPages(PAGE),
        pages(() -> ReadAll.pages(request -> sdk.organizations().list(world.alice, request), PAGE),
            this::organization),
        "alice's live organizations: names, versions and order");
    for (ShareId share : model.liveShares()) {
      assertEquals(model.consumerPages(share, PAGE),
          pages(() -> ReadAll.pages(request -> sdk.shares().consumers(world.alice, share, request), PAGE),
              this::organization),
          "the consumers of " + share);
    }
    YearMonth month = model.month();
    for (YearMonth m : List.of(month.minusMonths(1), month)) {
      assertEquals(model.monthlyActiveConsumers(m), monthlyActiveConsumers(m), "Monthly Active Consumers of " + m);
    }
    assertEquals(model.events(), alicesLog.readOn(), "alice's event log: one event per change, in order");
    assertEquals(model.bobsOrganizationPages(PAGE),
        pages(() -> ReadAll.pages(request -> sdk.organizations().list(world.bob, request), PAGE),
            this::organization),
        "bob's live organizations");
    assertEquals(model.bobsEvents(), bobsLog.readOn(), "bob's event log");
  }

  @Override
  public String toString() {
    return "ModelledSystem[" + model.organizationPages(Integer.MAX_VALUE) + "]";
  }

  /**
   * One entry of a batch as an action chose it: an organization, resolved when the step runs, or a new name with the
   * label the organization gets if the batch creates it.
   */
  record BatchEntry(OrgRef existing, OrgRef as, String newName) {
    static BatchEntry existing(OrgRef org) {
      return new BatchEntry(org, null, null);
    }

    static BatchEntry newOrganization(OrgRef as, String name) {
      return new BatchEntry(null, as, name);
    }

    @Override
    public String toString() {
      return existing != null ? existing.toString() : "new " + as + " " + Outcomes.quote(newName);
    }
  }

  /**
   * Lets jqwik's shrinker drop any single step and replay the rest as it was. jqwik only does that for steps that
   * "changed nothing"; for the others it regenerates every later step, which seldom fails the same way again, and
   * runs shrink poorly. Every step here can be dropped safely: an organization whose creation was dropped is simply
   * not found, a share never registered is not found, and a step whose precondition no longer holds ends that
   * candidate run. So this detector reports no change for every step.
   */
  static ChangeDetector<ModelledSystem> everyStepDroppable() {
    return new ChangeDetector<>() {
      @Override
      public void before(ModelledSystem state) {}

      @Override
      public boolean hasChanged(ModelledSystem state) {
        return false;
      }
    };
  }

  // --- describing what the adapter did in the model's words ----------------------------------------------------------

  private void compare(String operation, String expected, String actual) {
    Statistics.label("outcomes").collect(operation + ": " + kindOf(expected));
    assertEquals(expected, actual, operation + ": the adapter's outcome differs from the reference model's");
  }

  private static String kindOf(String outcome) {
    int space = outcome.indexOf(' ');
    String first = space < 0 ? outcome : outcome.substring(0, space);
    return first.endsWith("Exception") ? first : "ok";
  }

  private <T> String describe(Attempt<T> attempt, Function<T, String> success) {
    return attempt.succeeded() ? success.apply(attempt.value()) : Outcomes.failure(attempt.failure(), model::labelOf);
  }

  private static <T> Iterator<ConsumerOrganizationId> createdIds(
      Attempt<T> attempt, Function<T, List<ConsumerOrganizationId>> ids) {
    return attempt.succeeded() ? ids.apply(attempt.value()).iterator() : Collections.emptyIterator();
  }

  private String organization(ConsumerOrganization org) {
    return Outcomes.organization(model.labelOf(org.id().value()), org.name(), org.version());
  }

  private static String share(Share share) {
    return share.id().value() + " " + Outcomes.quote(share.name());
  }

  private <T> String pages(Supplier<List<Page<T>>> read, Function<T, String> item) {
    Attempt<List<Page<T>>> attempt = Attempt.of(read);
    return describe(attempt, pages -> pages.stream()
        .map(page -> page.items().stream().map(item).toList().toString())
        .collect(Collectors.joining(" ")));
  }

  private String monthlyActiveConsumers(YearMonth month) {
    MacReport report = sdk.monthlyActiveConsumers().report(world.alice, month);
    List<String> active = new ArrayList<>();
    report.consumers().forEach(consumer -> active.add(model.labelOf(consumer.organizationId().value()) + " "
        + Outcomes.quote(consumer.name()) + (consumer.deletedAt().isPresent() ? " (deleted)" : "")));
    return active.toString();
  }

  /** Reads a provider's log on from where it last stopped, as a relay does, checking the sequences as it goes. */
  private final class LogReader {
    private final Actor actor;
    private final List<EventType> types = new ArrayList<>();
    private long last;

    LogReader(Actor actor) {
      this.actor = actor;
    }

    List<EventType> readOn() {
      List<RecordedEvent> page;
      do {
        page = sdk.events().read(actor, last, 50);
        for (RecordedEvent recorded : page) {
          assertEquals(last + 1, recorded.sequence(), actor.id() + "'s log: the event after " + last);
          last = recorded.sequence();
          types.add(recorded.event().type());
        }
      } while (!page.isEmpty());
      return types;
    }
  }
}
