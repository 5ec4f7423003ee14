package org.consumerorgs.examples.host;

import org.consumerorgs.domain.PageRequest;

/** The page a list command asks for: {@code --limit} items, after {@code --after} (a cursor from a previous page). */
final class Pages {
  /** A screenful; the SDK's own default (50) suits a web page better than a terminal. */
  static final int DEFAULT_SIZE = 20;

  private Pages() {}

  static PageRequest request(Arguments args) {
    int size = args.number("limit", DEFAULT_SIZE, 1, PageRequest.MAX_SIZE);
    return args.option("after").map(cursor -> PageRequest.after(cursor, size)).orElseGet(() -> PageRequest.first(size));
  }
}
