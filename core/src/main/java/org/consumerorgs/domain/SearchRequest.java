package org.consumerorgs.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What the add-consumers dropdown asks for: the text typed so far (taken literally: {@code %}, {@code _} and
 * {@code *} are ordinary characters), how many hits to show, and optionally a share whose current consumers should be
 * left out. An empty text lists organizations by name. A text of one or two characters (after case and accent
 * folding; an emoji is one character) finds names that start with it or have a word that does, not names that hold it
 * elsewhere: {@link MatchKind#ANYWHERE} needs at least three. A limit below 1 is an {@link IllegalArgumentException}
 * here; a limit above {@link #MAX_LIMIT}, or a text longer than {@link #MAX_TEXT_LENGTH} code points, is refused by
 * the search with a {@link org.consumerorgs.error.LimitExceededException}.
 */
public record SearchRequest(String text, int limit, Optional<ShareId> excludeConsumersOf) {
  /** How many hits {@link #of} asks for: what a dropdown shows. */
  public static final int DEFAULT_LIMIT = 20;
  /** The most hits one search may ask for. */
  public static final int MAX_LIMIT = 200;
  /**
   * The longest search text, in code points: as long as the longest name any naming policy allows. Longer text is
   * refused rather than cut short, since a cut text could match what the whole text does not.
   */
  public static final int MAX_TEXT_LENGTH = 1000;

  /**
   * Checks the fields.
   *
   * @param text the text typed so far, taken literally
   * @param limit how many hits at most, 1 to {@value #MAX_LIMIT}
   * @param excludeConsumersOf a share whose current consumers are left out, if any
   * @throws IllegalArgumentException if the limit is below 1
   */
  public SearchRequest {
    requireNonNull(text, "text");
    checkArgument(limit >= 1, "search limit must be at least 1, got %s", limit);
    requireNonNull(excludeConsumersOf, "excludeConsumersOf");
  }

  /**
   * A search for {@code text}, with the default limit and no share left out.
   *
   * @param text the text typed so far; empty lists organizations by name
   * @return the request
   */
  public static SearchRequest of(String text) {
    return new SearchRequest(text, DEFAULT_LIMIT, Optional.empty());
  }

  /**
   * The same search with another limit.
   *
   * @param limit how many hits at most, 1 to {@value #MAX_LIMIT}
   * @return the request
   */
  public SearchRequest withLimit(int limit) {
    return new SearchRequest(text, limit, excludeConsumersOf);
  }

  /**
   * Leaves out organizations currently linked to {@code shareId}, as the "add consumers" dropdown should.
   *
   * @param shareId the share whose consumers the dropdown is adding to
   * @return the request
   */
  public SearchRequest excludingConsumersOf(ShareId shareId) {
    return new SearchRequest(text, limit, Optional.of(shareId));
  }
}
