package org.consumerorgs.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.domain.ShareId;
import org.junit.jupiter.api.Test;

/**
 * What each use case costs in statements and round trips, measured by counting what reaches the driver. The counts
 * are printed (they go into the project's notes) and the ones that must not grow with the size of a request or a
 * page are asserted, so an N+1 query cannot creep in.
 */
abstract class RoundTripCounts {
  private static final AtomicInteger PREFIXES = new AtomicInteger();
  private final Dialect dialect;

  RoundTripCounts(Dialect dialect) {
    this.dialect = dialect;
  }

  @Test
  void useCasesCostAFixedNumberOfStatementsWhateverTheirSize() {
    String prefix = "rt" + PREFIXES.incrementAndGet() + "_" + dialect.name().toLowerCase().charAt(0) + "_";
    TestDatabase database = TestDatabase.of(dialect);
    JdbcSchema.install(database.first(), prefix);
    StatementLog counting = new StatementLog(database.first());
    JdbcStorage storage = JdbcStorage.builder(counting.dataSource()).tablePrefix(prefix).build();
    ConsumerOrgs sdk = ConsumerOrgs.builder(storage).build();
    ProviderId providerId = new ProviderId("provider-" + prefix);
    Actor alice = Actor.ofProvider(providerId, "alice");
    Map<String, StatementLog.Counts> costs = new LinkedHashMap<>();

    costs.put("register provider", measure(counting, () -> sdk.providers().register(alice, "Acme Data")));
    ShareId prices = new ShareId("prices");
    ShareId news = new ShareId("news");
    costs.put("register share", measure(counting, () -> sdk.shares().register(alice, prices, "Prices")));
    sdk.shares().register(alice, news, "News");
    costs.put("create organization", measure(counting, () -> sdk.organizations().create(alice, "Globex")));
    List<ConsumerOrganization> orgs = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      orgs.add(sdk.organizations().create(alice, String.format("Org %03d", i)));
    }
    ConsumerOrganization first = orgs.get(0);
    costs.put("rename organization",
        measure(counting, () -> sdk.organizations().rename(alice, first.id(), 1, "Org 000 Renamed")));
    costs.put("get organization", measure(counting, () -> sdk.organizations().get(alice, first.id())));
    costs.put("list organizations, first page of 50",
        measure(counting, () -> sdk.organizations().list(alice, PageRequest.first(50))));
    String cursor = sdk.organizations().list(alice, PageRequest.first(50)).nextCursor().orElseThrow();
    costs.put("list organizations, next page of 50",
        measure(counting, () -> sdk.organizations().list(alice, PageRequest.after(cursor, 50))));
    costs.put("search, prefix hits fill the limit",
        measure(counting, () -> sdk.organizations().search(alice, SearchRequest.of("org"))));
    costs.put("search, no hits (all three stages)",
        measure(counting, () -> sdk.organizations().search(alice, SearchRequest.of("zzz"))));

    StatementLog.Counts smallBatch = measure(counting, () -> sdk.shares().addConsumers(alice, prices,
        AddConsumersRequest.builder().existing(orgs.get(1).id()).newOrganization("New 1").build()));
    AddConsumersRequest.Builder large = AddConsumersRequest.builder();
    for (int i = 2; i < 52; i++) {
      large.existing(orgs.get(i).id());
    }
    for (int i = 0; i < 50; i++) {
      large.newOrganization("Batch " + i);
    }
    StatementLog.Counts largeBatch =
        measure(counting, () -> sdk.shares().addConsumers(alice, prices, large.build()));
    costs.put("add consumers: 1 existing + 1 new", smallBatch);
    costs.put("add consumers: 50 existing + 50 new", largeBatch);
    costs.put("add consumers: all already linked", measure(counting, () -> sdk.shares().addConsumers(alice,
        prices, AddConsumersRequest.builder().existing(orgs.get(1).id()).build())));
    sdk.shares().addConsumers(alice, news, AddConsumersRequest.builder().existing(orgs.get(2).id()).build());
    costs.put("consumers of a share, page of 50",
        measure(counting, () -> sdk.shares().consumers(alice, prices, PageRequest.first(50))));
    costs.put("shares of an organization",
        measure(counting, () -> sdk.organizations().sharesOf(alice, orgs.get(2).id(), PageRequest.first(50))));
    costs.put("remove consumer",
        measure(counting, () -> sdk.shares().removeConsumer(alice, prices, orgs.get(1).id())));
    costs.put("preview deletion (2 shares)",
        measure(counting, () -> sdk.organizations().previewDelete(alice, orgs.get(2).id())));
    costs.put("delete organization (2 shares)",
        measure(counting, () -> sdk.organizations().delete(alice, orgs.get(2).id())));
    costs.put("monthly active consumers",
        measure(counting, () -> sdk.monthlyActiveConsumers().report(alice, YearMonth.now(ZoneOffset.UTC))));
    costs.put("read 100 events", measure(counting, () -> sdk.events().read(alice, 0, 100)));
    costs.put("delete share (100 consumers)", measure(counting, () -> sdk.shares().delete(alice, prices)));

    System.out.println(table(costs));
    assertEquals(smallBatch.statements(), largeBatch.statements(),
        "a batch of 100 entries must cost the statements of a batch of 2\n" + largeBatch.sql());
    assertEquals(1, costs.get("list organizations, next page of 50").statements());
    assertEquals(1, costs.get("search, prefix hits fill the limit").statements());
    assertEquals(1, costs.get("monthly active consumers").statements(),
        "a report reads links and organizations in one statement, however many there are");
    assertTrue(costs.get("delete share (100 consumers)").statements() <= 8,
        costs.get("delete share (100 consumers)").sql()::toString);
  }

  private static StatementLog.Counts measure(StatementLog counting, Supplier<?> useCase) {
    counting.reset();
    useCase.get();
    return counting.counts();
  }

  private String table(Map<String, StatementLog.Counts> costs) {
    StringBuilder table = new StringBuilder("\nRound trips per use case on " + dialect + "\n")
        .append(String.format("| %-40s | %10s | %11s |%n", "use case", "statements", "round trips"));
    costs.forEach((useCase, counts) -> table.append(
        String.format("| %-40s | %10d | %11d |%n", useCase, counts.statements(), counts.roundTrips())));
    return table.toString();
  }
}
