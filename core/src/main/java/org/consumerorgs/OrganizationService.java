package org.consumerorgs;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.DeletionImpact;
import org.consumerorgs.domain.ExternalId;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.NormalizedName;
import org.consumerorgs.domain.Page;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.SearchHit;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.error.DeletionRefusedException;
import org.consumerorgs.error.DuplicateExternalIdException;
import org.consumerorgs.error.DuplicateNameException;
import org.consumerorgs.error.InvalidNameException;
import org.consumerorgs.error.Limit;
import org.consumerorgs.error.LimitExceededException;
import org.consumerorgs.error.NotAllowedException;
import org.consumerorgs.error.NotFoundException;
import org.consumerorgs.error.ObjectKind;
import org.consumerorgs.error.StaleVersionException;
import org.consumerorgs.policy.DeletionPolicy;
import org.consumerorgs.policy.NamingPolicy;
import org.consumerorgs.policy.Policies;
import org.consumerorgs.spi.ExternalIdOutcome;
import org.consumerorgs.spi.InsertOutcome;
import org.consumerorgs.spi.RenameOutcome;
import org.consumerorgs.spi.SearchCriteria;
import org.consumerorgs.spi.Storage;
import org.consumerorgs.spi.UseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Manage page: create, rename, delete, list and search a provider's consumer organizations, and the host's own
 * keys for them (external ids) for a host that keeps them in step with its own system.
 *
 * <p>Every method takes the acting {@link Actor} first and throws {@link NotAllowedException} if it does not act for a
 * provider; ids of another provider's objects answer {@link NotFoundException}, never "forbidden".
 */
public final class OrganizationService {
  private static final Logger log = LoggerFactory.getLogger(OrganizationService.class);
  static final String LIST = "organizations";
  static final String SHARES_OF = "shares-of-organization";

  private final Context context;
  private final Storage storage;
  private final NamingPolicy naming;
  private final DeletionPolicy deletion;
  private final MacCalculator mac;

  OrganizationService(Context context, Storage storage, Policies policies) {
    this.context = context;
    this.storage = storage;
    this.naming = policies.naming();
    this.deletion = policies.deletion();
    this.mac = new MacCalculator(policies.macDefinition(), policies.billingZone());
  }

  /**
   * Creates an organization.
   *
   * @param actor who acts; must act for a provider
   * @param name the name as the user typed it; it is normalised first
   * @return the organization, at version 1, without an external id
   * @throws InvalidNameException if the name breaks a naming rule
   * @throws DuplicateNameException if a live organization of the provider has the same name, compared as a person
   *     would
   * @throws NotFoundException if the provider is not registered
   */
  public ConsumerOrganization create(Actor actor, String name) {
    return create(actor, name, Optional.empty());
  }

  /**
   * Creates an organization that carries the host's own key for it, such as its id in the host's CRM.
   *
   * @param actor who acts; must act for a provider
   * @param name the name as the user typed it; it is normalised first
   * @param externalId the host's key for it, which no live organization of the provider may hold already
   * @return the organization, at version 1, with the external id
   * @throws InvalidNameException if the name breaks a naming rule
   * @throws DuplicateNameException if a live organization of the provider has the same name, compared as a person
   *     would
   * @throws DuplicateExternalIdException if a live organization of the provider has the external id
   * @throws NotFoundException if the provider is not registered
   */
  public ConsumerOrganization create(Actor actor, String name, ExternalId externalId) {
    requireNonNull(externalId, "external id must not be null");
    return create(actor, name, Optional.of(externalId));
  }

  private ConsumerOrganization create(Actor actor, String name, Optional<ExternalId> externalId) {
    return context.call(UseCase.ORGANIZATION_CREATE, () -> {
      ProviderId provider = context.providerOf(actor, "create a consumer organization");
      NormalizedName checked = naming.check(name);
      return context.write(provider, () -> {
        context.requireRegistered(provider);
        Instant now = context.now();
        ConsumerOrganization org = new ConsumerOrganization(context.newOrganizationId(), provider, checked.value(), 1,
            now, now, externalId);
        InsertOutcome outcome = storage.organizations().insert(org, checked);
        if (outcome instanceof InsertOutcome.NameTaken taken) {
          log.debug("Refused to create a duplicate name for provider {}; held by {}", provider, taken.holder().id());
          throw new DuplicateNameException(checked.value(), taken.holder().id(), taken.holder().name());
        } else if (outcome instanceof InsertOutcome.ExternalIdTaken taken) {
          throw duplicateExternalId(externalId.orElseThrow(), taken.holder());
        }
        storage.events().append(List.of(Events.organizationCreated(actor.id(), org)));
        return org;
      });
    });
  }

  /**
   * Renames an organization, if {@code expectedVersion} is still its version. Its id never changes. Renaming to the
   * name it already has changes nothing; a change of letter case only is a rename like any other.
   *
   * @param actor who acts; must act for a provider
   * @param id the organization
   * @param expectedVersion the version the caller read, which must still be current
   * @param newName the new name as the user typed it
   * @return the organization renamed, its version one higher (or unchanged if the name was the same)
   * @throws StaleVersionException if someone changed it since the caller read {@code expectedVersion}
   * @throws InvalidNameException if the name breaks a naming rule
   * @throws DuplicateNameException if another live organization has the same name
   * @throws NotFoundException if there is no such live organization
   */
  public ConsumerOrganization rename(Actor actor, ConsumerOrganizationId id, long expectedVersion, String newName) {
    return context.call(UseCase.ORGANIZATION_RENAME, () -> {
      ProviderId provider = context.providerOf(actor, "rename a consumer organization");
      requireNonNull(id, "organization id must not be null");
      checkArgument(expectedVersion >= 1, "expected version must be at least 1, got %s", expectedVersion);
      NormalizedName checked = naming.check(newName);
      return context.write(provider, () -> {
        ConsumerOrganization current = storage.organizations().findLive(provider, id)
            .orElseThrow(() -> notFound(id));
        if (current.version() != expectedVersion) {
          throw stale(id, expectedVersion, current.version());
        }
        if (current.name().equals(checked.value())) {
          return current;
        }
        RenameOutcome outcome = storage.organizations().rename(provider, id, expectedVersion, checked,
            context.now());
        if (outcome instanceof RenameOutcome.Renamed renamed) {
          storage.events().append(
              List.of(Events.organizationRenamed(actor.id(), current, renamed.organization())));
          return renamed.organization();
        } else if (outcome instanceof RenameOutcome.NameTaken taken) {
          log.debug("Refused to rename {} to a duplicate name; held by {}", id, taken.holder().id());
          throw new DuplicateNameException(checked.value(), taken.holder().id(), taken.holder().name());
        } else if (outcome instanceof RenameOutcome.VersionMismatch mismatch) {
          throw stale(id, expectedVersion, mismatch.currentVersion());
        } else {
          throw notFound(id);
        }
      });
    });
  }

  /**
   * Gives an organization the host's own key for it, or another one, if {@code expectedVersion} is still its version.
   * Setting the external id it already has changes nothing.
   *
   * @param actor who acts; must act for a provider
   * @param id the organization
   * @param expectedVersion the version the caller read, which must still be current
   * @param externalId the new external id, which no other live organization of the provider may hold
   * @return the organization with the external id, its version one higher (or unchanged if it had that id already)
   * @throws StaleVersionException if someone changed it since the caller read {@code expectedVersion}
   * @throws DuplicateExternalIdException if another live organization of the provider has the external id
   * @throws NotFoundException if there is no such live organization
   */
  public ConsumerOrganization setExternalId(Actor actor, ConsumerOrganizationId id, long expectedVersion,
      ExternalId externalId) {
    requireNonNull(externalId, "external id must not be null");
    return changeExternalId(actor, id, expectedVersion, Optional.of(externalId));
  }

  /**
   * Takes an organization's external id away, if {@code expectedVersion} is still its version; the id is then free
   * for another organization. Clearing an organization that has none changes nothing.
   *
   * @param actor who acts; must act for a provider
   * @param id the organization
   * @param expectedVersion the version the caller read, which must still be current
   * @return the organization without an external id, its version one higher (or unchanged if it had none)
   * @throws StaleVersionException if someone changed it since the caller read {@code expectedVersion}
   * @throws NotFoundException if there is no such live organization
   */
  public ConsumerOrganization clearExternalId(Actor actor, ConsumerOrganizationId id, long expectedVersion) {
    return changeExternalId(actor, id, expectedVersion, Optional.empty());
  }

  private ConsumerOrganization changeExternalId(Actor actor, ConsumerOrganizationId id, long expectedVersion,
      Optional<ExternalId> externalId) {
    return context.call(UseCase.ORGANIZATION_CHANGE_EXTERNAL_ID, () -> {
      ProviderId provider = context.providerOf(actor, "change a consumer organization's external id");
      requireNonNull(id, "organization id must not be null");
      checkArgument(expectedVersion >= 1, "expected version must be at least 1, got %s", expectedVersion);
      return context.write(provider, () -> {
        ConsumerOrganization current = storage.organizations().findLive(provider, id)
            .orElseThrow(() -> notFound(id));
        if (current.version() != expectedVersion) {
          throw stale(id, expectedVersion, current.version());
        }
        if (current.externalId().equals(externalId)) {
          return current;
        }
        ExternalIdOutcome outcome = storage.organizations().changeExternalId(provider, id, expectedVersion,
            externalId, context.now());
        if (outcome instanceof ExternalIdOutcome.Changed changed) {
          storage.events().append(
              List.of(Events.organizationExternalIdChanged(actor.id(), current, changed.organization())));
          return changed.organization();
        } else if (outcome instanceof ExternalIdOutcome.ExternalIdTaken taken) {
          throw duplicateExternalId(externalId.orElseThrow(), taken.holder());
        } else if (outcome instanceof ExternalIdOutcome.VersionMismatch mismatch) {
          throw stale(id, expectedVersion, mismatch.currentVersion());
        } else {
          throw notFound(id);
        }
      });
    });
  }

  /**
   * The live organization of the actor's provider that holds an external id: how a host syncing from its own system
   * finds out whether to create an organization or update the one it made before.
   *
   * @param actor who acts; must act for a provider
   * @param externalId the host's key, compared exactly
   * @return the organization, or empty if no live organization of the provider holds it
   */
  public Optional<ConsumerOrganization> findByExternalId(Actor actor, ExternalId externalId) {
    return context.call(UseCase.ORGANIZATION_FIND_BY_EXTERNAL_ID, () -> {
      ProviderId provider = context.providerOf(actor, "read consumer organizations");
      requireNonNull(externalId, "external id must not be null");
      return context.read(provider, () -> storage.organizations().findLiveByExternalId(provider, externalId));
    });
  }

  /**
   * A live organization of the actor's provider.
   *
   * @param actor who acts; must act for a provider
   * @param id the organization
   * @return the organization, or empty if there is no such live organization of the provider
   */
  public Optional<ConsumerOrganization> find(Actor actor, ConsumerOrganizationId id) {
    return context.call(UseCase.ORGANIZATION_FIND, () -> {
      ProviderId provider = context.providerOf(actor, "read consumer organizations");
      requireNonNull(id, "organization id must not be null");
      return context.read(provider, () -> storage.organizations().findLive(provider, id));
    });
  }

  /**
   * A live organization of the actor's provider, or {@link NotFoundException}.
   *
   * @param actor who acts; must act for a provider
   * @param id the organization
   * @return the organization
   * @throws NotFoundException if there is no such live organization of the provider
   */
  public ConsumerOrganization get(Actor actor, ConsumerOrganizationId id) {
    return context.call(UseCase.ORGANIZATION_GET, () -> find(actor, id).orElseThrow(() -> notFound(id)));
  }

  /**
   * The provider's live organizations sorted by name (accents and case ignored), a page at a time.
   *
   * @param actor who acts; must act for a provider
   * @param page how many, and the cursor the previous page gave (none for the first page)
   * @return one page, with the cursor of the next if there is one
   *
   * @throws LimitExceededException if the page size is above {@link PageRequest#MAX_SIZE}
   */
  public Page<ConsumerOrganization> list(Actor actor, PageRequest page) {
    return context.call(UseCase.ORGANIZATION_LIST, () -> {
      ProviderId provider = context.providerOf(actor, "list consumer organizations");
      Context.checkPageSize(page);
      return context.read(provider,
          () -> context.page(LIST, page, query -> storage.organizations().listLive(provider, query)));
    });
  }

  /**
   * The dropdown's search: case- and accent-insensitive, the text taken literally, best matches first (exact, then
   * prefix, then word prefix, then anywhere; by name within each), optionally leaving out a share's consumers. A text
   * shorter than three characters once folded (an emoji is one) matches no name as anywhere: only names or words that
   * start with it.
   *
   * @param actor who acts; must act for a provider
   * @param request the text typed, how many hits at most, and the share whose consumers to leave out, if any
   * @return the hits, best first
   * @throws LimitExceededException if the text is longer than {@link SearchRequest#MAX_TEXT_LENGTH} code points or the
   *     limit is above {@link SearchRequest#MAX_LIMIT}
   * @throws NotFoundException if the share to exclude is not one of the provider's live shares
   */
  public List<SearchHit> search(Actor actor, SearchRequest request) {
    return context.call(UseCase.ORGANIZATION_SEARCH, () -> {
      ProviderId provider = context.providerOf(actor, "search consumer organizations");
      requireNonNull(request, "search request must not be null");
      String text = request.text();
      LimitExceededException.check(Limit.SEARCH_TEXT_LENGTH, SearchRequest.MAX_TEXT_LENGTH,
          text.codePointCount(0, text.length()));
      LimitExceededException.check(Limit.SEARCH_LIMIT, SearchRequest.MAX_LIMIT, request.limit());
      SearchCriteria criteria = new SearchCriteria(SearchText.fold(request.text()), request.limit(),
          request.excludeConsumersOf());
      return context.read(provider, () -> {
        request.excludeConsumersOf().ifPresent(share -> requireLiveShare(provider, share));
        return storage.organizations().search(provider, criteria);
      });
    });
  }

  /**
   * The live shares an organization is linked to, sorted by name, a page at a time.
   *
   * @param actor who acts; must act for a provider
   * @param id the organization
   * @param page how many, and the cursor the previous page gave (none for the first page)
   * @return one page, with the cursor of the next if there is one
   *
   * @throws LimitExceededException if the page size is above {@link PageRequest#MAX_SIZE}
   */
  public Page<Share> sharesOf(Actor actor, ConsumerOrganizationId id, PageRequest page) {
    return context.call(UseCase.ORGANIZATION_SHARES, () -> {
      ProviderId provider = context.providerOf(actor, "read consumer organizations");
      Context.checkPageSize(page);
      requireNonNull(id, "organization id must not be null");
      return context.read(provider, () -> {
        storage.organizations().findLive(provider, id).orElseThrow(() -> notFound(id));
        return context.page(SHARES_OF + ":" + id.value(), page,
            query -> storage.links().sharesOf(provider, id, query));
      });
    });
  }

  /**
   * What {@link #delete} would do now, without doing it.
   *
   * @param actor who acts; must act for a provider
   * @param id the organization
   * @return the shares it would leave and its effect on Monthly Active Consumers, and whether the deletion policy
   *     allows it
   */
  public DeletionImpact previewDelete(Actor actor, ConsumerOrganizationId id) {
    return context.call(UseCase.ORGANIZATION_PREVIEW_DELETE, () -> {
      ProviderId provider = context.providerOf(actor, "delete a consumer organization");
      requireNonNull(id, "organization id must not be null");
      return context.read(provider, () -> {
        ConsumerOrganization org = storage.organizations().findLive(provider, id)
            .orElseThrow(() -> notFound(id));
        Instant now = context.now();
        List<Link> history = storage.links().linksOfOrganization(provider, id, mac.deletionHorizon(now));
        List<Link> open = storage.links().openLinksOfOrganization(provider, id);
        boolean allowed = open.isEmpty() || deletion != DeletionPolicy.REFUSE_WHILE_LINKED;
        return new DeletionImpact(org, sharesOf(provider, open), mac.effectsOfDeletion(history, now), allowed, false);
      });
    });
  }

  /**
   * Deletes an organization: its name becomes free, its links are closed (and kept, with the organization's last name,
   * for billing and audit). Returns the impact: the shares that lost it, and its effect on Monthly Active Consumers.
   *
   * @param actor who acts; must act for a provider
   * @param id the organization
   * @return the shares it left and its effect on Monthly Active Consumers
   * @throws DeletionRefusedException if the deletion policy refuses to delete a linked organization
   * @throws NotFoundException if there is no such live organization
   */
  public DeletionImpact delete(Actor actor, ConsumerOrganizationId id) {
    return context.call(UseCase.ORGANIZATION_DELETE, () -> {
      ProviderId provider = context.providerOf(actor, "delete a consumer organization");
      requireNonNull(id, "organization id must not be null");
      return context.write(provider, () -> {
        boolean refuseWhileLinked = deletion == DeletionPolicy.REFUSE_WHILE_LINKED;
        if (refuseWhileLinked) {
          // Refuse before writing anything, so that a host transaction the SDK joined is never left with half a
          // deletion; the check after closing the links below still catches a link added in between.
          refuseIfLinked(provider, id);
        }
        Instant now = context.now();
        ConsumerOrganization org = storage.organizations().markDeleted(provider, id, now)
            .orElseThrow(() -> notFound(id));
        List<Link> history = storage.links().linksOfOrganization(provider, id, mac.deletionHorizon(now));
        List<Link> closed = storage.links().closeAllOfOrganization(provider, id, now).stream()
            .sorted(Events.LINK_ORDER).toList();
        if (refuseWhileLinked && !closed.isEmpty()) {
          throw refused(org, closed);
        }
        recordDeletion(actor, org, closed, now);
        return new DeletionImpact(org, sharesOf(provider, closed), mac.effectsOfDeletion(history, now), true, true);
      });
    });
  }

  /** Refuses to delete a live organization that is linked to a share; an organization not live is not found. */
  private void refuseIfLinked(ProviderId provider, ConsumerOrganizationId id) {
    ConsumerOrganization current = storage.organizations().findLive(provider, id).orElseThrow(() -> notFound(id));
    List<Link> open = storage.links().openLinksOfOrganization(provider, id);
    if (!open.isEmpty()) {
      throw refused(current, open);
    }
  }

  /** One event per link closed, in link order, then the deletion itself: all in one append. */
  private void recordDeletion(Actor actor, ConsumerOrganization org, List<Link> closed, Instant now) {
    storage.events().append(Events.linksClosedThen(actor.id(), closed, "organization deleted",
        Events.organizationDeleted(actor.id(), org, now)));
  }

  private List<Share> sharesOf(ProviderId provider, List<Link> links) {
    List<ShareId> ids = links.stream().map(Link::shareId).distinct().toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return ByName.sorted(storage.shares().findLive(provider, ids), Share::name, s -> s.id().value());
  }

  private void requireLiveShare(ProviderId provider, ShareId share) {
    if (storage.shares().findLive(provider, share).isEmpty()) {
      throw new NotFoundException(ObjectKind.SHARE, share.value());
    }
  }

  private static DeletionRefusedException refused(ConsumerOrganization org, List<Link> links) {
    log.debug("Deletion of {} refused by policy: still linked to {} shares", org.id(), links.size());
    return new DeletionRefusedException(org.id(), org.name(), links.stream().map(Link::shareId).toList());
  }

  private static NotFoundException notFound(ConsumerOrganizationId id) {
    return new NotFoundException(ObjectKind.CONSUMER_ORGANIZATION, id.value());
  }

  private static DuplicateExternalIdException duplicateExternalId(ExternalId externalId,
      ConsumerOrganization holder) {
    log.debug("Refused a duplicate external id; held by {}", holder.id());
    return new DuplicateExternalIdException(externalId, holder.id(), holder.name());
  }

  private static StaleVersionException stale(ConsumerOrganizationId id, long expected, long current) {
    log.debug("Stale version for {}: expected {}, current {}", id, expected, current);
    return new StaleVersionException(id, expected, current);
  }
}
