package org.consumerorgs.benchmarks;

import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.Page;
import org.consumerorgs.domain.PageRequest;

/** The list benchmark's two pages: the first, and the one that starts {@code depth} organizations into the order. */
final class Pages {
  static final int SIZE = 50;

  private Pages() {}

  /** The request for the chosen page; for the deep one, walks the list a thousand at a time to get its cursor. */
  static PageRequest request(ConsumerOrgs sdk, String page, int depth) {
    if (page.equals("first")) {
      return PageRequest.first(SIZE);
    }
    PageRequest next = PageRequest.first(1000);
    int walked = 0;
    while (true) {
      int step = Math.min(PageRequest.MAX_SIZE, depth - walked);
      Page<ConsumerOrganization> read = sdk.organizations().list(SearchDataset.ACTOR,
          new PageRequest(next.after(), step));
      walked += read.items().size();
      if (walked >= depth) {
        PageRequest deep = PageRequest.after(read.nextCursor().orElseThrow(), SIZE);
        if (sdk.organizations().list(SearchDataset.ACTOR, deep).items().size() != SIZE) {
          throw new IllegalStateException("the page at depth " + depth + " is not full");
        }
        return deep;
      }
      next = read.next(1000).orElseThrow(() -> new IllegalStateException("the list ended before " + depth));
    }
  }
}
