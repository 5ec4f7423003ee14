package org.consumerorgs.error;

/** The limits that a request from a user can exceed; {@link LimitExceededException#limit()} names the one. */
public enum Limit {
  /** Items on one page of a list ({@link org.consumerorgs.domain.PageRequest#MAX_SIZE}). */
  PAGE_SIZE("A page can show at most %d items; %d were asked for."),
  /** Hits of one search ({@link org.consumerorgs.domain.SearchRequest#MAX_LIMIT}). */
  SEARCH_LIMIT("A search can show at most %d results; %d were asked for."),
  /** Characters of a search text ({@link org.consumerorgs.domain.SearchRequest#MAX_TEXT_LENGTH}). */
  SEARCH_TEXT_LENGTH("A search text can be at most %d characters long; it has %d."),
  /** Entries of one "Done" ({@link org.consumerorgs.domain.AddConsumersRequest#MAX_ENTRIES}). */
  BATCH_SIZE("At most %d consumers can be added in one step; %d were given."),
  /** Events read at once ({@link org.consumerorgs.EventLogService#MAX_LIMIT}). */
  EVENT_READ_LIMIT("At most %d events can be read at once; %d were asked for.");

  private final String message;

  Limit(String message) {
    this.message = message;
  }

  String message(int maximum, int requested) {
    return String.format(java.util.Locale.ROOT, message, maximum, requested);
  }
}
