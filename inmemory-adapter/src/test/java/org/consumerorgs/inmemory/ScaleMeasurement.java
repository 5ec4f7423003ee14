package org.consumerorgs.inmemory;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.AddConsumersResult;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.policy.NamingPolicy;
import org.consumerorgs.spi.NamedOrganization;
import org.consumerorgs.spi.TransactionMode;

/**
 * Measures the in-memory adapter at scale: search latency per kind of query, bytes per organization and write
 * throughput. Not a test (timings on a shared machine are noisy, so nothing here asserts); run by hand:
 *
 * <pre>
 * java -Xmx8g -cp ... org.consumerorgs.inmemory.ScaleMeasurement 10000,100000,1000000 [queriesPerKind]
 * </pre>
 *
 * <p>Each search is timed twice: wall clock, and the searching thread's CPU time, which leaves out the time a shared,
 * loaded machine keeps the thread waiting for a core (cache misses stay in).
 *
 * <p>Organizations are loaded as the benchmark module loads them: through {@code shares().addConsumers}, batches of
 * 1000 new names to one share, so each also has one open link and two events. Names come from word lists with a
 * fixed seed, so that runs compare.
 */
public final class ScaleMeasurement {
  private static final ProviderId PROVIDER = ProviderId.of("scale");
  private static final Actor ACTOR = Actor.ofProvider(PROVIDER, "loader");
  private static final ShareId ALL = ShareId.of("all");
  private static final ShareId MOST = ShareId.of("most");

  private static final String[] LEADS = {"Global", "United", "First", "North", "South", "East", "West", "Blue",
      "Red", "Green", "Silver", "Golden", "Pacific", "Atlantic", "Alpine", "Royal", "National", "Metro", "Urban",
      "Prime", "Summit", "Pioneer", "Liberty", "Eagle", "Falcon", "Cedar", "Oak", "Maple", "River", "Lake",
      "Harbor", "Bay", "Coastal", "Central", "Allied", "Apex", "Vertex", "Nova", "Stellar", "Quantum", "Müller",
      "Société", "Nordic", "Iberia", "Dragon", "Phoenix", "Orion", "Zenith", "Crown", "Sterling"};
  private static final String[] SYLLABLES = {"ac", "al", "an", "ar", "bel", "bri", "ca", "cor", "da", "del", "dro",
      "el", "en", "fa", "fin", "ga", "gen", "hal", "in", "is", "ka", "kel", "lo", "lux", "ma", "mer", "na", "nex",
      "or", "pa", "pro", "qua", "ra", "ri", "sa", "sol", "ta", "tek", "tri", "ul", "va", "ven", "vi", "xo", "za",
      "zen"};
  private static final String[] TRADES = {"Logistics", "Systems", "Solutions", "Software", "Foods", "Energy",
      "Health", "Capital", "Consulting", "Engineering", "Media", "Analytics", "Robotics", "Pharma", "Textiles",
      "Motors", "Airlines", "Insurance", "Bank", "Trading", "Construction", "Design", "Labs", "Networks",
      "Security", "Retail", "Farms", "Mining", "Shipping", "Telecom"};
  private static final String[] SUFFIXES = {"Inc", "Ltd", "LLC", "GmbH", "AG", "SA", "BV", "Corp", "Corporation",
      "Holdings", "Group", "& Co", "Partners", "PLC", "S.A.R.L.", "Oy", "AB", "Pty Ltd", "KK", "SpA"};

  private ScaleMeasurement() {}

  public static void main(String[] args) {
    int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "10000,100000").split(","))
        .mapToInt(Integer::parseInt).toArray();
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    for (int size : sizes) {
      measure(size, queries);
    }
  }

  static List<String> names(int count, long seed) {
    Random random = new Random(seed);
    Set<String> keys = new HashSet<>();
    List<String> names = new ArrayList<>(count);
    while (names.size() < count) {
      StringBuilder name = new StringBuilder();
      if (random.nextInt(3) == 0) {
        name.append(LEADS[random.nextInt(LEADS.length)]).append(' ');
      }
      int syllables = 2 + random.nextInt(2);
      StringBuilder brand = new StringBuilder();
      for (int i = 0; i < syllables; i++) {
        brand.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      brand.setCharAt(0, Character.toUpperCase(brand.charAt(0)));
      name.append(brand);
      if (random.nextInt(4) != 0) {
        name.append(' ').append(TRADES[random.nextInt(TRADES.length)]);
      }
      if (random.nextInt(3) != 0) {
        name.append(' ').append(SUFFIXES[random.nextInt(SUFFIXES.length)]);
      }
      if (random.nextInt(10) == 0) {
        name.append(' ').append(1 + random.nextInt(99));
      }
      String text = name.toString();
      if (keys.add(text.toLowerCase(Locale.ROOT))) {
        names.add(text);
      }
    }
    return names;
  }

  private static void measure(int size, int queriesPerKind) {
    System.out.printf(Locale.ROOT, "%n== %,d organizations ==%n", size);
    List<String> names = names(size, 42);

    // Orgs only: straight through the store, no links, no events.
    long emptyOnly = usedHeap();
    loadBare(names, size, emptyOnly);
    loadFull(names, size, queriesPerKind);
  }


  // (split out so that the bare storage is unreachable afterwards)
  private static void loadBare(List<String> names, int size, long emptyOnly) {
    InMemoryStorage bare = new InMemoryStorage();
    NamingPolicy naming = NamingPolicy.defaults();
    Instant now = Instant.now();
    long t0 = System.nanoTime();
    for (int from = 0; from < size; from += 1000) {
      List<NamedOrganization> batch = new ArrayList<>();
      for (String raw : names.subList(from, Math.min(size, from + 1000))) {
        var name = naming.check(raw);
        batch.add(new NamedOrganization(new ConsumerOrganization(ConsumerOrganizationId.of(UUID.randomUUID()
            .toString()), PROVIDER, name.value(), 1, now, now), name));
      }
      bare.transactions().inTransaction(PROVIDER, TransactionMode.READ_WRITE,
          () -> bare.organizations().insertAll(batch));
    }
    long bareNanos = System.nanoTime() - t0;
    long bareBytes = usedHeap() - emptyOnly;
    System.out.printf(Locale.ROOT, "orgs only:              %,8.0f bytes/org   (store insertAll: %,.0f orgs/s)%n",
        (double) bareBytes / size, size / (bareNanos / 1e9));
    java.lang.ref.Reference.reachabilityFence(bare);
  }

  private static void loadFull(List<String> names, int size, int queriesPerKind) {
    // Orgs, each with one open link and its two events: the benchmark's load.
    InMemoryStorage storage = new InMemoryStorage();
    long t0;
    ConsumerOrgs sdk = ConsumerOrgs.builder(storage).build();
    sdk.providers().register(ACTOR, "Scale");
    sdk.shares().register(ACTOR, ALL, "All");
    sdk.shares().register(ACTOR, MOST, "Most");
    long empty = usedHeap();
    List<ConsumerOrganizationId> ids = new ArrayList<>(size);
    t0 = System.nanoTime();
    for (int from = 0; from < size; from += 1000) {
      AddConsumersRequest.Builder batch = AddConsumersRequest.builder();
      names.subList(from, Math.min(size, from + 1000)).forEach(batch::newOrganization);
      for (AddConsumersResult.EntryOutcome outcome : sdk.shares().addConsumers(ACTOR, ALL, batch.build()).outcomes()) {
        ids.add(outcome.organization().id());
      }
    }
    long loadNanos = System.nanoTime() - t0;
    long full = usedHeap() - empty;
    System.out.printf(Locale.ROOT, "orgs + link + 2 events: %,8.0f bytes/org   (addConsumers x1000: %,.0f orgs/s)%n",
        (double) full / size, size / (loadNanos / 1e9));

    // 90% of the organizations also consume a second share: exclusion that leaves a tenth.
    t0 = System.nanoTime();
    int added = 0;
    for (int from = 0; from < size; from += 1000) {
      AddConsumersRequest.Builder batch = AddConsumersRequest.builder();
      for (int i = from; i < Math.min(size, from + 1000); i++) {
        if (i % 10 != 0) {
          batch.existing(ids.get(i));
          added++;
        }
      }
      sdk.shares().addConsumers(ACTOR, MOST, batch.build());
    }
    System.out.printf(Locale.ROOT, "add existing x<=1000 to a share: %,.0f links/s%n",
        added / ((System.nanoTime() - t0) / 1e9));

    Map<String, Supplier<String>> kinds = queryKinds(names, new Random(7));
    System.out.printf(Locale.ROOT, "%-12s %-9s %9s %9s %9s %9s  %5s   cpu %9s %9s %9s  (µs, %d queries; cpu: this"
        + " thread's CPU time, which a loaded machine's waits leave out)%n", "query", "exclude", "p50", "p95", "p99",
        "max", "hits", "p50", "p95", "p99", queriesPerKind);
    for (Map.Entry<String, Supplier<String>> kind : kinds.entrySet()) {
      for (String exclusion : List.of("none", "all", "most")) {
        searchLatency(sdk, kind.getKey(), kind.getValue(), exclusion, queriesPerKind);
      }
    }

    writes(sdk, ids, names, size);
    java.lang.ref.Reference.reachabilityFence(storage);
  }

  private static Map<String, Supplier<String>> queryKinds(List<String> names, Random random) {
    Map<String, Supplier<String>> kinds = new LinkedHashMap<>();
    Supplier<String> name = () -> names.get(random.nextInt(names.size())).toLowerCase(Locale.ROOT);
    kinds.put("prefix1-2", () -> cut(name.get(), 0, 1 + random.nextInt(2)));
    kinds.put("prefix3-8", () -> cut(name.get(), 0, 3 + random.nextInt(6)));
    kinds.put("word2-6", () -> {
      while (true) {
        String[] words = name.get().split(" ");
        if (words.length > 1) {
          return cut(words[1 + random.nextInt(words.length - 1)], 0, 2 + random.nextInt(5));
        }
      }
    });
    kinds.put("inside3-6", () -> {
      while (true) {
        String[] words = name.get().split(" ");
        String word = words[random.nextInt(words.length)];
        if (word.length() >= 5) {
          int from = 1 + random.nextInt(word.length() - 4);
          return cut(word, from, from + 3 + random.nextInt(4));
        }
      }
    });
    kinds.put("miss", () -> {
      StringBuilder text = new StringBuilder();
      for (int i = 0, n = 4 + random.nextInt(4); i < n; i++) {
        text.append("qxzjwkv".charAt(random.nextInt(7)));
      }
      return text.toString();
    });
    return kinds;
  }

  private static String cut(String text, int from, int to) {
    return text.substring(from, Math.min(text.length(), to)).strip();
  }

  private static void searchLatency(
      ConsumerOrgs sdk, String kind, Supplier<String> texts, String exclusion, int count) {
    int warmup = Math.max(20, count / 4);
    long[] nanos = new long[count];
    long[] cpu = new long[count];
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long hits = 0;
    for (int i = -warmup; i < count; i++) {
      String text = texts.get();
      if (text.isEmpty()) {
        text = "a";
      }
      SearchRequest request = switch (exclusion) {
        case "all" -> SearchRequest.of(text).excludingConsumersOf(ALL);
        case "most" -> SearchRequest.of(text).excludingConsumersOf(MOST);
        default -> SearchRequest.of(text);
      };
      long startCpu = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      int found = sdk.organizations().search(ACTOR, request).size();
      long took = System.nanoTime() - start;
      long tookCpu = threads.getCurrentThreadCpuTime() - startCpu;
      if (i >= 0) {
        nanos[i] = took;
        cpu[i] = tookCpu;
        hits += found;
      }
    }
    Arrays.sort(nanos);
    Arrays.sort(cpu);
    System.out.printf(Locale.ROOT, "%-12s %-9s %9.1f %9.1f %9.1f %9.1f  %5.1f   cpu %9.1f %9.1f %9.1f%n", kind,
        exclusion, nanos[count / 2] / 1e3, nanos[(int) (count * 0.95)] / 1e3, nanos[(int) (count * 0.99)] / 1e3,
        nanos[count - 1] / 1e3, (double) hits / count, cpu[count / 2] / 1e3, cpu[(int) (count * 0.95)] / 1e3,
        cpu[(int) (count * 0.99)] / 1e3);
  }

  private static void writes(ConsumerOrgs sdk, List<ConsumerOrganizationId> ids, List<String> names, int size) {
    int count = 5000;
    List<String> fresh = names(size + count, 43).subList(0, count);
    Random random = new Random(11);
    List<ConsumerOrganization> created = new ArrayList<>(count);
    long t0 = System.nanoTime();
    for (String name : fresh) {
      try {
        created.add(sdk.organizations().create(ACTOR, "New " + name));
      } catch (RuntimeException e) {
        // a clash with a loaded name: not counted
      }
    }
    double createRate = created.size() / ((System.nanoTime() - t0) / 1e9);
    t0 = System.nanoTime();
    for (ConsumerOrganization org : created) {
      sdk.organizations().rename(ACTOR, org.id(), org.version(), org.name() + " Renamed");
    }
    double renameRate = created.size() / ((System.nanoTime() - t0) / 1e9);
    ShareId single = ShareId.of("single");
    sdk.shares().register(ACTOR, single, "Single");
    t0 = System.nanoTime();
    for (int i = 0; i < count; i++) {
      sdk.shares().addConsumers(ACTOR, single,
          AddConsumersRequest.builder().existing(ids.get(random.nextInt(ids.size()))).build());
    }
    double addRate = count / ((System.nanoTime() - t0) / 1e9);
    System.out.printf(Locale.ROOT, "writes/s: create %,.0f  rename %,.0f  add one existing to a share %,.0f%n",
        createRate, renameRate, addRate);
  }

  private static long usedHeap() {
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
