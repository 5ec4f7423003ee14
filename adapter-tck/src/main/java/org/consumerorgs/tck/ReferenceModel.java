package org.consumerorgs.tck;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.consumerorgs.domain.AddConsumersResult.Status;
import org.consumerorgs.domain.ConsumerEntry;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.EventType;
import org.consumerorgs.domain.MatchKind;
import org.consumerorgs.domain.NormalizedName;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.error.InvalidNameException;
import org.consumerorgs.error.ObjectKind;
import org.consumerorgs.policy.NameFolding;
import org.consumerorgs.policy.NamingPolicy;
import org.consumerorgs.policy.Policies;
import org.consumerorgs.spi.KeysetOrder;
import org.consumerorgs.spi.SearchCriteria;
import org.jspecify.annotations.Nullable;

/**
 * What the SDK's rules say it does, written again over plain Java collections: no storage, no transactions, nothing
 * clever. The model-based contract runs every operation on an adapter and here, and compares.
 *
 * <p>Names are normalised and folded by core's {@link NamingPolicy} and {@link NameFolding} (they have tests of their
 * own); everything else is decided here: uniqueness among live organizations, versions, links as history, the order of
 * lists, search ranking, Monthly Active Consumers (linked at any moment of the month, UTC), and which event each change
 * records. Where several rules are broken at once, the first failure is the one the SDK's javadoc lists first:
 * an invalid name, then a missing object, then a stale version, then a taken name.
 *
 * <p>Every operation returns its expected outcome in the words of {@link Outcomes}. Operations that create
 * organizations take the ids the adapter gave them, in order, because ids are the one thing the model cannot predict.
 */
final class ReferenceModel {
  static final ConsumerOrganizationId UNKNOWN_ORGANIZATION = ConsumerOrganizationId.of("no-such-org");
  private static final String NEVER_CREATED = "never-created-";

  private static final Comparator<Organization> BY_NAME = Comparator
      .comparing((Organization o) -> o.searchKey, KeysetOrder.CODE_POINT_ORDER)
      .thenComparing(o -> o.id.value(), KeysetOrder.CODE_POINT_ORDER);
  private static final Comparator<ModelShare> SHARES_BY_NAME = Comparator
      .comparing((ModelShare s) -> s.searchKey, KeysetOrder.CODE_POINT_ORDER)
      .thenComparing(s -> s.id.value(), KeysetOrder.CODE_POINT_ORDER);

  private final NamingPolicy naming;
  private final NamingPolicy shareNaming;
  private Instant now;

  /** Alice's organizations, every one ever created, in creation order. */
  private final List<Organization> organizations = new ArrayList<>();
  private final List<Organization> bobsOrganizations = new ArrayList<>();
  private final Map<String, Organization> byId = new HashMap<>();
  private final Map<OrgRef, Organization> byRef = new HashMap<>();
  /** The highest label number handed out per creator, so that every new organization gets a label of its own. */
  private final Map<Creator, Integer> labelsIssued = new java.util.EnumMap<>(Creator.class);
  private final Map<ShareId, ModelShare> shares = new LinkedHashMap<>();
  private final List<ModelLink> links = new ArrayList<>();
  private final List<EventType> events = new ArrayList<>(List.of(EventType.PROVIDER_REGISTERED));
  private final List<EventType> bobsEvents = new ArrayList<>(List.of(EventType.PROVIDER_REGISTERED));

  ReferenceModel(Policies policies, Instant start) {
    this.naming = policies.naming();
    this.shareNaming = policies.shareNaming();
    this.now = start;
  }

  // --- what the generators pick from -------------------------------------------------------------------------------

  /** Alice's organizations, live and deleted, as actions refer to them. */
  List<OrgRef> organizationRefs() {
    return organizations.stream().map(Organization::ref).toList();
  }

  List<OrgRef> liveOrganizationRefs() {
    return organizations.stream().filter(o -> o.deletedAt == null).map(Organization::ref).toList();
  }

  List<OrgRef> bobsOrganizationRefs() {
    return bobsOrganizations.stream().map(Organization::ref).toList();
  }

  /**
   * The id the adapter gave the organization {@code ref} names. An organization this run has not created (a shrunk
   * run may have dropped the step that did) gets an id no store has, and is not found.
   */
  ConsumerOrganizationId idOf(OrgRef ref) {
    if (ref.creator() == Creator.NOBODY) {
      return UNKNOWN_ORGANIZATION;
    }
    Organization org = byRef.get(ref);
    return org != null ? org.id : ConsumerOrganizationId.of(NEVER_CREATED + ref);
  }

  /** Labels for the next {@code count} organizations {@code creator} may create; see {@link OrgRef}. */
  List<OrgRef> nextLabels(Creator creator, int count) {
    int issued = labelsIssued.getOrDefault(creator, 0);
    List<OrgRef> labels = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      labels.add(new OrgRef(creator, issued + i));
    }
    return labels;
  }

  /** The version an action should pass to rename {@code ref} with the version it has now (1 if unknown). */
  long versionOf(OrgRef ref) {
    Organization org = byId.get(idOf(ref).value());
    return org == null ? 1 : org.version;
  }

  /** Every name alice's organizations have or had, for generators that want to reuse them. */
  List<String> namesInUse() {
    return organizations.stream().map(o -> o.name).distinct().toList();
  }

  List<ShareId> registeredShares() {
    return List.copyOf(shares.keySet());
  }

  List<ShareId> liveShares() {
    return shares.values().stream().filter(s -> s.live).map(s -> s.id).toList();
  }

  YearMonth month() {
    return YearMonth.from(now.atZone(ZoneOffset.UTC));
  }

  /** The label of an organization id (alice's or bob's), or the id itself if it is nobody's. */
  String labelOf(String id) {
    Organization org = byId.get(id);
    if (org != null) {
      return org.label;
    }
    return id.startsWith(NEVER_CREATED) ? id.substring(NEVER_CREATED.length()) : id;
  }

  // --- operations ----------------------------------------------------------------------------------------------------

  void advance(Duration duration) {
    now = now.plus(duration);
  }

  String create(OrgRef as, String name, Iterator<ConsumerOrganizationId> createdByAdapter) {
    return create(organizations, events, as, name, createdByAdapter);
  }

  String bobCreates(OrgRef as, String name, Iterator<ConsumerOrganizationId> createdByAdapter) {
    return create(bobsOrganizations, bobsEvents, as, name, createdByAdapter);
  }

  /** Creation in one provider's organizations and log: the two providers follow the same rules apart. */
  private String create(List<Organization> providersOrganizations, List<EventType> providersEvents, OrgRef as,
      String name, Iterator<ConsumerOrganizationId> createdByAdapter) {
    issue(as);
    NormalizedName checked;
    try {
      checked = naming.check(name);
    } catch (InvalidNameException e) {
      return Outcomes.invalidName(e.rule());
    }
    Organization holder = liveHolderOf(providersOrganizations, checked.uniquenessKey());
    if (holder != null) {
      return Outcomes.duplicateHeldBy(holder.label);
    }
    Organization created = newOrganization(providersOrganizations, as, checked, createdByAdapter);
    providersEvents.add(EventType.ORGANIZATION_CREATED);
    return "created " + created;
  }

  String rename(OrgRef ref, long expectedVersion, String newName) {
    NormalizedName checked;
    try {
      checked = naming.check(newName);
    } catch (InvalidNameException e) {
      return Outcomes.invalidName(e.rule());
    }
    Organization org = liveOrganization(ref);
    if (org == null) {
      return Outcomes.notFound(ObjectKind.CONSUMER_ORGANIZATION, labelOf(idOf(ref).value()));
    }
    if (org.version != expectedVersion) {
      return Outcomes.stale(expectedVersion, org.version);
    }
    if (org.name.equals(checked.value())) {
      return "unchanged " + org;
    }
    Organization holder = liveHolderOf(organizations, checked.uniquenessKey());
    if (holder != null && holder != org) {
      return Outcomes.duplicateHeldBy(holder.label);
    }
    org.rename(checked.value(), checked.uniquenessKey());
    org.version++;
    events.add(EventType.ORGANIZATION_RENAMED);
    return "renamed " + org;
  }

  String delete(OrgRef ref) {
    Organization org = liveOrganization(ref);
    if (org == null) {
      return Outcomes.notFound(ObjectKind.CONSUMER_ORGANIZATION, labelOf(idOf(ref).value()));
    }
    String before = org.toString();
    List<ModelLink> history = links.stream().filter(l -> l.organization == org).toList();
    StringBuilder effects = new StringBuilder();
    for (YearMonth month : List.of(month(), month().plusMonths(1))) {
      boolean kept = history.stream().anyMatch(l -> l.gaveAccessIn(month, l.closedAt));
      boolean after = history.stream().anyMatch(l -> l.gaveAccessIn(month, l.closedAt != null ? l.closedAt : now));
      effects.append(", ").append(month).append(" kept=").append(kept).append(" deleted=").append(after);
    }
    List<ModelShare> losing = new ArrayList<>();
    for (ModelLink link : history) {
      if (link.isOpen()) {
        link.close(now);
        losing.add(link.share);
        events.add(EventType.CONSUMER_REMOVED);
      }
    }
    org.deletedAt = now;
    events.add(EventType.ORGANIZATION_DELETED);
    losing.sort(SHARES_BY_NAME);
    return "deleted " + before + ", shares losing it " + losing.stream().map(s -> s.id.value()).toList() + effects;
  }

  String registerShare(ShareId id, String name) {
    NormalizedName checked;
    try {
      checked = shareNaming.check(name);
    } catch (InvalidNameException e) {
      return Outcomes.invalidName(e.rule());
    }
    if (shares.containsKey(id)) {
      return Outcomes.alreadyExists(ObjectKind.SHARE, id.value());
    }
    ModelShare share = new ModelShare(id, checked.value());
    shares.put(id, share);
    events.add(EventType.SHARE_REGISTERED);
    return "registered " + share;
  }

  String deleteShare(ShareId id) {
    ModelShare share = liveShare(id);
    if (share == null) {
      return Outcomes.notFound(ObjectKind.SHARE, id.value());
    }
    Set<String> closed = new java.util.TreeSet<>();
    for (ModelLink link : links) {
      if (link.share == share && link.isOpen()) {
        link.close(now);
        closed.add(link.organization.label);
        events.add(EventType.CONSUMER_REMOVED);
      }
    }
    share.live = false;
    events.add(EventType.SHARE_DELETED);
    return "deleted share " + share + ", links closed for " + closed;
  }

  /** {@code labels}: the label of each new organization the batch may create, in the order of its new names. */
  String addConsumers(ShareId shareId, List<ConsumerEntry> entries, List<OrgRef> labels,
      Iterator<ConsumerOrganizationId> createdByAdapter) {
    labels.forEach(this::issue);
    Iterator<OrgRef> labelOfNext = labels.iterator();
    ModelShare share = liveShare(shareId);
    if (share == null) {
      return Outcomes.notFound(ObjectKind.SHARE, shareId.value());
    }
    Map<Integer, String> rejections = new TreeMap<>();
    Map<Integer, NormalizedName> newNames = new HashMap<>();
    Set<String> keysInRequest = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i) instanceof ConsumerEntry.NewOrganization fresh) {
        try {
          NormalizedName name = naming.check(fresh.name());
          if (!keysInRequest.add(name.uniquenessKey())) {
            rejections.put(i, Outcomes.duplicateWithinRequest());
          } else {
            newNames.put(i, name);
          }
        } catch (InvalidNameException e) {
          rejections.put(i, Outcomes.invalidName(e.rule()));
        }
      }
    }
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i) instanceof ConsumerEntry.Existing existing) {
        if (liveOrganization(existing.id()) == null) {
          rejections.put(i, Outcomes.notFound(ObjectKind.CONSUMER_ORGANIZATION, labelOf(existing.id().value())));
        }
      } else if (newNames.containsKey(i)) {
        Organization holder = liveHolderOf(organizations, newNames.get(i).uniquenessKey());
        if (holder != null) {
          rejections.put(i, Outcomes.duplicateHeldBy(holder.label));
        }
      }
    }
    if (!rejections.isEmpty()) {
      return Outcomes.batchRejected(
          rejections.entrySet().stream().map(e -> Outcomes.rejectedEntry(e.getKey(), e.getValue())).toList());
    }

    // The whole batch applies: organizations are created first, then links opened in the order of the entries.
    List<String> outcomes = new ArrayList<>();
    List<Organization> targets = new ArrayList<>();
    Set<Organization> created = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i) instanceof ConsumerEntry.Existing existing) {
        targets.add(liveOrganization(existing.id()));
      } else {
        Organization org = newOrganization(organizations, labelOfNext.next(), newNames.get(i), createdByAdapter);
        created.add(org);
        targets.add(org);
        events.add(EventType.ORGANIZATION_CREATED);
      }
    }
    for (Organization org : targets) {
      Status status;
      if (openLink(share, org) != null) {
        status = Status.ALREADY_LINKED;
      } else {
        links.add(new ModelLink(share, org, now));
        events.add(EventType.CONSUMER_ADDED);
        status = created.contains(org) ? Status.CREATED_AND_LINKED : Status.LINKED;
      }
      outcomes.add(org + " " + status);
    }
    return outcomes.toString();
  }

  String removeConsumer(ShareId shareId, OrgRef ref) {
    ModelShare share = liveShare(shareId);
    if (share == null) {
      return Outcomes.notFound(ObjectKind.SHARE, shareId.value());
    }
    Organization org = liveOrganization(ref);
    if (org == null) {
      return Outcomes.notFound(ObjectKind.CONSUMER_ORGANIZATION, labelOf(idOf(ref).value()));
    }
    ModelLink link = openLink(share, org);
    if (link == null) {
      return "WAS_NOT_LINKED";
    }
    link.close(now);
    events.add(EventType.CONSUMER_REMOVED);
    return "REMOVED";
  }

  /**
   * The dropdown's search: folded text taken literally; exact, prefix, word prefix, anywhere (for three code points or
   * more); then by name.
   */
  String search(String text, int limit, Optional<ShareId> excludeConsumersOf) {
    if (excludeConsumersOf.isPresent() && liveShare(excludeConsumersOf.get()) == null) {
      return Outcomes.notFound(ObjectKind.SHARE, excludeConsumersOf.get().value());
    }
    String folded = NameFolding.searchKey(text);
    boolean anywhere = folded.codePointCount(0, folded.length()) >= SearchCriteria.ANYWHERE_MIN_LENGTH;
    Set<Organization> excluded = new HashSet<>();
    excludeConsumersOf.ifPresent(id -> links.stream().filter(l -> l.share.id.equals(id) && l.isOpen())
        .forEach(l -> excluded.add(l.organization)));
    record Hit(Organization org, MatchKind kind) {}
    List<Hit> hits = new ArrayList<>();
    for (Organization org : live(organizations)) {
      if (excluded.contains(org)) {
        continue;
      }
      String key = org.searchKey;
      if (!folded.isEmpty() && key.equals(folded)) {
        hits.add(new Hit(org, MatchKind.EXACT));
      } else if (key.startsWith(folded)) {
        hits.add(new Hit(org, MatchKind.PREFIX));
      } else if (key.contains(" " + folded)) {
        hits.add(new Hit(org, MatchKind.WORD_PREFIX));
      } else if (anywhere && key.contains(folded)) {
        hits.add(new Hit(org, MatchKind.ANYWHERE));
      }
    }
    hits.sort(Comparator.comparing(Hit::kind).thenComparing(Hit::org, BY_NAME));
    return hits.stream().limit(limit).map(h -> h.org() + " " + h.kind()).toList().toString();
  }

  // --- what is there ------------------------------------------------------------------------------------------------

  /** Alice's live organizations in list order, in pages of {@code size}: {@code [a, b] [c]}. */
  String organizationPages(int size) {
    return pages(live(organizations).stream().map(Organization::toString).toList(), size);
  }

  String bobsOrganizationPages(int size) {
    return pages(live(bobsOrganizations).stream().map(Organization::toString).toList(), size);
  }

  String consumerPages(ShareId shareId, int size) {
    ModelShare share = liveShare(shareId);
    if (share == null) {
      return Outcomes.notFound(ObjectKind.SHARE, shareId.value());
    }
    return pages(links.stream().filter(l -> l.share == share && l.isOpen()).map(l -> l.organization)
        .sorted(BY_NAME).map(Organization::toString).toList(), size);
  }

  String sharePagesOf(OrgRef ref, int size) {
    Organization org = liveOrganization(ref);
    if (org == null) {
      return Outcomes.notFound(ObjectKind.CONSUMER_ORGANIZATION, labelOf(idOf(ref).value()));
    }
    return pages(links.stream().filter(l -> l.organization == org && l.isOpen()).map(l -> l.share)
        .sorted(SHARES_BY_NAME).map(ModelShare::toString).toList(), size);
  }

  /** Monthly Active Consumers: every organization, deleted or not, linked at some moment of the month. */
  String monthlyActiveConsumers(YearMonth month) {
    List<String> active = new ArrayList<>();
    for (Organization org : organizations.stream().sorted(BY_NAME).toList()) {
      if (links.stream().anyMatch(l -> l.organization == org && l.gaveAccessIn(month, l.closedAt))) {
        active.add(org.label + " " + Outcomes.quote(org.name) + (org.deletedAt == null ? "" : " (deleted)"));
      }
    }
    return active.toString();
  }

  List<EventType> events() {
    return List.copyOf(events);
  }

  List<EventType> bobsEvents() {
    return List.copyOf(bobsEvents);
  }

  // --- the model's own bookkeeping ----------------------------------------------------------------------------------

  private void issue(OrgRef label) {
    labelsIssued.merge(label.creator(), label.number(), Math::max);
  }

  private Organization newOrganization(List<Organization> owner, OrgRef ref, NormalizedName name,
      Iterator<ConsumerOrganizationId> createdByAdapter) {
    String label = ref.toString();
    // If the adapter created fewer than the model, the comparison fails on this step anyway.
    ConsumerOrganizationId id = createdByAdapter.hasNext()
        ? createdByAdapter.next()
        : ConsumerOrganizationId.of("not-created-by-the-adapter-" + label);
    Organization org = new Organization(ref, id, name.value(), name.uniquenessKey());
    owner.add(org);
    byId.put(id.value(), org);
    byRef.put(ref, org);
    return org;
  }

  private static @Nullable Organization liveHolderOf(List<Organization> owner, String key) {
    return owner.stream().filter(o -> o.deletedAt == null && o.key.equals(key)).findFirst().orElse(null);
  }

  private @Nullable Organization liveOrganization(OrgRef ref) {
    return liveOrganization(idOf(ref));
  }

  /** One of alice's live organizations; bob's ids and unknown ids are not found, as the SDK answers. */
  private @Nullable Organization liveOrganization(ConsumerOrganizationId id) {
    Organization org = byId.get(id.value());
    return org != null && org.deletedAt == null && organizations.contains(org) ? org : null;
  }

  private @Nullable ModelShare liveShare(ShareId id) {
    ModelShare share = shares.get(id);
    return share != null && share.live ? share : null;
  }

  private @Nullable ModelLink openLink(ModelShare share, Organization org) {
    return links.stream().filter(l -> l.share == share && l.organization == org && l.isOpen()).findFirst()
        .orElse(null);
  }

  private static List<Organization> live(List<Organization> owner) {
    return owner.stream().filter(o -> o.deletedAt == null).sorted(BY_NAME).toList();
  }

  private static String pages(List<String> items, int size) {
    if (items.isEmpty()) {
      return "[]";
    }
    StringBuilder text = new StringBuilder();
    for (int from = 0; from < items.size(); from += size) {
      text.append(text.length() == 0 ? "" : " ").append(items.subList(from, Math.min(from + size, items.size())));
    }
    return text.toString();
  }

  /** Who created an organization an action refers to; {@code NOBODY} for an id no store has. */
  enum Creator {
    ALICE("org"),
    BOB("bob"),
    NOBODY("no-such-org");

    private final String prefix;

    Creator(String prefix) {
      this.prefix = prefix;
    }
  }

  /**
   * How an action names an organization: by a label the step that may create it chose ({@code create org3 "Acme"}),
   * not by the id the adapter gives it. Labels are handed out in order, one per organization a step may create, so
   * a create that fails leaves a gap. A label stays the same organization while jqwik shrinks a run by dropping steps;
   * if the step that created it is dropped, the label names an organization that does not exist. Resolved by
   * {@link #idOf} when a step runs.
   */
  record OrgRef(Creator creator, int number) {
    static final OrgRef UNKNOWN = new OrgRef(Creator.NOBODY, 0);

    @Override
    public String toString() {
      return creator == Creator.NOBODY ? creator.prefix : creator.prefix + number;
    }
  }

  private static final class Organization {
    final OrgRef ref;
    final String label;
    final ConsumerOrganizationId id;
    String name;
    String key;
    String searchKey;
    long version = 1;
    @Nullable Instant deletedAt;

    Organization(OrgRef ref, ConsumerOrganizationId id, String name, String key) {
      this.ref = ref;
      this.label = ref.toString();
      this.id = id;
      rename(name, key);
    }

    void rename(String newName, String newKey) {
      this.name = newName;
      this.key = newKey;
      this.searchKey = NameFolding.searchKey(newName);
    }

    OrgRef ref() {
      return ref;
    }

    @Override
    public String toString() {
      return Outcomes.organization(label, name, version);
    }
  }

  private static final class ModelShare {
    final ShareId id;
    final String name;
    final String searchKey;
    boolean live = true;

    ModelShare(ShareId id, String name) {
      this.id = id;
      this.name = name;
      this.searchKey = NameFolding.searchKey(name);
    }

    @Override
    public String toString() {
      return id.value() + " " + Outcomes.quote(name);
    }
  }

  /** Access from {@code openedAt} up to, not including, {@code closedAt}; open while {@code closedAt} is null. */
  private static final class ModelLink {
    final ModelShare share;
    final Organization organization;
    final Instant openedAt;
    @Nullable Instant closedAt;

    ModelLink(ModelShare share, Organization organization, Instant openedAt) {
      this.share = share;
      this.organization = organization;
      this.openedAt = openedAt;
    }

    boolean isOpen() {
      return closedAt == null;
    }

    void close(Instant at) {
      closedAt = at.isBefore(openedAt) ? openedAt : at;
    }

    /** Whether the link, if it ended at {@code end} (null: still open), gave access at some moment of the month. */
    boolean gaveAccessIn(YearMonth month, @Nullable Instant end) {
      Instant start = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
      Instant stop = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
      Instant closed = end == null ? null : (end.isBefore(openedAt) ? openedAt : end);
      return openedAt.isBefore(stop) && (closed == null || (closed.isAfter(start) && closed.isAfter(openedAt)));
    }
  }
}
