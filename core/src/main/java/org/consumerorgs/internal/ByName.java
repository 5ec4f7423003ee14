package org.consumerorgs.internal;

import java.util.Comparator;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.Share;
import org.consumerorgs.policy.NameFolding;
import org.consumerorgs.spi.KeysetOrder;

/** Sorting by name in Java, the same order the stores use for lists (search key, then id, by code point). */
public final class ByName {
  public static final Comparator<Share> SHARES = Comparator
      .comparing((Share s) -> NameFolding.searchKey(s.name()), KeysetOrder.CODE_POINT_ORDER)
      .thenComparing(s -> s.id().value(), KeysetOrder.CODE_POINT_ORDER);

  public static final Comparator<ConsumerOrganization> ORGANIZATIONS = Comparator
      .comparing((ConsumerOrganization o) -> NameFolding.searchKey(o.name()), KeysetOrder.CODE_POINT_ORDER)
      .thenComparing(o -> o.id().value(), KeysetOrder.CODE_POINT_ORDER);

  private ByName() {}
}
