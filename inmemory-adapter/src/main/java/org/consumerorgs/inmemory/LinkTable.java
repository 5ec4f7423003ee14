package org.consumerorgs.inmemory;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.LinkId;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.ShareId;
import org.jspecify.annotations.Nullable;

/**
 * One provider's links, open and closed, as columns indexed by a link ordinal in opening order. A link as objects in
 * maps (the record, its id, the map nodes, the pair key, the history list) cost some 400 bytes; here it costs about
 * 40: the id packed like an organization's, the organization as its ordinal, the share and instants as references
 * shared with the rest of a batch. Each organization's links form a chain from its newest back, which is its
 * history; histories are short, so the open link of a pair is found by walking it. {@link Link} values are built when
 * read.
 *
 * <p>Every change goes through the caller's {@link UndoLog}. Not thread-safe: the provider's lock guards it.
 */
final class LinkTable {
  private final ProviderId provider;
  private final OrgTable organizations;
  /** The id as given, or null when it is packed into {@link #idHigh} and {@link #idLow}. */
  private @Nullable String[] ids = new String[16];
  private long[] idHigh = new long[16];
  private long[] idLow = new long[16];
  private ShareId[] shares = new ShareId[16];
  private int[] organizationOf = new int[16];
  private Instant[] openedAt = new Instant[16];
  /** Null while open. */
  private @Nullable Instant[] closedAt = new Instant[16];
  /** The organization's link opened before this one, or -1. */
  private int[] previousOfOrganization = new int[16];
  private int count;
  /** By organization ordinal: its newest link + 1, 0 if none. */
  private int[] newestOfOrganization = new int[16];

  LinkTable(ProviderId provider, OrgTable organizations) {
    this.provider = provider;
    this.organizations = organizations;
  }

  /** Link ordinals run from 0 to {@code count() - 1}, in the order they were opened. */
  int count() {
    return count;
  }

  /** Stores an open link of a stored organization; returns its ordinal. */
  int open(Link link, int organization, UndoLog undo) {
    if (count == ids.length) {
      grow();
    }
    if (organization >= newestOfOrganization.length) {
      newestOfOrganization = Arrays.copyOf(newestOfOrganization,
          Math.max(organization + 1, newestOfOrganization.length * 2));
    }
    int ordinal = count++;
    String id = link.id().value();
    if (Uuids.packable(id)) {
      idHigh[ordinal] = Uuids.high(id);
      idLow[ordinal] = Uuids.low(id);
    } else {
      ids[ordinal] = id;
    }
    shares[ordinal] = link.shareId();
    organizationOf[ordinal] = organization;
    openedAt[ordinal] = link.openedAt();
    int previous = newestOfOrganization[organization] - 1;
    previousOfOrganization[ordinal] = previous;
    newestOfOrganization[organization] = ordinal + 1;
    undo.onUndo(() -> {
      newestOfOrganization[organization] = previous + 1;
      ids[ordinal] = null;
      shares[ordinal] = null;
      openedAt[ordinal] = null;
      count--;
    });
    return ordinal;
  }

  /** Closes an open link at {@code at} (at its opening if the clock says earlier); returns it closed. */
  Link close(int ordinal, Instant at, UndoLog undo) {
    Link closed = link(ordinal).closedAt(at);
    closedAt[ordinal] = closed.closedAt().orElseThrow();
    undo.onUndo(() -> closedAt[ordinal] = null);
    return closed;
  }

  /** The organization's open link to the share, or -1. */
  int openLinkOf(int organization, ShareId share) {
    for (int l = newest(organization); l >= 0; l = previousOfOrganization[l]) {
      if (closedAt[l] == null && shares[l].equals(share)) {
        return l;
      }
    }
    return -1;
  }

  /** The organization's newest link, or -1; {@link #previous} walks back from there. */
  int newest(int organization) {
    return organization < newestOfOrganization.length ? newestOfOrganization[organization] - 1 : -1;
  }

  int previous(int ordinal) {
    return previousOfOrganization[ordinal];
  }

  boolean isOpen(int ordinal) {
    return closedAt[ordinal] == null;
  }

  ShareId share(int ordinal) {
    return shares[ordinal];
  }

  int organization(int ordinal) {
    return organizationOf[ordinal];
  }

  Link link(int ordinal) {
    String id = ids[ordinal];
    return new Link(LinkId.of(id != null ? id : Uuids.format(idHigh[ordinal], idLow[ordinal])), provider,
        shares[ordinal], organizations.id(organizationOf[ordinal]), openedAt[ordinal],
        Optional.ofNullable(closedAt[ordinal]));
  }

  private void grow() {
    int length = ids.length * 2;
    ids = Arrays.copyOf(ids, length);
    idHigh = Arrays.copyOf(idHigh, length);
    idLow = Arrays.copyOf(idLow, length);
    shares = Arrays.copyOf(shares, length);
    organizationOf = Arrays.copyOf(organizationOf, length);
    openedAt = Arrays.copyOf(openedAt, length);
    closedAt = Arrays.copyOf(closedAt, length);
    previousOfOrganization = Arrays.copyOf(previousOfOrganization, length);
  }
}
