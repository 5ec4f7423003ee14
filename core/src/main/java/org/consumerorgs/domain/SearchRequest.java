package org.consumerorgs.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.consumerorgs.error.Limit;
import org.consumerorgs.error.LimitExceededException;

/**
 * What the add-consumers dropdown asks for: the text typed so far (taken literally: {@code %}, {@code _} and
 * {@code *} are ordinary characters), how many hits to show, and optionally a share whose current consumers should be
 * left out. An empty text lists organizations by name. A text of one or two characters (after case and accent
 * folding; an emoji is one character) finds names that start with it or have a word that does, not names that hold it
 * elsewhere: {@link MatchKind#ANYWHERE} needs at least three. A limit above {@link #MAX_LIMIT} is a
 * {@link LimitExceededException}, a limit below 1 an {@link IllegalArgumentException}.
 */
public record SearchRequest(String text, int limit, Optional<ShareId> excludeConsumersOf) {
  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 200;

  public SearchRequest {
    requireNonNull(text, "text");
    checkArgument(limit >= 1, "search limit must be at least 1, got %s", limit);
    LimitExceededException.check(Limit.SEARCH_LIMIT, MAX_LIMIT, limit);
    requireNonNull(excludeConsumersOf, "excludeConsumersOf");
  }

  public static SearchRequest of(String text) {
    return new SearchRequest(text, DEFAULT_LIMIT, Optional.empty());
  }

  public SearchRequest withLimit(int limit) {
    return new SearchRequest(text, limit, excludeConsumersOf);
  }

  /** Leaves out organizations currently linked to {@code shareId}, as the "add consumers" dropdown should. */
  public SearchRequest excludingConsumersOf(ShareId shareId) {
    return new SearchRequest(text, limit, Optional.of(shareId));
  }
}
