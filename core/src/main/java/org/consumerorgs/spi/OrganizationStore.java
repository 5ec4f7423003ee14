package org.consumerorgs.spi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.ExternalId;
import org.consumerorgs.domain.NormalizedName;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.SearchHit;

/**
 * Consumer organizations. The store, not a check made before the write, is the judge of name uniqueness: no two live
 * organizations of one provider may ever hold the same {@link NormalizedName#uniquenessKey()}, whatever runs
 * concurrently, on however many host instances. It judges external ids the same way: no two live organizations of one
 * provider may hold equal {@link ExternalId}s (compared exactly). A deleted organization is kept, frees its name and
 * its external id, and is not live.
 */
public interface OrganizationStore {
  /**
   * Stores a new live organization unless its name, or its external id if it has one, is taken, atomically.
   *
   * @param organization the new organization, of one provider
   * @param name its name's keys, of which the store judges the uniqueness key
   * @return inserted, or the live organization that holds the name or the external id
   */
  InsertOutcome insert(ConsumerOrganization organization, NormalizedName name);

  /**
   * Inserts several new organizations of one provider, in order, each exactly as {@link #insert} would (a later one
   * sees the earlier ones), and returns their outcomes in the same order. The default calls {@link #insert} once per
   * organization; a store where each call is a round trip should override it to batch them.
   *
   * @param organizations the new organizations with their names' keys
   * @return one outcome per organization, in order
   */
  default List<InsertOutcome> insertAll(List<NamedOrganization> organizations) {
    List<InsertOutcome> outcomes = new ArrayList<>(organizations.size());
    for (NamedOrganization named : organizations) {
      outcomes.add(insert(named.organization(), named.name()));
    }
    return outcomes;
  }

  /**
   * Sets a live organization's name to {@code newName} and its version to {@code expectedVersion + 1}, only if its
   * version is {@code expectedVersion} and no other live organization holds the new key, atomically. Keeping its own
   * key (a change of letter case only) is not a clash.
   *
   * @param provider the provider whose data it is
   * @param id the organization
   * @param expectedVersion the version the caller read
   * @param newName the new name's keys
   * @param at when it is renamed: its new {@code updatedAt}
   * @return renamed with the new state, or why not
   */
  RenameOutcome rename(
      ProviderId provider, ConsumerOrganizationId id, long expectedVersion, NormalizedName newName, Instant at);

  /**
   * Sets a live organization's external id to {@code newExternalId} (none, if empty), its version to
   * {@code expectedVersion + 1} and its {@code updatedAt} to {@code at}, only if its version is
   * {@code expectedVersion} and no other live organization holds the new external id, atomically.
   *
   * @param provider the provider whose data it is
   * @param id the organization
   * @param expectedVersion the version the caller read
   * @param newExternalId the new external id, or empty to take it away
   * @param at when it changes
   * @return changed with the new state, or why not
   */
  ExternalIdOutcome changeExternalId(ProviderId provider, ConsumerOrganizationId id, long expectedVersion,
      Optional<ExternalId> newExternalId, Instant at);

  /**
   * The live organization that holds an external id.
   *
   * @param provider the provider whose data it is
   * @param externalId the external id, compared exactly
   * @return it, or empty if no live organization of the provider holds it
   */
  Optional<ConsumerOrganization> findLiveByExternalId(ProviderId provider, ExternalId externalId);

  /**
   * A live organization.
   *
   * @param provider the provider whose data it is
   * @param id the organization
   * @return it, or empty if it is deleted or unknown
   */
  Optional<ConsumerOrganization> findLive(ProviderId provider, ConsumerOrganizationId id);

  /**
   * The live organizations among {@code ids}, in any order, locked until the transaction ends so that none of them can
   * be deleted or renamed meanwhile (a shared lock is enough: readers are not blocked).
   *
   * @param provider the provider whose data it is
   * @param ids the organizations to lock
   * @return those that are live, locked
   */
  List<ConsumerOrganization> lockLive(ProviderId provider, Collection<ConsumerOrganizationId> ids);

  /**
   * Marks a live organization deleted at {@code at}, freeing its name and external id, and returns it as it was; empty if it is not
   * live. Holds it locked until the transaction ends.
   *
   * @param provider the provider whose data it is
   * @param id the organization
   * @param at when it is deleted
   * @return the organization as it was before, or empty
   */
  Optional<ConsumerOrganization> markDeleted(ProviderId provider, ConsumerOrganizationId id, Instant at);

  /**
   * The organizations among {@code ids}, live or deleted.
   *
   * @param provider the provider whose data it is
   * @param ids the organizations
   * @return those found, by id; unknown ids are left out
   */
  Map<ConsumerOrganizationId, StoredOrganization> findIncludingDeleted(
      ProviderId provider, Collection<ConsumerOrganizationId> ids);

  /**
   * Live organizations in keyset order.
   *
   * @param provider the provider whose data it is
   * @param query where the page starts and how many rows it may hold (one more than the page, to tell if another
   *     follows)
   * @return the organizations, each with its keyset position
   */
  List<Keyed<ConsumerOrganization>> listLive(ProviderId provider, PageQuery query);

  /**
   * Ranked search; see {@link SearchCriteria} for the exact rules.
   *
   * @param provider the provider whose data it is
   * @param criteria the folded text, the limit and the share whose consumers to leave out
   * @return the hits in rank order, at most the limit
   */
  List<SearchHit> search(ProviderId provider, SearchCriteria criteria);
}
