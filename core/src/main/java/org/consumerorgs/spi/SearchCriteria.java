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
 * its search key equals {@code text} ({@code EXACT}), starts with it ({@code PREFIX}), contains a space followed by it
 * ({@code WORD_PREFIX}), or, only when {@code text} is at least {@value #ANYWHERE_MIN_LENGTH} code points long,
 * contains it anywhere else ({@code ANYWHERE}). Hits rank in that order, and within a rank in keyset order; a name
 * that matches in several ways takes its best rank. Empty text matches every live organization as {@code PREFIX}.
 * When {@code excludeConsumersOf} is present, organizations with an open link to that share are left out. At most
 * {@code limit} hits.
 */
public record SearchCriteria(String text, int limit, Optional<ShareId> excludeConsumersOf) {
  /**
   * The shortest text that matches anywhere in a name ({@code ANYWHERE}), in code points of the folded text (an emoji
   * is one; {@code ß} folds to two). One or two characters typed into the search box are the start of a name or of a
   * word far more often than a fragment of one; anywhere in a name they match a large share of any list, hits nobody
   * wants, and no index finds them quickly (a trigram index needs three characters). Shorter text therefore matches
   * only as {@code EXACT}, {@code PREFIX} or {@code WORD_PREFIX}.
   */
  public static final int ANYWHERE_MIN_LENGTH = 3;

  /**
   * Checks the fields.
   *
   * @param text the search text, folded like a search key
   * @param limit how many hits at most, at least 1
   * @param excludeConsumersOf a share whose consumers are left out, if any
   * @throws IllegalArgumentException if the limit is not positive
   */
  public SearchCriteria {
    requireNonNull(text, "text");
    checkArgument(limit >= 1, "limit must be positive, got %s", limit);
    requireNonNull(excludeConsumersOf, "excludeConsumersOf");
  }

  /**
   * {@return whether the {@code ANYWHERE} rank applies: {@code text} has at least {@value #ANYWHERE_MIN_LENGTH} code
   * points}
   */
  public boolean matchesAnywhere() {
    return text.codePointCount(0, text.length()) >= ANYWHERE_MIN_LENGTH;
  }
}
