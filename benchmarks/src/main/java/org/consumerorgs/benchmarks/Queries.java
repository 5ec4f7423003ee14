package org.consumerorgs.benchmarks;

import java.util.List;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.SearchHit;
import org.consumerorgs.domain.SearchRequest;

/** The search requests of one kind, and a check that they are what they claim to be. */
final class Queries {
  private Queries() {}

  static SearchRequest[] requests(QueryKind kind, List<String> names, boolean excluding) {
    return SearchQueries.of(kind, names).stream()
        .map(text -> excluding
            ? SearchRequest.of(text).excludingConsumersOf(SearchDataset.EXCLUDED)
            : SearchRequest.of(text))
        .toArray(SearchRequest[]::new);
  }

  /** How many of a kind's requests {@link #check} runs: enough to catch a wrong query, few enough at 10^6. */
  static final int CHECKED = 8;

  /**
   * Runs the first {@value #CHECKED} requests once: a miss must find nothing, and (without exclusion) the others must
   * find something. Logs the mean number of hits, so the table can be read knowing how much each kind returns.
   */
  static void check(ConsumerOrgs sdk, QueryKind kind, SearchRequest[] requests, String where) {
    long hits = 0;
    for (SearchRequest request : java.util.Arrays.copyOf(requests, CHECKED)) {
      List<SearchHit> found = sdk.organizations().search(SearchDataset.ACTOR, request);
      hits += found.size();
      if (kind == QueryKind.MISS && !found.isEmpty()) {
        throw new IllegalStateException("the miss \"" + request.text() + "\" found " + found);
      }
      if (kind != QueryKind.MISS && request.excludeConsumersOf().isEmpty() && found.isEmpty()) {
        throw new IllegalStateException("the " + kind + " query \"" + request.text() + "\" found nothing");
      }
    }
    Log.info("%s: %s queries%s find %.1f organizations on average (limit %d)", where, kind,
        requests[0].excludeConsumersOf().isPresent() ? " excluding a share's consumers" : "",
        hits / (double) CHECKED, requests[0].limit());
  }
}
