package org.consumerorgs.jdbc;

import java.util.List;
import java.util.Optional;
import org.consumerorgs.domain.MatchKind;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.SearchHit;

/**
 * The stages of a search after the prefix one (see {@link OrganizationSearch}): live organizations with a
 * word after the first that starts with the text ({@link MatchKind#WORD_PREFIX}), then those that hold it anywhere
 * else ({@link MatchKind#ANYWHERE}). A stage leaves out the names an earlier stage found, so none is found twice.
 */
interface SubstringSearch {
  /** Starts the substring stages of one search, in its transaction. */
  Stages begin();

  /** The substring stages of one search. */
  interface Stages {
    /**
     * At most {@code limit} hits of {@code tier}, {@code WORD_PREFIX} or {@code ANYWHERE}, in keyset order, leaving
     * out the open consumers of {@code excludedShare}.
     */
    List<SearchHit> find(ProviderId provider, String text, MatchKind tier, int limit, Optional<String> excludedShare);
  }
}
