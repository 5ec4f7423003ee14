package org.consumerorgs.domain;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** A deleted share and the links that ended with it. */
public record ShareDeletion(Share share, List<Link> closedLinks) {
  /**
   * Checks the share and copies the links, so that the value stays immutable.
   *
   * @param share the share as it was
   * @param closedLinks the links that were open and closed with it
   */
  public ShareDeletion {
    requireNonNull(share, "share");
    closedLinks = ImmutableList.copyOf(closedLinks);
  }
}
