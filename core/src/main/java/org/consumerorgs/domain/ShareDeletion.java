package org.consumerorgs.domain;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** A deleted share and the links that ended with it. */
public record ShareDeletion(Share share, List<Link> closedLinks) {
  public ShareDeletion {
    requireNonNull(share, "share");
    closedLinks = ImmutableList.copyOf(closedLinks);
  }
}
