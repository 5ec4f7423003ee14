package org.consumerorgs.tck;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.Page;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.domain.ShareId;

/** Reads a whole paged list or a whole event log through the public API, failing if paging never ends. */
final class ReadAll {
  private static final int MAX_PAGES = 10_000;

  private ReadAll() {}

  static List<ConsumerOrganization> organizations(ConsumerOrgs sdk, Actor actor) {
    return items(pages(page -> sdk.organizations().list(actor, page), 100));
  }

  static List<ConsumerOrganization> consumers(ConsumerOrgs sdk, Actor actor, ShareId share) {
    return items(pages(page -> sdk.shares().consumers(actor, share, page), 100));
  }

  /** Every page of a list, {@code size} items a page, following each page's cursor. */
  static <T> List<Page<T>> pages(Function<PageRequest, Page<T>> read, int size) {
    List<Page<T>> pages = new ArrayList<>();
    PageRequest request = PageRequest.first(size);
    for (int i = 0; i < MAX_PAGES; i++) {
      Page<T> page = read.apply(request);
      pages.add(page);
      if (!page.hasNext()) {
        return pages;
      }
      request = page.next(size).orElseThrow();
    }
    throw new AssertionError("a listing did not end after " + MAX_PAGES + " pages; does its cursor move on?");
  }

  static <T> List<T> items(List<Page<T>> pages) {
    List<T> all = new ArrayList<>();
    pages.forEach(page -> all.addAll(page.items()));
    return all;
  }

  /** The whole log, read as a relay would; fails if a read does not move past the sequence it was asked after. */
  static List<RecordedEvent> events(ConsumerOrgs sdk, Actor actor) {
    List<RecordedEvent> all = new ArrayList<>();
    long after = 0;
    while (true) {
      List<RecordedEvent> page = sdk.events().read(actor, after, 250);
      if (page.isEmpty()) {
        return all;
      }
      long last = page.get(page.size() - 1).sequence();
      if (last <= after) {
        fail("reading events after sequence " + after + " returned sequence " + last);
      }
      all.addAll(page);
      after = last;
    }
  }
}
