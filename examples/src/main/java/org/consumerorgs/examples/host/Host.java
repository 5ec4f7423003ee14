package org.consumerorgs.examples.host;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.Page;
import org.consumerorgs.domain.PageRequest;

/**
 * What every command works with: the SDK (one per application), who is calling, where to print, and the clock that
 * says which month "this month" is. Also remembers how to show the next page of the last list, for {@code more}.
 */
final class Host {
  final ConsumerOrgs sdk;
  final Session session;
  final PrintStream out;
  final Clock clock;
  final Views views;
  private Optional<Runnable> nextPage = Optional.empty();

  Host(ConsumerOrgs sdk, Session session, PrintStream out, Clock clock) {
    this.sdk = sdk;
    this.session = session;
    this.out = out;
    this.clock = clock;
    this.views = new Views(out);
  }

  Actor actor() {
    return session.actor();
  }

  /**
   * Shows one page of a list and remembers how to read the next: the SDK hands out an opaque cursor with each page,
   * and the host passes it back for the next one, here through {@code more} or {@code --after}.
   */
  <T> void page(Function<PageRequest, Page<T>> read, PageRequest request, Consumer<List<T>> show, String command) {
    Page<T> page = read.apply(request);
    show.accept(page.items());
    views.more(page.nextCursor(), command);
    nextPage = page.next(request.size()).map(next -> () -> page(read, next, show, command));
  }

  /** What {@code more} shows next; empty once a list has been shown to its end. */
  Optional<Runnable> nextPage() {
    return nextPage;
  }
}
