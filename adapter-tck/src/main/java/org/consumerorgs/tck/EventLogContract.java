package org.consumerorgs.tck;

import static org.consumerorgs.tck.Months.MARCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.consumerorgs.Actor;
import org.consumerorgs.EventLogService;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.AddConsumersResult;
import org.consumerorgs.domain.ChangeEvent;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.EventType;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.error.AlreadyExistsException;
import org.consumerorgs.error.BatchRejectedException;
import org.consumerorgs.error.DeletionRefusedException;
import org.consumerorgs.error.DuplicateNameException;
import org.consumerorgs.error.InvalidNameException;
import org.consumerorgs.error.LimitExceededException;
import org.consumerorgs.error.NotFoundException;
import org.consumerorgs.error.StaleVersionException;
import org.consumerorgs.policy.DeletionPolicy;
import org.consumerorgs.policy.Policies;
import org.junit.jupiter.api.Test;

/** Every change is an event (who, what, when, before, after), numbered 1, 2, 3 … per provider, readable in order. */
public interface EventLogContract extends StorageFactory {

  private static void assertEvent(RecordedEvent recorded, long sequence, EventType type, Instant at, String actor,
      Optional<ConsumerOrganizationId> organization, Optional<ShareId> share, Map<String, String> before,
      Map<String, String> after) {
    String where = "event " + sequence;
    assertEquals(sequence, recorded.sequence(), where);
    ChangeEvent event = recorded.event();
    assertEquals(type, event.type(), where);
    assertEquals(ContractWorld.PROVIDER_A, event.providerId(), where);
    assertEquals(at, event.occurredAt(), where);
    assertEquals(actor, event.actorId(), where);
    assertEquals(organization, event.organizationId(), where);
    assertEquals(share, event.shareId(), where);
    assertEquals(before, event.before(), where);
    assertEquals(after, event.after(), where);
  }

  @Test
  default void aProvidersLogStartsWithItsRegistration() {
    ContractWorld world = ContractWorld.create(this);

    List<RecordedEvent> events = world.events(world.alice);

    assertEquals(1, events.size());
    assertEvent(events.get(0), 1, EventType.PROVIDER_REGISTERED, ContractWorld.START, "alice", Optional.empty(),
        Optional.empty(), Map.of(), Map.of("name", "Provider A"));
  }

  @Test
  default void sharesAndOrganizationsRecordWhoWhatWhenBeforeAndAfter() {
    ContractWorld world = ContractWorld.create(this);
    Instant registered = world.tick();
    Share sales = world.share("sales", "Sales");
    Instant created = world.tick();
    ConsumerOrganization globex = world.organization("Globex \uD83D\uDE80");
    Instant renamed = world.tick();
    world.sdk.organizations().rename(world.alice, globex.id(), 1, "Globex Corp");
    Instant deleted = world.tick();
    world.sdk.organizations().delete(world.alice, globex.id());
    Instant shareDeleted = world.tick();
    world.sdk.shares().delete(world.alice, sales.id());

    List<RecordedEvent> events = world.events(world.alice);

    assertEquals(6, events.size());
    Optional<ConsumerOrganizationId> org = Optional.of(globex.id());
    Optional<ShareId> share = Optional.of(sales.id());
    assertEvent(events.get(1), 2, EventType.SHARE_REGISTERED, registered, "alice", Optional.empty(), share,
        Map.of(), Map.of("name", "Sales"));
    assertEvent(events.get(2), 3, EventType.ORGANIZATION_CREATED, created, "alice", org, Optional.empty(),
        Map.of(), Map.of("name", "Globex \uD83D\uDE80", "version", "1"));
    assertEvent(events.get(3), 4, EventType.ORGANIZATION_RENAMED, renamed, "alice", org, Optional.empty(),
        Map.of("name", "Globex \uD83D\uDE80", "version", "1"), Map.of("name", "Globex Corp", "version", "2"));
    assertEvent(events.get(4), 5, EventType.ORGANIZATION_DELETED, deleted, "alice", org, Optional.empty(),
        Map.of("name", "Globex Corp", "version", "2"), Map.of());
    assertEvent(events.get(5), 6, EventType.SHARE_DELETED, shareDeleted, "alice", Optional.empty(), share,
        Map.of("name", "Sales"), Map.of());
  }

  @Test
  default void linksRecordWhenTheyOpenAndCloseAndWhy() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales", "Sales");
    ConsumerOrganization globex = world.organization("Globex");
    ConsumerOrganization hooli = world.organization("Hooli");
    Instant added = world.tick();
    AddConsumersResult result = world.sdk.shares().addConsumers(world.alice, sales.id(),
        AddConsumersRequest.builder().existing(globex.id()).newOrganization("Initech").existing(hooli.id()).build());
    ConsumerOrganization initech = result.outcomes().get(1).organization();
    Instant removed = world.tick();
    world.sdk.shares().removeConsumer(world.alice, sales.id(), globex.id());
    Instant initechDeleted = world.tick();
    world.sdk.organizations().delete(world.alice, initech.id());
    Instant shareDeleted = world.tick();
    world.sdk.shares().delete(world.alice, sales.id());
    Map<ConsumerOrganizationId, String> linkIds = world.sdk.monthlyActiveConsumers()
        .report(world.alice, MARCH).consumers().stream()
        .collect(Collectors.toMap(c -> c.organizationId(), c -> c.evidence().get(0).id().value()));

    List<RecordedEvent> events = world.events(world.alice).subList(4, 13);

    Optional<ShareId> share = Optional.of(sales.id());
    String openedAt = added.toString();
    assertEvent(events.get(0), 5, EventType.ORGANIZATION_CREATED, added, "alice", Optional.of(initech.id()),
        Optional.empty(), Map.of(), Map.of("name", "Initech", "version", "1"));
    // the three links of one "Done" open together; their events may come in any order
    Set<ConsumerOrganizationId> addedOrganizations = new HashSet<>();
    for (int i = 1; i <= 3; i++) {
      RecordedEvent event = events.get(i);
      ConsumerOrganizationId id = event.event().organizationId().orElseThrow();
      addedOrganizations.add(id);
      assertEvent(event, 5 + i, EventType.CONSUMER_ADDED, added, "alice", Optional.of(id), share, Map.of(),
          Map.of("link", linkIds.get(id), "openedAt", openedAt));
    }
    assertEquals(Set.of(globex.id(), initech.id(), hooli.id()), addedOrganizations);
    assertEvent(events.get(4), 9, EventType.CONSUMER_REMOVED, removed, "alice", Optional.of(globex.id()), share,
        Map.of("link", linkIds.get(globex.id()), "openedAt", openedAt),
        Map.of("link", linkIds.get(globex.id()), "openedAt", openedAt, "closedAt", removed.toString(),
            "reason", "removed"));
    assertEvent(events.get(5), 10, EventType.CONSUMER_REMOVED, initechDeleted, "alice", Optional.of(initech.id()),
        share, Map.of("link", linkIds.get(initech.id()), "openedAt", openedAt),
        Map.of("link", linkIds.get(initech.id()), "openedAt", openedAt, "closedAt", initechDeleted.toString(),
            "reason", "organization deleted"));
    assertEvent(events.get(6), 11, EventType.ORGANIZATION_DELETED, initechDeleted, "alice",
        Optional.of(initech.id()), Optional.empty(), Map.of("name", "Initech", "version", "1"), Map.of());
    assertEvent(events.get(7), 12, EventType.CONSUMER_REMOVED, shareDeleted, "alice", Optional.of(hooli.id()),
        share, Map.of("link", linkIds.get(hooli.id()), "openedAt", openedAt),
        Map.of("link", linkIds.get(hooli.id()), "openedAt", openedAt, "closedAt", shareDeleted.toString(),
            "reason", "share deleted"));
    assertEvent(events.get(8), 13, EventType.SHARE_DELETED, shareDeleted, "alice", Optional.empty(), share,
        Map.of("name", "Sales"), Map.of());
  }

  @Test
  default void sequencesRunFromOneWithoutGaps() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    List<ConsumerOrganization> orgs = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      orgs.add(world.organization("Organization " + i));
      world.tick();
    }
    world.link(sales, orgs.toArray(ConsumerOrganization[]::new));
    for (int i = 0; i < 12; i += 3) {
      world.sdk.organizations().delete(world.alice, orgs.get(i).id());
    }

    List<RecordedEvent> events = world.events(world.alice);

    assertEquals(1 + 1 + 12 + 12 + 4 * 2, events.size());
    for (int i = 0; i < events.size(); i++) {
      assertEquals(i + 1, events.get(i).sequence());
    }
  }

  @Test
  default void theLogCanBeReadInPages() {
    ContractWorld world = ContractWorld.create(this);
    for (int i = 0; i < 9; i++) {
      world.organization("Organization " + i);
    }
    EventLogService log = world.sdk.events();
    List<RecordedEvent> all = log.read(world.alice, 0, EventLogService.MAX_LIMIT);
    assertEquals(10, all.size());

    List<RecordedEvent> paged = new ArrayList<>();
    long last = 0;
    while (true) {
      List<RecordedEvent> batch = log.read(world.alice, last, 3);
      if (batch.isEmpty()) {
        break;
      }
      paged.addAll(batch);
      last = batch.get(batch.size() - 1).sequence();
    }
    assertEquals(all, paged);
    assertEquals(all.subList(4, 6), log.read(world.alice, 4, 2));
    assertEquals(all.subList(9, 10), log.read(world.alice, 9, 5));
    assertEquals(List.of(), log.read(world.alice, 10, 5));
    assertEquals(List.of(), log.read(world.alice, 1_000_000, 5));
  }

  @Test
  default void aRelayThatRemembersItsPositionSeesEveryLaterEventOnce() {
    ContractWorld world = ContractWorld.create(this);
    List<RecordedEvent> relayed = new ArrayList<>(world.sdk.events().read(world.alice, 0, 100));
    world.organization("Globex");
    relayed.addAll(world.sdk.events().read(world.alice, relayed.get(relayed.size() - 1).sequence(), 100));
    world.organization("Initech");
    world.share("sales");
    relayed.addAll(world.sdk.events().read(world.alice, relayed.get(relayed.size() - 1).sequence(), 100));

    assertEquals(world.events(world.alice), relayed);
  }

  @Test
  default void eachProviderHasItsOwnLog() {
    ContractWorld world = ContractWorld.create(this);
    world.organization("Globex");
    List<RecordedEvent> ofAlice = world.events(world.alice);
    world.sdk.organizations().create(world.bob, "Initech");
    world.sdk.shares().register(world.bob, ShareId.of("sales"), "Sales");

    assertEquals(ofAlice, world.events(world.alice));
    List<RecordedEvent> ofBob = world.events(world.bob);
    assertEquals(List.of(1L, 2L, 3L), ofBob.stream().map(RecordedEvent::sequence).toList());
    assertEquals(List.of(EventType.PROVIDER_REGISTERED, EventType.ORGANIZATION_CREATED, EventType.SHARE_REGISTERED),
        ofBob.stream().map(e -> e.event().type()).toList());
    assertEquals(Set.of(ContractWorld.PROVIDER_B),
        ofBob.stream().map(e -> e.event().providerId()).collect(Collectors.toSet()));
    assertEquals(List.of(), world.sdk.events().read(world.carol, 0, 10));
  }

  @Test
  default void theActorOfEachChangeIsRecorded() {
    ContractWorld world = ContractWorld.create(this);
    Actor colleague = Actor.ofProvider(ContractWorld.PROVIDER_A, "job:nightly-import");
    ConsumerOrganization globex = world.sdk.organizations().create(colleague, "Globex");
    world.sdk.organizations().rename(world.alice, globex.id(), 1, "Globex Corp");

    List<RecordedEvent> events = world.events(world.alice);

    assertEquals(List.of("alice", "job:nightly-import", "alice"),
        events.stream().map(e -> e.event().actorId()).toList());
    assertEquals(events, world.events(colleague)); // a colleague reads the same provider's log
  }

  @Test
  default void refusedChangesRecordNothing() {
    ContractWorld world = ContractWorld.create(this,
        Policies.defaults().withDeletion(DeletionPolicy.REFUSE_WHILE_LINKED));
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    world.link(sales, globex);
    world.sdk.organizations().rename(world.alice, globex.id(), 1, "Globex Corp");
    List<RecordedEvent> before = world.events(world.alice);

    assertThrows(DuplicateNameException.class, () -> world.organization("GLOBEX CORP"));
    assertThrows(InvalidNameException.class, () -> world.organization("ab"));
    assertThrows(StaleVersionException.class,
        () -> world.sdk.organizations().rename(world.alice, globex.id(), 1, "Initech"));
    assertThrows(DeletionRefusedException.class, () -> world.sdk.organizations().delete(world.alice, globex.id()));
    assertThrows(NotFoundException.class,
        () -> world.sdk.organizations().delete(world.alice, ConsumerOrganizationId.of("nope")));
    assertThrows(AlreadyExistsException.class,
        () -> world.sdk.shares().register(world.alice, sales.id(), "Sales again"));
    assertThrows(BatchRejectedException.class, () -> world.sdk.shares().addConsumers(world.alice, sales.id(),
        AddConsumersRequest.builder().newOrganization("Initech").newOrganization("Globex corp").build()));
    assertThrows(NotFoundException.class,
        () -> world.sdk.shares().removeConsumer(world.alice, ShareId.of("nope"), globex.id()));
    assertThrows(AlreadyExistsException.class, () -> world.sdk.providers().register(world.alice, "Provider A"));

    assertEquals(before, world.events(world.alice));
  }

  @Test
  default void readingRecordsNothing() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    world.link(sales, globex);
    List<RecordedEvent> before = world.events(world.alice);

    world.sdk.organizations().get(world.alice, globex.id());
    world.sdk.organizations().list(world.alice, PageRequest.first());
    world.sdk.organizations().search(world.alice, SearchRequest.of("glo"));
    world.sdk.organizations().sharesOf(world.alice, globex.id(), PageRequest.first());
    world.sdk.organizations().previewDelete(world.alice, globex.id());
    world.sdk.shares().consumers(world.alice, sales.id(), PageRequest.first());
    world.sdk.shares().list(world.alice, PageRequest.first());
    world.sdk.monthlyActiveConsumers().report(world.alice, MARCH);
    world.sdk.providers().find(world.alice);
    world.link(sales, globex); // already linked: nothing changes

    assertEquals(before, world.events(world.alice));
  }

  @Test
  default void aSecondHostInstanceContinuesTheSameLog() {
    ContractWorld world = ContractWorld.create(this);
    world.organization("Globex");
    world.secondHost().organizations().create(world.alice, "Initech");
    world.organization("Hooli");

    List<RecordedEvent> events = world.events(world.alice);

    assertEquals(List.of(1L, 2L, 3L, 4L), events.stream().map(RecordedEvent::sequence).toList());
    assertEquals(List.of("Globex", "Initech", "Hooli"),
        events.subList(1, 4).stream().map(e -> e.event().after().get("name")).toList());
    assertEquals(events, world.secondHost().events().read(world.alice, 0, 100));
  }

  @Test
  default void readingTheLogChecksItsArguments() {
    ContractWorld world = ContractWorld.create(this);
    EventLogService log = world.sdk.events();

    assertThrows(IllegalArgumentException.class, () -> log.read(world.alice, -1, 10));
    assertThrows(IllegalArgumentException.class, () -> log.read(world.alice, 0, 0));
    assertThrows(LimitExceededException.class, () -> log.read(world.alice, 0, EventLogService.MAX_LIMIT + 1));
    assertEquals(1, log.read(world.alice, 0, EventLogService.MAX_LIMIT).size());
  }

  @Test
  default void eventsNameTheLinkTheyAreAbout() {
    ContractWorld world = ContractWorld.create(this);
    Share sales = world.share("sales");
    ConsumerOrganization globex = world.organization("Globex");
    world.link(sales, globex);
    world.tick();
    Link closed = world.sdk.shares().delete(world.alice, sales.id()).closedLinks().get(0);

    List<RecordedEvent> events = world.events(world.alice);

    RecordedEvent opened = events.get(3);
    RecordedEvent ended = events.get(4);
    assertEquals(EventType.CONSUMER_ADDED, opened.event().type());
    assertEquals(closed.id().value(), opened.event().after().get("link"));
    assertEquals(EventType.CONSUMER_REMOVED, ended.event().type());
    assertEquals(closed.id().value(), ended.event().after().get("link"));
    assertEquals(closed.closedAt().orElseThrow().toString(), ended.event().after().get("closedAt"));
  }
}
