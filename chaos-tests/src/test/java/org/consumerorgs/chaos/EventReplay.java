package org.consumerorgs.chaos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consumerorgs.domain.ChangeEvent;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.policy.NamingPolicy;

/**
 * The provider's state rebuilt from its event log alone, in sequence order, noting every event that a serial
 * execution of the SDK's rules could not have recorded at that point: a name taken twice among live organizations,
 * a rename from a version that was not the current one, a link opened twice or to something deleted, a link closed
 * that was not open, an organization or share deleted with links still open.
 */
final class EventReplay {
  /** A live organization as the log says: its name and version. */
  record Organization(String name, long version) {}

  private final NamingPolicy naming;
  private final Map<String, List<String>> linkedBeforeCall;
  private final Set<String> actorsSeen = new HashSet<>();
  final Map<String, Organization> organizations = new HashMap<>();
  final Set<String> deletedOrganizations = new HashSet<>();
  final Set<String> shares = new HashSet<>();
  final Set<String> deletedShares = new HashSet<>();
  /** Open links as {@code share/organization}, to the link id. */
  final Map<String, String> openLinks = new HashMap<>();
  final List<String> illegal = new ArrayList<>();
  /** Pairs a call reported as already linked that were not linked where its events stand in the log. */
  final List<String> notLinkedWhenReported = new ArrayList<>();

  private EventReplay(NamingPolicy naming, Map<String, List<String>> linkedBeforeCall) {
    this.naming = naming;
    this.linkedBeforeCall = linkedBeforeCall;
  }

  /**
   * @param linkedBeforeCall by actor, the pairs ({@code share/organization}) that the actor's call reported as
   *     already linked: they must be open just before its first event
   */
  static EventReplay of(List<RecordedEvent> events, NamingPolicy naming, Map<String, List<String>> linkedBeforeCall) {
    EventReplay replay = new EventReplay(naming, linkedBeforeCall);
    events.forEach(replay::apply);
    return replay;
  }

  private void apply(RecordedEvent recorded) {
    ChangeEvent event = recorded.event();
    if (actorsSeen.add(event.actorId())) {
      for (String pair : linkedBeforeCall.getOrDefault(event.actorId(), List.of())) {
        if (!openLinks.containsKey(pair)) {
          notLinkedWhenReported.add(event.actorId() + " reported " + pair + " as already linked, but it was not"
              + " linked before its events (from #" + recorded.sequence() + ")");
        }
      }
    }
    String org = event.organizationId().map(ConsumerOrganizationId::value).orElse(null);
    String share = event.shareId().map(ShareId::value).orElse(null);
    String at = "#" + recorded.sequence() + " " + EventSignature.of(recorded) + " by " + event.actorId() + ": ";
    switch (event.type()) {
      case PROVIDER_REGISTERED -> { }
      case SHARE_REGISTERED -> {
        if (shares.contains(share) || deletedShares.contains(share)) {
          illegal.add(at + "the share was registered before");
        }
        shares.add(share);
      }
      case SHARE_DELETED -> {
        if (!shares.remove(share)) {
          illegal.add(at + "the share is not live");
        }
        if (openLinks.keySet().stream().anyMatch(pair -> pair.startsWith(share + "/"))) {
          illegal.add(at + "links of the share are still open");
        }
        deletedShares.add(share);
      }
      case ORGANIZATION_CREATED -> create(at, org, event);
      case ORGANIZATION_RENAMED -> rename(at, org, event);
      case ORGANIZATION_DELETED -> delete(at, org, event);
      case ORGANIZATION_EXTERNAL_ID_CHANGED -> externalIdChanged(at, org, event);
      case CONSUMER_ADDED -> {
        if (!organizations.containsKey(org) || !shares.contains(share)) {
          illegal.add(at + "opens a link to an organization or share that is not live");
        }
        if (openLinks.putIfAbsent(share + "/" + org, event.after().get("link")) != null) {
          illegal.add(at + "the pair was already linked");
        }
      }
      case CONSUMER_REMOVED -> {
        String link = openLinks.remove(share + "/" + org);
        if (link == null || !link.equals(event.after().get("link"))) {
          illegal.add(at + "closes link " + event.after().get("link") + " but the open link is " + link);
        }
      }
    }
  }

  private void create(String at, String org, ChangeEvent event) {
    if (organizations.containsKey(org) || deletedOrganizations.contains(org)) {
      illegal.add(at + "the organization id was used before");
    }
    String name = event.after().get("name");
    holderOf(name, org).ifPresent(holder -> illegal.add(at + "the name is held by live " + holder));
    organizations.put(org, new Organization(name, Long.parseLong(event.after().get("version"))));
  }

  private void rename(String at, String org, ChangeEvent event) {
    Organization current = organizations.get(org);
    if (current == null) {
      illegal.add(at + "the organization is not live");
      return;
    }
    long from = Long.parseLong(event.before().get("version"));
    long to = Long.parseLong(event.after().get("version"));
    if (from != current.version() || to != from + 1 || !current.name().equals(event.before().get("name"))) {
      illegal.add(at + "renames from " + event.before() + " but the organization is " + current);
    }
    String name = event.after().get("name");
    holderOf(name, org).ifPresent(holder -> illegal.add(at + "the name is held by live " + holder));
    organizations.put(org, new Organization(name, to));
  }

  /** Only the version matters here: the workload gives no external ids, but a change of one is a new version. */
  private void externalIdChanged(String at, String org, ChangeEvent event) {
    Organization current = organizations.get(org);
    if (current == null) {
      illegal.add(at + "the organization is not live");
      return;
    }
    long from = Long.parseLong(event.before().get("version"));
    long to = Long.parseLong(event.after().get("version"));
    if (from != current.version() || to != from + 1) {
      illegal.add(at + "changes the external id from " + event.before() + " but the organization is " + current);
    }
    organizations.put(org, new Organization(current.name(), to));
  }

  private void delete(String at, String org, ChangeEvent event) {
    if (organizations.remove(org) == null) {
      illegal.add(at + "the organization is not live");
    }
    if (openLinks.keySet().stream().anyMatch(pair -> pair.endsWith("/" + org))) {
      illegal.add(at + "links of the organization are still open");
    }
    deletedOrganizations.add(org);
  }

  /** The other live organization whose name has the same uniqueness key, if any. */
  private Optional<String> holderOf(String name, String self) {
    String key = naming.check(name).uniquenessKey();
    return organizations.entrySet().stream()
        .filter(e -> !e.getKey().equals(self) && naming.check(e.getValue().name()).uniquenessKey().equals(key))
        .map(e -> e.getKey() + " " + e.getValue()).findFirst();
  }
}
