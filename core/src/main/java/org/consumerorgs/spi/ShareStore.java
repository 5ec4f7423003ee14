package org.consumerorgs.spi;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.consumerorgs.domain.NormalizedName;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareId;

/** A provider's shares. A deleted share is kept (link history refers to it) but is no longer live. */
public interface ShareStore {
  /**
   * Stores a new share with its name's keys; false, changing nothing, if the provider already has a share with this
   * id, live or deleted.
   *
   * @param share the new share
   * @param name its name's keys, which order the share in lists
   * @return whether it was stored
   */
  boolean insert(Share share, NormalizedName name);

  /**
   * A live share.
   *
   * @param provider the provider whose data it is
   * @param id the share
   * @return it, or empty if it is deleted or unknown
   */
  Optional<Share> findLive(ProviderId provider, ShareId id);

  /**
   * The share if live, locked until the transaction ends so that it cannot be deleted meanwhile (a shared lock is
   * enough).
   *
   * @param provider the provider whose data it is
   * @param id the share
   * @return the share, locked, or empty if it is not live
   */
  Optional<Share> lockLive(ProviderId provider, ShareId id);

  /**
   * The live shares among {@code ids}, in any order; unknown ids are left out.
   *
   * @param provider the provider whose data it is
   * @param ids the shares
   * @return those that are live
   */
  List<Share> findLive(ProviderId provider, Collection<ShareId> ids);

  /**
   * Marks a live share deleted at {@code at}; false if it is not live.
   *
   * @param provider the provider whose data it is
   * @param id the share
   * @param at when it is deleted
   * @return whether it was live and is now deleted
   */
  boolean markDeleted(ProviderId provider, ShareId id, Instant at);

  /**
   * Live shares in keyset order (name's search key, then id).
   *
   * @param provider the provider whose data it is
   * @param query where the page starts and how many rows it may hold (one more than the page, to tell if another
   *     follows)
   * @return the shares, each with its keyset position
   */
  List<Keyed<Share>> listLive(ProviderId provider, PageQuery query);
}
