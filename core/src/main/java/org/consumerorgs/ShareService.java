package org.consumerorgs;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import org.consumerorgs.error.ConsumerOrgsException;
import org.consumerorgs.error.DuplicateNameException;
import org.consumerorgs.error.InvalidNameException;
import org.consumerorgs.error.Limit;
import org.consumerorgs.error.LimitExceededException;
import org.consumerorgs.error.NotFoundException;
import org.consumerorgs.error.ObjectKind;
import org.consumerorgs.policy.NamingPolicy;
import org.consumerorgs.policy.Policies;
import org.consumerorgs.spi.InsertOutcome;
import org.consumerorgs.spi.NamedOrganization;
import org.consumerorgs.spi.Storage;
import org.consumerorgs.spi.UseCase;

/**
 * A provider's shares and their consumers: register and delete shares, add consumers to a share (the dialog's "Done"),
 * remove them, list them.
 */
public final class ShareService {
  static final String LIST = "shares";
  static final String CONSUMERS_OF = "consumers-of-share";

  private final Context context;
  private final Storage storage;
  private final NamingPolicy naming;
  private final NamingPolicy shareNaming;

  ShareService(Context context, Storage storage, Policies policies) {
    this.context = context;
    this.storage = storage;
    this.naming = policies.naming();
    this.shareNaming = policies.shareNaming();
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
    return context.call(UseCase.SHARE_REGISTER, () -> {
      ProviderId provider = context.providerOf(actor, "register a share");
      requireNonNull(id, "share id must not be null");
      NormalizedName checked = shareNaming.check(name);
      return context.write(provider, () -> {
        context.requireRegistered(provider);
        Share share = new Share(id, provider, checked.value(), context.now());
        if (!storage.shares().insert(share, checked)) {
          throw new AlreadyExistsException(ObjectKind.SHARE, id.value());
        }
        storage.events().append(List.of(Events.shareRegistered(actor.id(), share)));
        return share;
      });
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
    return context.call(UseCase.SHARE_FIND, () -> {
      ProviderId provider = context.providerOf(actor, "read shares");
      requireNonNull(id, "share id must not be null");
      return context.read(provider, () -> storage.shares().findLive(provider, id));
    });
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
    return context.call(UseCase.SHARE_LIST, () -> {
      ProviderId provider = context.providerOf(actor, "list shares");
      Context.checkPageSize(page);
      return context.read(provider,
          () -> context.page(LIST, page, query -> storage.shares().listLive(provider, query)));
    });
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
    return context.call(UseCase.SHARE_DELETE, () -> {
      ProviderId provider = context.providerOf(actor, "delete a share");
      requireNonNull(id, "share id must not be null");
      return context.write(provider, () -> {
        Share share = storage.shares().lockLive(provider, id).orElseThrow(() -> shareNotFound(id));
        Instant now = context.now();
        if (!storage.shares().markDeleted(provider, id, now)) {
          throw shareNotFound(id);
        }
        List<Link> closed = storage.links().closeAllOfShare(provider, id, now).stream()
            .sorted(Events.LINK_ORDER).toList();
        recordDeletion(actor, share, closed, now);
        return new ShareDeletion(share, closed);
      });
    });
  }

  /**
   * The share dialog's "Done": links existing organizations and creates and links new ones, as one atomic step.
   * Entries are applied in order; an organization already linked (before, or by an earlier entry) is reported as
   * {@link Status#ALREADY_LINKED}, not as an error.
   *
   * <p>The algorithm, one private method per step:
   *
   * <ol>
   *   <li>Check the new names, before the transaction: against the naming rules, and against the new names of the
   *       earlier entries ({@code checkNewNames}).
   *   <li>Lock the share, so that it cannot be deleted under the links being opened ({@code lockShare}).
   *   <li>Resolve the existing ids to live organizations, locked likewise ({@code resolveExisting}).
   *   <li>Insert the new organizations, all in one call; the store judges which names are taken ({@code insertNew}).
   *   <li>Refuse the whole batch if any entry failed, listing every failed entry ({@code refuseIfAnyFailed}); the
   *       transaction rolls back what was inserted.
   *   <li>Open the links, one per organization; the store skips those already open ({@code openLinks}).
   *   <li>Record the events: the organizations created, then the consumers added ({@code recordEvents}).
   *   <li>Report one outcome per entry, in request order ({@code report}); an organization named by two entries is
   *       linked for the first and {@link Status#ALREADY_LINKED} for the second.
   * </ol>
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
    return context.call(UseCase.SHARE_ADD_CONSUMERS, () -> {
      ProviderId provider = context.providerOf(actor, "add consumers to a share");
      requireNonNull(shareId, "share id must not be null");
      requireNonNull(request, "request must not be null");
      LimitExceededException.check(Limit.BATCH_SIZE, AddConsumersRequest.MAX_ENTRIES, request.entries().size());
      List<Entry> checked = checkNewNames(request.entries());
      return context.write(provider, () -> {
        lockShare(provider, shareId);
        Instant now = context.now();
        List<Entry> resolved = insertNew(provider, resolveExisting(provider, checked), now);
        refuseIfAnyFailed(resolved);
        List<Link> added = openLinks(provider, shareId, resolved, now);
        recordEvents(actor, resolved, added);
        return report(shareId, resolved, added);
      });
    });
  }

  /**
   * One entry of "Done" on its way through the steps: its place in the request, the new name it asks for, the
   * organization it comes to name, or why it is refused. Each step answers new entries; a retried transaction starts
   * again from the checked ones.
   */
  private record Entry(
      int index,
      ConsumerEntry request,
      Optional<NormalizedName> newName,
      Optional<ConsumerOrganization> organization,
      boolean created,
      Optional<ConsumerOrgsException> refusal) {

    static Entry of(int index, ConsumerEntry request) {
      return new Entry(index, request, Optional.empty(), Optional.empty(), false, Optional.empty());
    }

    Entry named(NormalizedName name) {
      return new Entry(index, request, Optional.of(name), organization, created, refusal);
    }

    Entry resolvedTo(ConsumerOrganization org, boolean isNew) {
      return new Entry(index, request, newName, Optional.of(org), isNew, refusal);
    }

    Entry refused(ConsumerOrgsException reason) {
      return new Entry(index, request, newName, organization, created, Optional.of(reason));
    }

    /** The organization; once the batch is not refused, every entry has one. */
    ConsumerOrganization org() {
      return organization.orElseThrow();
    }
  }

  /**
   * Step 1. Names are checked before the transaction and reported together with the entries only the store can judge
   * (unknown ids, names taken), so that the user sees every wrong entry at once.
   */
  private List<Entry> checkNewNames(List<ConsumerEntry> entries) {
    List<Entry> checked = new ArrayList<>(entries.size());
    Set<String> earlierKeys = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = Entry.of(i, entries.get(i));
      checked.add(entries.get(i) instanceof ConsumerEntry.NewOrganization fresh
          ? checkNewName(entry, fresh, earlierKeys)
          : entry);
    }
    return checked;
  }

  private Entry checkNewName(Entry entry, ConsumerEntry.NewOrganization fresh, Set<String> earlierKeys) {
    NormalizedName name;
    try {
      name = naming.check(fresh.name());
    } catch (InvalidNameException e) {
      return entry.refused(e);
    }
    // A new name given twice in one request (compared as a person would) is refused the second time, as a name
    // taken would be; the first keeps it. An invalid name claims no key.
    if (!earlierKeys.add(name.uniquenessKey())) {
      return entry.refused(DuplicateNameException.withinRequest(name.value()));
    }
    return entry.named(name);
  }

  /** Step 2: the share must be live, and stays so until the transaction ends. */
  private void lockShare(ProviderId provider, ShareId shareId) {
    storage.shares().lockLive(provider, shareId).orElseThrow(() -> shareNotFound(shareId));
  }

  /** Step 3: every existing id in one call, in request order (an id given twice is asked twice). */
  private List<Entry> resolveExisting(ProviderId provider, List<Entry> entries) {
    List<ConsumerOrganizationId> ids = new ArrayList<>();
    for (Entry entry : entries) {
      if (entry.request() instanceof ConsumerEntry.Existing existing) {
        ids.add(existing.id());
      }
    }
    if (ids.isEmpty()) {
      return entries;
    }
    Map<ConsumerOrganizationId, ConsumerOrganization> live = new HashMap<>();
    for (ConsumerOrganization org : storage.organizations().lockLive(provider, ids)) {
      live.put(org.id(), org);
    }
    List<Entry> resolved = new ArrayList<>(entries.size());
    for (Entry entry : entries) {
      if (entry.request() instanceof ConsumerEntry.Existing existing) {
        ConsumerOrganization org = live.get(existing.id());
        resolved.add(org != null ? entry.resolvedTo(org, false)
            : entry.refused(new NotFoundException(ObjectKind.CONSUMER_ORGANIZATION, existing.id().value())));
      } else {
        resolved.add(entry);
      }
    }
    return resolved;
  }

  /**
   * Step 4: the new organizations whose names passed step 1, all in one call so that a store can write them in one
   * round trip. A name taken is found by the insert itself.
   */
  private List<Entry> insertNew(ProviderId provider, List<Entry> entries, Instant now) {
    List<Entry> named = entries.stream().filter(entry -> entry.newName().isPresent()).toList();
    if (named.isEmpty()) {
      return entries;
    }
    List<NamedOrganization> fresh = new ArrayList<>(named.size());
    for (Entry entry : named) {
      NormalizedName name = entry.newName().orElseThrow();
      fresh.add(new NamedOrganization(
          new ConsumerOrganization(context.newOrganizationId(), provider, name.value(), 1, now, now), name));
    }
    List<InsertOutcome> inserted = storage.organizations().insertAll(fresh);
    List<Entry> result = new ArrayList<>(entries);
    for (int k = 0; k < named.size(); k++) {
      Entry entry = named.get(k);
      ConsumerOrganization org = fresh.get(k).organization();
      result.set(entry.index(), inserted.get(k) instanceof InsertOutcome.NameTaken taken
          ? entry.refused(new DuplicateNameException(org.name(), taken.holder().id(), taken.holder().name()))
          : entry.resolvedTo(org, true));
    }
    return result;
  }

  /**
   * Step 5: every failed entry, in request order. Throwing makes the transaction roll back, which it must when the
   * work throws: so the organizations of step 4 are never kept.
   */
  private static void refuseIfAnyFailed(List<Entry> entries) {
    List<EntryRejection> rejections = new ArrayList<>();
    for (Entry entry : entries) {
      entry.refusal().ifPresent(reason -> rejections.add(new EntryRejection(entry.index(), entry.request(), reason)));
    }
    if (!rejections.isEmpty()) {
      throw new BatchRejectedException(rejections);
    }
  }

  /**
   * Step 6: one link per organization, in the order the request first names them. Answers the links the store
   * opened, in request order whatever order the store answered in; an organization whose link was open already is
   * left out.
   */
  private List<Link> openLinks(ProviderId provider, ShareId shareId, List<Entry> entries, Instant now) {
    List<Link> wanted = new ArrayList<>();
    Set<ConsumerOrganizationId> seen = new HashSet<>();
    for (Entry entry : entries) {
      if (seen.add(entry.org().id())) {
        wanted.add(new Link(context.newLinkId(), provider, shareId, entry.org().id(), now, Optional.empty()));
      }
    }
    Set<ConsumerOrganizationId> opened = new HashSet<>();
    for (Link link : storage.links().openAll(wanted)) {
      opened.add(link.organizationId());
    }
    return wanted.stream().filter(link -> opened.contains(link.organizationId())).toList();
  }

  /** Step 7: the organizations created, then the consumers added, in request order; all in one append, if any. */
  private void recordEvents(Actor actor, List<Entry> entries, List<Link> added) {
    List<ChangeEvent> events = new ArrayList<>();
    for (Entry entry : entries) {
      if (entry.created()) {
        events.add(Events.organizationCreated(actor.id(), entry.org()));
      }
    }
    for (Link link : added) {
      events.add(Events.consumerAdded(actor.id(), link));
    }
    if (!events.isEmpty()) {
      storage.events().append(events);
    }
  }

  /** Step 8: one outcome per entry, in request order. */
  private static AddConsumersResult report(ShareId shareId, List<Entry> entries, List<Link> added) {
    Set<ConsumerOrganizationId> linkedNow = new HashSet<>();
    added.forEach(link -> linkedNow.add(link.organizationId()));
    Set<ConsumerOrganizationId> reported = new HashSet<>();
    List<EntryOutcome> outcomes = new ArrayList<>(entries.size());
    for (Entry entry : entries) {
      ConsumerOrganization org = entry.org();
      // An organization named twice in one request is linked once, for the first entry that names it; every later
      // entry naming it is ALREADY_LINKED, as if an earlier request had linked it.
      boolean firstToNameIt = reported.add(org.id());
      Status status;
      if (!firstToNameIt || !linkedNow.contains(org.id())) {
        status = Status.ALREADY_LINKED;
      } else if (entry.created()) {
        status = Status.CREATED_AND_LINKED;
      } else {
        status = Status.LINKED;
      }
      outcomes.add(new EntryOutcome(entry.request(), org, status));
    }
    return new AddConsumersResult(shareId, outcomes);
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
    return context.call(UseCase.SHARE_REMOVE_CONSUMER, () -> {
      ProviderId provider = context.providerOf(actor, "remove consumers from a share");
      requireNonNull(shareId, "share id must not be null");
      requireNonNull(organizationId, "organization id must not be null");
      return context.write(provider, () -> {
        storage.shares().lockLive(provider, shareId).orElseThrow(() -> shareNotFound(shareId));
        if (storage.organizations().lockLive(provider, List.of(organizationId)).isEmpty()) {
          throw new NotFoundException(ObjectKind.CONSUMER_ORGANIZATION, organizationId.value());
        }
        Optional<Link> closed = storage.links().close(provider, shareId, organizationId, context.now());
        if (closed.isEmpty()) {
          return RemovalOutcome.WAS_NOT_LINKED;
        }
        storage.events().append(List.of(Events.consumerRemoved(actor.id(), closed.get(), "removed")));
        return RemovalOutcome.REMOVED;
      });
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
    return context.call(UseCase.SHARE_CONSUMERS, () -> {
      ProviderId provider = context.providerOf(actor, "read shares");
      Context.checkPageSize(page);
      requireNonNull(shareId, "share id must not be null");
      return context.read(provider, () -> {
        storage.shares().findLive(provider, shareId).orElseThrow(() -> shareNotFound(shareId));
        return context.page(CONSUMERS_OF + ":" + shareId.value(), page,
            query -> storage.links().consumersOf(provider, shareId, query));
      });
    });
  }

  /** One event per link closed, in link order, then the deletion itself: all in one append. */
  private void recordDeletion(Actor actor, Share share, List<Link> closed, Instant now) {
    storage.events().append(Events.linksClosedThen(actor.id(), closed, "share deleted",
        Events.shareDeleted(actor.id(), share, now)));
  }

  private static NotFoundException shareNotFound(ShareId id) {
    return new NotFoundException(ObjectKind.SHARE, id.value());
  }
}
