package org.consumerorgs.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.consumerorgs.domain.ShareId;

/**
 * A search as the store must run it.
 *
 * <p>{@code text} is already folded like a {@link org.consumerorgs.domain.NormalizedName#searchKey()} and must be
 * matched literally against the stored search keys (escape {@code LIKE} wildcards). A live organization matches when
 * its search key contains {@code text}; hits rank {@code EXACT} (equal), {@code PREFIX} (starts with it),
 * {@code WORD_PREFIX} (contains a space followed by it), {@code ANYWHERE} (only when {@code text} has at least
 * {@link #ANYWHERE_MIN_LENGTH} code points), and within a rank in keyset order. Empty
 * text matches every live organization as {@code PREFIX}. When {@code excludeConsumersOf} is present, organizations
 * with an open link to that share are left out. At most {@code limit} hits.
 */
public record SearchCriteria(String text, int limit, Optional<ShareId> excludeConsumersOf) {
  /**
   * The shortest text, in code points, that may match inside a word ({@code ANYWHERE}). Shorter text matches only at
   * the start of a name or of a word: one or two letters found anywhere are noise in a dropdown, and a store can
   * answer them from an index of name and word starts instead of reading every name.
   */
  public static final int ANYWHERE_MIN_LENGTH = 3;

  public SearchCriteria {
    requireNonNull(text, "text");
    checkArgument(limit >= 1, "limit must be positive, got %s", limit);
    requireNonNull(excludeConsumersOf, "excludeConsumersOf");
  }
}
