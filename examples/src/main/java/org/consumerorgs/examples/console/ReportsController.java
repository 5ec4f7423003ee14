package org.consumerorgs.examples.console;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.EventLogService;
import org.consumerorgs.domain.RecordedEvent;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Monthly Active Consumers (a month's report with its evidence, and the last twelve months) and the Activity log. */
@RestController
@RequestMapping("/api")
class ReportsController {
  static final int CHART_MONTHS = 12;

  private final ConsumerOrgs sdk;
  private final Clock clock;

  ReportsController(ConsumerOrgs sdk, Clock clock) {
    this.sdk = sdk;
    this.clock = clock;
  }

  @GetMapping("/mac")
  Json.Mac mac(@RequestParam Optional<String> month, HttpSession session) {
    return Json.Mac.of(sdk.monthlyActiveConsumers().report(SignedIn.actor(session), month(month)));
  }

  /** The counts of the twelve months up to {@code month}, oldest first, for the chart. */
  @GetMapping("/mac/history")
  List<Json.MonthCount> history(@RequestParam Optional<String> month, HttpSession session) {
    Actor actor = SignedIn.actor(session);
    YearMonth last = month(month);
    List<Json.MonthCount> counts = new ArrayList<>();
    for (int back = CHART_MONTHS - 1; back >= 0; back--) {
      YearMonth m = last.minusMonths(back);
      counts.add(new Json.MonthCount(m.toString(), sdk.monthlyActiveConsumers().report(actor, m).count()));
    }
    return counts;
  }

  /**
   * A page of the change log, newest first. The SDK reads its log forward (a relay remembers the last sequence it
   * sent), so the page finds the newest sequence by reading forward from the last one this session saw, then reads
   * the page's stretch of sequences. {@code before} is where the previous page ended (exclusive); none for the newest.
   */
  @GetMapping("/events")
  Json.EventPage events(@RequestParam Optional<Long> before, HttpSession session) {
    Actor actor = SignedIn.actor(session);
    long end = before.orElseGet(() -> newestSequence(actor, session) + 1);
    long from = Math.max(0, end - 1 - Requests.PAGE_SIZE);
    List<RecordedEvent> stretch = end <= 1 ? List.of()
        : sdk.events().read(actor, from, (int) Math.min(EventLogService.MAX_LIMIT, end - 1 - from));
    List<Json.Event> newestFirst = new ArrayList<>(stretch.stream().map(Json.Event::of).toList());
    Collections.reverse(newestFirst);
    return new Json.EventPage(newestFirst, from > 0 ? from + 1 : null);
  }

  private long newestSequence(Actor actor, HttpSession session) {
    String key = ReportsController.class.getName() + ".newest";
    long newest = Optional.ofNullable((Long) session.getAttribute(key)).orElse(0L);
    for (List<RecordedEvent> batch = sdk.events().read(actor, newest, EventLogService.MAX_LIMIT); !batch.isEmpty();
        batch = sdk.events().read(actor, newest, EventLogService.MAX_LIMIT)) {
      newest = batch.get(batch.size() - 1).sequence();
    }
    session.setAttribute(key, newest);
    return newest;
  }

  private YearMonth month(Optional<String> text) {
    try {
      return text.filter(t -> !t.isBlank()).map(YearMonth::parse).orElseGet(() -> YearMonth.now(clock));
    } catch (DateTimeParseException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A month is written yyyy-mm, for example 2026-11.");
    }
  }
}
