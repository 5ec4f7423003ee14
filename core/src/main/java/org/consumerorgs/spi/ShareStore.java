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
   */
  boolean insert(Share share, NormalizedName name);

  Optional<Share> findLive(ProviderId provider, ShareId id);

  /**
   * The share if live, locked until the transaction ends so that it cannot be deleted meanwhile (a shared lock is
   * enough).
   */
  Optional<Share> lockLive(ProviderId provider, ShareId id);

  /** The live shares among {@code ids}, in any order; unknown ids are left out. */
  List<Share> findLive(ProviderId provider, Collection<ShareId> ids);

  /** Marks a live share deleted at {@code at}; false if it is not live. */
  boolean markDeleted(ProviderId provider, ShareId id, Instant at);

  /** Live shares in keyset order (name's search key, then id). */
  List<Keyed<Share>> listLive(ProviderId provider, PageQuery query);
}
