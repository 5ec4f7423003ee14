package org.consumerorgs.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.domain.TimeWindow;

/**
 * Links: the history of which organization had access to which share when. At most one link per (share,
 * organization) is open at a time; the store judges that atomically. Links are closed, never erased.
 */
public interface LinkStore {
  /**
   * Opens the given links (all open, all of one provider, at most one per pair), in one round trip where the store
   * can. Returns those it opened; a link whose (share, organization) pair already has an open link is skipped.
   *
   * @param links the links to open
   * @return the links opened, in the given order
   */
  List<Link> openAll(List<Link> links);

  /**
   * Closes the open link of the pair at {@code at} and returns it closed; empty if the pair has none.
   *
   * @param provider the provider whose data it is
   * @param share the share
   * @param organization the organization
   * @param at when it closes
   * @return the link closed, or empty
   */
  Optional<Link> close(ProviderId provider, ShareId share, ConsumerOrganizationId organization, Instant at);

  /**
   * Closes every open link of the organization at {@code at}; returns them closed.
   *
   * @param provider the provider whose data it is
   * @param organization the organization
   * @param at when they close
   * @return the links closed, in any order
   */
  List<Link> closeAllOfOrganization(ProviderId provider, ConsumerOrganizationId organization, Instant at);

  /**
   * Closes every open link of the share at {@code at}; returns them closed.
   *
   * @param provider the provider whose data it is
   * @param share the share
   * @param at when they close
   * @return the links closed, in any order
   */
  List<Link> closeAllOfShare(ProviderId provider, ShareId share, Instant at);

  /**
   * The links of the organization that are open now, in any order.
   *
   * @param provider the provider whose data it is
   * @param organization the organization
   * @return the open links
   */
  List<Link> openLinksOfOrganization(ProviderId provider, ConsumerOrganizationId organization);

  /**
   * All links of the organization, open or closed, that intersect {@code window}, in opening order.
   *
   * @param provider the provider whose data it is
   * @param organization the organization
   * @param window the time window
   * @return the links, in opening order
   */
  List<Link> linksOfOrganization(ProviderId provider, ConsumerOrganizationId organization, TimeWindow window);

  /**
   * Live organizations with an open link to the share, in keyset order.
   *
   * @param provider the provider whose data it is
   * @param share the share
   * @param query where the page starts and how many rows it may hold (one more than the page, to tell if another
   *     follows)
   * @return the organizations, each with its keyset position
   */
  List<Keyed<ConsumerOrganization>> consumersOf(ProviderId provider, ShareId share, PageQuery query);

  /**
   * Live shares the organization has an open link to, in keyset order.
   *
   * @param provider the provider whose data it is
   * @param organization the organization
   * @param query where the page starts and how many rows it may hold (one more than the page, to tell if another
   *     follows)
   * @return the shares, each with its keyset position
   */
  List<Keyed<Share>> sharesOf(ProviderId provider, ConsumerOrganizationId organization, PageQuery query);

  /**
   * Hands every organization of the provider, live or deleted, that has links intersecting {@code window} (as
   * {@link Link#intersects} says) to {@code visitor}, once, with all of those links and what a report shows of it.
   * It is all that Monthly Active Consumers reads, for providers with 10^5 organizations and millions of links: read
   * the organizations with their links in one pass (a join), not one by one, and hand each on as it is read rather
   * than collect them all first. If the visitor throws, stop reading and let its exception through.
   *
   * <p>Hand them in keyset order ({@link Keyset}): by search key, or the fixed-length prefix of it the store sorts
   * lists on, then by id. The SDK sorts the report by whole search key and id itself, so another order is not wrong,
   * but on this one its sort is a single pass, where any other costs it a full sort of up to 10^5 organizations.
   *
   * @param provider the provider whose data it is
   * @param window the report's window
   * @param visitor what to hand each organization to
   */
  void forEachLinkedOrganization(ProviderId provider, TimeWindow window, Consumer<LinkedOrganization> visitor);
}
