package org.consumerorgs.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Optional;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.MatchKind;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.SearchHit;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.error.DuplicateNameException;
import org.consumerorgs.inmemory.InMemoryStorage;

/**
 * The organizations that search and list run against: the first n {@link CompanyNames} in one provider. Batch k of
 * {@value #BATCH} goes to share {@code share-(k mod 10)}, so each share has a tenth of the organizations and
 * {@code excludingConsumersOf(share-0)} leaves a tenth out.
 *
 * <p>In memory, and on PostgreSQL up to {@value #SDK_PATH_LIMIT} organizations, they are loaded through the SDK's
 * batch path ({@code shares().addConsumers} with {@value #BATCH} new organizations a call: organizations, links and
 * events, as a host creates them). Larger PostgreSQL datasets use the benchmark's {@link BulkLoad} (COPY of the same
 * rows): the SDK's path writes a few hundred to a few thousand organizations a second there, which would make a
 * million take longer than the whole run may.
 *
 * <p>On PostgreSQL each size has its own tables ({@code s10000_}, {@code s100000_}, ...) in the benchmark's schema:
 * the trigram index is not keyed by provider, so one table holding every size would make the small provider's
 * searches read the large one's index entries, and a dataset kept for the next run must stay at its size. A marker
 * row names the generator, the DDL and the path a dataset was loaded with; when one of them changes, the dataset is
 * loaded again.
 */
final class SearchDataset {
  static final ProviderId PROVIDER = ProviderId.of("bench-provider");
  static final Actor ACTOR = Actor.ofProvider(PROVIDER, "bench@bench-provider");
  static final int SHARES = 10;
  static final ShareId EXCLUDED = share(0);
  /** Organizations per addConsumers call: small enough that even 10^3 organizations fill every share. */
  static final int BATCH = 100;
  static final int SDK_PATH_LIMIT = 10_000;

  private SearchDataset() {}

  static ShareId share(int i) {
    return ShareId.of("share-" + i);
  }

  static String prefix(int size) {
    return "s" + size + "_";
  }

  /** Adds the names from {@code from} on to an in-memory SDK, through the SDK's batch path. */
  static void growInMemory(ConsumerOrgs sdk, List<String> names, int from) {
    long started = System.nanoTime();
    load(sdk, names, from, Optional.empty());
    Log.info("in memory: %,d organizations added through addConsumers in %.1f s (now %,d)", names.size() - from,
        (System.nanoTime() - started) / 1e9, names.size());
  }

  static ConsumerOrgs emptyInMemory() {
    return ConsumerOrgs.builder(new InMemoryStorage()).build();
  }

  /** Makes sure the PostgreSQL dataset of {@code names.size()} organizations is loaded, analyzed and marked. */
  static void ensurePostgres(HikariDataSource pool, List<String> names) {
    int size = names.size();
    String prefix = prefix(size);
    boolean bulk = size > SDK_PATH_LIMIT;
    String generator = CompanyNames.GENERATOR + " batch " + BATCH + " " + Postgres.ddlFingerprint()
        + (bulk ? " copy" : " sdk");
    Optional<Postgres.Marker> marker = Postgres.marker(pool, prefix);
    if (marker.isPresent() && marker.get().complete() && marker.get().loaded() == size
        && marker.get().generator().equals(generator)) {
      return;
    }
    boolean resumable = !bulk && marker.isPresent() && marker.get().generator().equals(generator);
    if (!resumable) {
      Postgres.dropTables(pool, prefix);
    }
    Postgres.install(pool, prefix);
    ConsumerOrgs sdk = ConsumerOrgs.builder(Postgres.storage(pool, prefix)).build();
    long have = Postgres.count(pool, "SELECT count(*) FROM " + prefix + "organization WHERE provider_id = ?",
        PROVIDER.value());
    if (have > size || have % BATCH != 0) {
      Log.info("PostgreSQL %s: %,d organizations do not continue the sequence; loading again", prefix, have);
      Postgres.dropTables(pool, prefix);
      Postgres.install(pool, prefix);
      sdk = ConsumerOrgs.builder(Postgres.storage(pool, prefix)).build();
      have = 0;
    }
    Postgres.mark(pool, prefix, generator, have, false);
    long started = System.nanoTime();
    if (bulk) {
      registerProvider(sdk);
      BulkLoad.searchDataset(pool, prefix, PROVIDER, ACTOR.id(), names, BATCH, SHARES);
    } else {
      load(sdk, names, (int) have, Optional.of(new AutoAnalyze(pool, prefix, have)));
      double seconds = (System.nanoTime() - started) / 1e9;
      Log.info("PostgreSQL %s: %,d organizations loaded through addConsumers in %.1f s (%,.0f a second)", prefix,
          size - have, seconds, (size - have) / Math.max(seconds, 1e-9));
    }
    started = System.nanoTime();
    Postgres.vacuumAnalyze(pool, prefix);
    Log.info("PostgreSQL %s: VACUUM ANALYZE in %.1f s", prefix, (System.nanoTime() - started) / 1e9);
    verify(sdk, names);
    Postgres.mark(pool, prefix, generator, size, true);
  }

  /**
   * Checks a loaded dataset through the SDK: an exact name is found first, a loaded name cannot be created again
   * (the stored uniqueness hash is the SDK's), and the event log reads back.
   */
  static void verify(ConsumerOrgs sdk, List<String> names) {
    String name = names.get(names.size() / 2);
    List<SearchHit> hits = sdk.organizations().search(ACTOR, SearchRequest.of(name));
    if (hits.isEmpty() || hits.get(0).match() != MatchKind.EXACT || !hits.get(0).organization().name().equals(name)) {
      throw new IllegalStateException("the loaded dataset does not find \"" + name + "\" as an exact match: " + hits);
    }
    try {
      sdk.organizations().create(ACTOR, names.get(names.size() / 3).toUpperCase(java.util.Locale.ROOT));
      throw new IllegalStateException("the loaded dataset let a loaded name be created again");
    } catch (DuplicateNameException expected) {
      // the uniqueness key of the stored row is the SDK's
    }
    if (sdk.events().read(ACTOR, 0, 5).size() != 5) {
      throw new IllegalStateException("the loaded dataset's event log does not read back");
    }
  }

  private static void registerProvider(ConsumerOrgs sdk) {
    if (sdk.providers().find(ACTOR).isEmpty()) {
      sdk.providers().register(ACTOR, "Benchmark Provider");
      for (int i = 0; i < SHARES; i++) {
        sdk.shares().register(ACTOR, share(i), "Share " + i);
      }
    }
  }

  private static void load(ConsumerOrgs sdk, List<String> names, int from, Optional<AutoAnalyze> analyze) {
    registerProvider(sdk);
    int reported = from;
    for (int start = from; start < names.size(); start += BATCH) {
      AddConsumersRequest.Builder batch = AddConsumersRequest.builder();
      int end = Math.min(names.size(), start + BATCH);
      for (int i = start; i < end; i++) {
        batch.newOrganization(names.get(i));
      }
      sdk.shares().addConsumers(ACTOR, share((start / BATCH) % SHARES), batch.build());
      int added = end - start;
      analyze.ifPresent(a -> a.inserted(added));
      if (end - reported >= 100_000) {
        reported = end;
        Log.info("  ... %,d of %,d", reported, names.size());
      }
    }
  }

  /**
   * ANALYZE where autovacuum's defaults would have run it (50 rows plus a tenth of the table changed): autovacuum is
   * off on the project's server, and without fresh statistics the adapter's cached plans for a table that was empty
   * when first planned keep scanning it whole, and loading slows down with every batch.
   */
  private static final class AutoAnalyze {
    private final HikariDataSource pool;
    private final String prefix;
    private long atLastAnalyze;
    private long rows;

    AutoAnalyze(HikariDataSource pool, String prefix, long rows) {
      this.pool = pool;
      this.prefix = prefix;
      this.rows = rows;
      this.atLastAnalyze = rows;
    }

    void inserted(int count) {
      rows += count;
      if (rows - atLastAnalyze > 50 + atLastAnalyze / 10) {
        Postgres.execute(pool, "ANALYZE " + prefix + "organization", "ANALYZE " + prefix + "link",
            "ANALYZE " + prefix + "event");
        atLastAnalyze = rows;
      }
    }
  }
}
