package org.consumerorgs;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.AddConsumersResult;
import org.consumerorgs.domain.AddConsumersResult.EntryOutcome;
import org.consumerorgs.domain.AddConsumersResult.Status;
import org.consumerorgs.domain.ChangeEvent;
import org.consumerorgs.domain.ConsumerEntry;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.NormalizedName;
import org.consumerorgs.domain.Page;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.RemovalOutcome;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareDeletion;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.error.AlreadyExistsException;
import org.consumerorgs.error.BatchRejectedException;
import org.consumerorgs.error.BatchRejectedException.EntryRejection;
import org.consumerorgs.error.DuplicateNameException;
import org.consumerorgs.error.InvalidNameException;
import org.consumerorgs.error.Limit;
import org.consumerorgs.error.LimitExceededException;
import org.consumerorgs.error.NotFoundException;
import org.consumerorgs.error.ObjectKind;
import org.consumerorgs.spi.InsertOutcome;
import org.consumerorgs.spi.NamedOrganization;

/**
 * A provider's shares and their consumers: register and delete shares, add consumers to a share (the dialog's "Done"),
 * remove them, list them.
 */
public final class ShareService {
  static final String LIST = "shares";
  static final String CONSUMERS_OF = "consumers-of-share";

  private final Context context;

  ShareService(Context context) {
    this.context = context;
  }

  /**
   * Registers one of the host's shares under the host's own id.
   *
   * @param actor who acts; must act for a provider
   * @param id the host's id for the share
   * @param name the share's display name
   * @return the share as registered
   * @throws InvalidNameException if the name breaks the share naming rules
   * @throws AlreadyExistsException if the provider already has (or had) a share with this id
   * @throws NotFoundException if the provider is not registered
   */
  public Share register(Actor actor, ShareId id, String name) {
    ProviderId provider = context.providerOf(actor, "register a share");
    requireNonNull(id, "share id must not be null");
    NormalizedName checked = context.policies.shareNaming().check(name);
    return context.write(provider, () -> {
      context.requireRegistered(provider);
      Share share = new Share(id, provider, checked.value(), context.now());
      if (!context.storage.shares().insert(share, checked)) {
        throw new AlreadyExistsException(ObjectKind.SHARE, id.value());
      }
      context.storage.events().append(List.of(Events.shareRegistered(actor.id(), share)));
      return share;
    });
  }

  /**
   * A live share of the actor's provider.
   *
   * @param actor who acts; must act for a provider
   * @param id the share
   * @return the share, or empty if there is no such live share of the provider
   */
  public Optional<Share> find(Actor actor, ShareId id) {
    ProviderId provider = context.providerOf(actor, "read shares");
    requireNonNull(id, "share id must not be null");
    return context.read(provider, () -> context.storage.shares().findLive(provider, id));
  }

  /**
   * The provider's live shares sorted by name, a page at a time.
   *
   * @param actor who acts; must act for a provider
   * @param page how many, and the cursor the previous page gave (none for the first page)
   * @return one page, with the cursor of the next if there is one
   *
   * @throws LimitExceededException if the page size is above {@link PageRequest#MAX_SIZE}
   */
  public Page<Share> list(Actor actor, PageRequest page) {
    ProviderId provider = context.providerOf(actor, "list shares");
    Context.checkPageSize(page);
    return context.read(provider,
        () -> context.page(LIST, page, query -> context.storage.shares().listLive(provider, query)));
  }

  /**
   * Deletes a share (the host unpublished it): its links are closed and kept as history; its id is never reused.
   *
   * @param actor who acts; must act for a provider
   * @param id the share
   * @return the share and the links that ended with it
   * @throws NotFoundException if there is no such live share
   */
  public ShareDeletion delete(Actor actor, ShareId id) {
    ProviderId provider = context.providerOf(actor, "delete a share");
    requireNonNull(id, "share id must not be null");
    return context.write(provider, () -> {
      Share share = context.storage.shares().lockLive(provider, id).orElseThrow(() -> shareNotFound(id));
      Instant now = context.now();
      if (!context.storage.shares().markDeleted(provider, id, now)) {
        throw shareNotFound(id);
      }
      List<Link> closed = context.storage.links().closeAllOfShare(provider, id, now).stream()
          .sorted(Events.LINK_ORDER).toList();
      List<ChangeEvent> events = new ArrayList<>(closed.size() + 1);
      for (Link link : closed) {
        events.add(Events.consumerRemoved(actor.id(), link, "share deleted"));
      }
      events.add(Events.shareDeleted(actor.id(), share, now));
      context.storage.events().append(events);
      return new ShareDeletion(share, closed);
    });
  }

  /**
   * The share dialog's "Done": links existing organizations and creates and links new ones, as one atomic step.
   * Entries are applied in order; an organization already linked (before, or by an earlier entry) is reported as
   * {@link Status#ALREADY_LINKED}, not as an error.
   *
   * @param actor who acts; must act for a provider
   * @param shareId the share
   * @param request the entries, existing organizations and new names, in the order the user chose them
   * @return for each entry in order, the organization and whether it was linked now or already
   * @throws LimitExceededException if the request has more than {@link AddConsumersRequest#MAX_ENTRIES} entries
   * @throws BatchRejectedException if any entry is wrong (a new name that is invalid, taken, or given twice; an id
   *     that is not a live organization): nothing at all is applied, and every wrong entry is listed with its reason
   * @throws NotFoundException if the share is not one of the provider's live shares
   */
  public AddConsumersResult addConsumers(Actor actor, ShareId shareId, AddConsumersRequest request) {
    ProviderId provider = context.providerOf(actor, "add consumers to a share");
    requireNonNull(shareId, "share id must not be null");
    requireNonNull(request, "request must not be null");
    List<ConsumerEntry> entries = request.entries();
    LimitExceededException.check(Limit.BATCH_SIZE, AddConsumersRequest.MAX_ENTRIES, entries.size());

    // Names are checked before the transaction and reported together with the entries only the store can judge
    // (unknown ids, names taken), so that the user sees every wrong entry at once. A name taken is found by the
    // insert itself; a refused batch is undone by the transaction, which must roll back when the work throws.
    Map<Integer, EntryRejection> rejections = new HashMap<>();
    Map<Integer, NormalizedName> newNames = new LinkedHashMap<>();
    Map<String, Integer> firstEntryWithKey = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i) instanceof ConsumerEntry.NewOrganization fresh) {
        try {
          NormalizedName name = context.policies.naming().check(fresh.name());
          if (firstEntryWithKey.putIfAbsent(name.uniquenessKey(), i) != null) {
            rejections.put(i, new EntryRejection(i, fresh, DuplicateNameException.withinRequest(name.value())));
          } else {
            newNames.put(i, name);
          }
        } catch (InvalidNameException e) {
          rejections.put(i, new EntryRejection(i, fresh, e));
        }
      }
    }

    return context.write(provider, () -> {
      context.storage.shares().lockLive(provider, shareId).orElseThrow(() -> shareNotFound(shareId));
      Instant now = context.now();

      List<ConsumerOrganizationId> existingIds = new ArrayList<>();
      for (ConsumerEntry entry : entries) {
        if (entry instanceof ConsumerEntry.Existing existing) {
          existingIds.add(existing.id());
        }
      }
      Map<ConsumerOrganizationId, ConsumerOrganization> organizations = new HashMap<>();
      if (!existingIds.isEmpty()) {
        for (ConsumerOrganization org : context.storage.organizations().lockLive(provider, existingIds)) {
          organizations.put(org.id(), org);
        }
      }

      ConsumerOrganization[] target = new ConsumerOrganization[entries.size()];
      for (int i = 0; i < entries.size(); i++) {
        if (entries.get(i) instanceof ConsumerEntry.Existing existing) {
          target[i] = organizations.get(existing.id());
          if (target[i] == null) {
            rejections.put(i, new EntryRejection(i, existing,
                new NotFoundException(ObjectKind.CONSUMER_ORGANIZATION, existing.id().value())));
          }
        }
      }
      List<ConsumerOrganization> created = new ArrayList<>();
      // All new organizations in one call, so that a store can write them in one round trip.
      List<Integer> newIndexes = new ArrayList<>(newNames.keySet());
      List<NamedOrganization> fresh = new ArrayList<>(newIndexes.size());
      for (int i : newIndexes) {
        NormalizedName name = newNames.get(i);
        fresh.add(new NamedOrganization(
            new ConsumerOrganization(context.newOrganizationId(), provider, name.value(), 1, now, now), name));
      }
      List<InsertOutcome> inserted = fresh.isEmpty() ? List.of() : context.storage.organizations().insertAll(fresh);
      for (int k = 0; k < newIndexes.size(); k++) {
        int i = newIndexes.get(k);
        ConsumerOrganization org = fresh.get(k).organization();
        if (inserted.get(k) instanceof InsertOutcome.NameTaken taken) {
          rejections.put(i, new EntryRejection(i, entries.get(i),
              new DuplicateNameException(org.name(), taken.holder().id(), taken.holder().name())));
        } else {
          created.add(org);
          target[i] = org;
        }
      }
      if (!rejections.isEmpty()) {
        throw rejected(rejections);
      }

      List<Link> wanted = new ArrayList<>();
      Set<ConsumerOrganizationId> seen = new HashSet<>();
      for (ConsumerOrganization org : target) {
        if (seen.add(org.id())) {
          wanted.add(new Link(context.newLinkId(), provider, shareId, org.id(), now, Optional.empty()));
        }
      }
      Set<ConsumerOrganizationId> opened = new HashSet<>();
      List<ChangeEvent> events = new ArrayList<>();
      for (ConsumerOrganization org : created) {
        events.add(Events.organizationCreated(actor.id(), org));
      }
      for (Link link : context.storage.links().openAll(wanted)) {
        opened.add(link.organizationId());
      }
      for (Link link : wanted) { // in request order, whatever order the store answered in
        if (opened.contains(link.organizationId())) {
          events.add(Events.consumerAdded(actor.id(), link));
        }
      }
      if (!events.isEmpty()) {
        context.storage.events().append(events);
      }

      Set<ConsumerOrganizationId> createdIds = new HashSet<>();
      created.forEach(org -> createdIds.add(org.id()));
      List<EntryOutcome> outcomes = new ArrayList<>(entries.size());
      for (int i = 0; i < entries.size(); i++) {
        ConsumerOrganization org = target[i];
        Status status;
        if (!opened.remove(org.id())) {
          status = Status.ALREADY_LINKED;
        } else if (createdIds.contains(org.id())) {
          status = Status.CREATED_AND_LINKED;
        } else {
          status = Status.LINKED;
        }
        outcomes.add(new EntryOutcome(entries.get(i), org, status));
      }
      return new AddConsumersResult(shareId, outcomes);
    });
  }

  /**
   * Removes an organization from a share: its link is closed and kept as history.
   *
   * @param actor who acts; must act for a provider
   * @param shareId the share
   * @param organizationId the organization
   * @return whether a link was closed now or there was none open
   * @throws NotFoundException if the share or the organization is not live
   */
  public RemovalOutcome removeConsumer(Actor actor, ShareId shareId, ConsumerOrganizationId organizationId) {
    ProviderId provider = context.providerOf(actor, "remove consumers from a share");
    requireNonNull(shareId, "share id must not be null");
    requireNonNull(organizationId, "organization id must not be null");
    return context.write(provider, () -> {
      context.storage.shares().lockLive(provider, shareId).orElseThrow(() -> shareNotFound(shareId));
      if (context.storage.organizations().lockLive(provider, List.of(organizationId)).isEmpty()) {
        throw new NotFoundException(ObjectKind.CONSUMER_ORGANIZATION, organizationId.value());
      }
      Optional<Link> closed = context.storage.links().close(provider, shareId, organizationId, context.now());
      if (closed.isEmpty()) {
        return RemovalOutcome.WAS_NOT_LINKED;
      }
      context.storage.events().append(List.of(Events.consumerRemoved(actor.id(), closed.get(), "removed")));
      return RemovalOutcome.REMOVED;
    });
  }

  /**
   * The live organizations linked to a share, sorted by name, a page at a time.
   *
   * @param actor who acts; must act for a provider
   * @param shareId the share
   * @param page how many, and the cursor the previous page gave (none for the first page)
   * @return one page, with the cursor of the next if there is one
   *
   * @throws LimitExceededException if the page size is above {@link PageRequest#MAX_SIZE}
   */
  public Page<ConsumerOrganization> consumers(Actor actor, ShareId shareId, PageRequest page) {
    ProviderId provider = context.providerOf(actor, "read shares");
    Context.checkPageSize(page);
    requireNonNull(shareId, "share id must not be null");
    return context.read(provider, () -> {
      context.storage.shares().findLive(provider, shareId).orElseThrow(() -> shareNotFound(shareId));
      return context.page(CONSUMERS_OF + ":" + shareId.value(), page,
          query -> context.storage.links().consumersOf(provider, shareId, query));
    });
  }

  private static BatchRejectedException rejected(Map<Integer, EntryRejection> rejections) {
    return new BatchRejectedException(rejections.keySet().stream().sorted().map(rejections::get).toList());
  }

  private static NotFoundException shareNotFound(ShareId id) {
    return new NotFoundException(ObjectKind.SHARE, id.value());
  }
}
