package org.consumerorgs.jdbc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.ConsumerEntry;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.spi.Storage;

/**
 * A manual tool, not a test (surefire runs only classes named *Test, *Tests or *Properties): races adds of one
 * existing organization to one share against removals of the same pair, on a real PostgreSQL or MariaDB, for a given
 * number of seconds, and prints how many calls ended in each outcome. Every outcome should be a domain one (LINKED,
 * ALREADY_LINKED, REMOVED, WAS_NOT_LINKED); anything else is counted by its exception class. The contract kit holds
 * every adapter to the same race bounded by iterations ({@code ConcurrencyContract}); this one runs by the clock, to
 * measure a rate.
 *
 * <pre>
 * java -cp jdbc-adapter/target/test-classes:jdbc-adapter/target/classes:core/target/classes:(jars) \
 *     org.consumerorgs.jdbc.LinkRaceMeasurement postgresql|mariadb [seconds]
 * </pre>
 * Servers and users as the tests use them ({@link TestDatabase}); the tables go to a database of their own, dropped
 * at exit. Two adding threads and two removing threads, each pair of them on its own pool.
 */
public final class LinkRaceMeasurement {
  private static final ProviderId PROVIDER = ProviderId.of("race");
  private static final Actor ACTOR = Actor.ofProvider(PROVIDER, "racer");

  private LinkRaceMeasurement() {}

  public static void main(String[] args) throws InterruptedException {
    Dialect dialect = Dialect.valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
    Duration length = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 20);
    TestDatabase database = TestDatabase.of(dialect);
    String prefix = "race_";
    JdbcSchema.install(database.first(), prefix);
    Storage first = JdbcStorage.builder(database.first()).dialect(dialect).tablePrefix(prefix).build();
    Storage second = JdbcStorage.builder(database.second()).dialect(dialect).tablePrefix(prefix).build();
    List<ConsumerOrgs> hosts = List.of(ConsumerOrgs.builder(first).build(), ConsumerOrgs.builder(second).build());
    hosts.get(0).providers().register(ACTOR, "Race provider");
    ShareId share = hosts.get(0).shares().register(ACTOR, ShareId.of("race-share"), "Race share").id();
    ConsumerOrganizationId org = hosts.get(0).organizations().create(ACTOR, "Raced Org").id();
    AddConsumersRequest add = AddConsumersRequest.of(ConsumerEntry.existing(org));

    Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    long end = System.nanoTime() + length.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      ConsumerOrgs host = hosts.get(t / 2);
      boolean adds = t % 2 == 0;
      threads.add(new Thread(() -> {
        while (System.nanoTime() < end) {
          String outcome;
          try {
            outcome = adds
                ? "add " + host.shares().addConsumers(ACTOR, share, add).outcomes().get(0).status()
                : "remove " + host.shares().removeConsumer(ACTOR, share, org);
          } catch (RuntimeException e) {
            outcome = (adds ? "add " : "remove ") + e.getClass().getName() + ": " + gist(e.getMessage());
          }
          outcomes.computeIfAbsent(outcome, k -> new LongAdder()).increment();
        }
      }, "link-race-" + t));
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }
    Map<String, Long> sorted = new TreeMap<>();
    outcomes.forEach((k, v) -> sorted.put(k, v.sum()));
    long adds = sorted.entrySet().stream().filter(e -> e.getKey().startsWith("add ")).mapToLong(Map.Entry::getValue)
        .sum();
    long nonDomain = sorted.entrySet().stream().filter(e -> !e.getKey().matches("(add|remove) [A-Z_]+"))
        .mapToLong(Map.Entry::getValue).sum();
    System.out.println(dialect + ", " + length.toSeconds() + " s:");
    sorted.forEach((k, v) -> System.out.println("  " + v + "  " + k));
    System.out.println("  non-domain outcomes: " + nonDomain + " of " + adds + " adds");
    System.exit(0);
  }

  /** A message without the ids that differ from call to call, so that like failures are counted together. */
  private static String gist(String message) {
    String text = String.valueOf(message);
    int id = text.indexOf('[');
    return id < 0 ? text : text.substring(0, id) + "...";
  }
}
