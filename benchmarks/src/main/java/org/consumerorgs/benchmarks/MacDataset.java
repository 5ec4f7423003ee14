package org.consumerorgs.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.ChangeEvent;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.NormalizedName;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.inmemory.InMemoryStorage;
import org.consumerorgs.policy.NamingPolicy;
import org.consumerorgs.spi.Storage;
import org.consumerorgs.spi.TransactionMode;

/**
 * The Monthly Active Consumers history ({@link MacHistory}) in a store: on PostgreSQL by {@link BulkLoad} into tables
 * of its own ({@code mac100000_}), kept for later runs like the search datasets; in memory through the adapter's own
 * ports (organizations inserted, links opened and closed, events appended, in time order, 10,000 changes a
 * transaction), which is what the SDK's use cases call, without building a request per change.
 */
final class MacDataset {
  private static final Instant REGISTERED = Instant.parse("2023-12-01T00:00:00Z");
  private static final String GENERATOR = "mac-history-v1";

  private MacDataset() {}

  static String prefix() {
    return "mac" + BenchSettings.macOrganizations() + "_";
  }

  static MacHistory history() {
    return new MacHistory(BenchSettings.macOrganizations(), BenchSettings.macIntervals());
  }

  /** The provider and its shares, registered through the SDK on a clock set before the history starts. */
  private static void register(Storage storage) {
    ConsumerOrgs sdk = ConsumerOrgs.builder(storage).clock(Clock.fixed(REGISTERED, ZoneOffset.UTC)).build();
    sdk.providers().register(MacHistory.ACTOR, "Billing Provider");
    for (int i = 0; i < MacHistory.SHARES; i++) {
      sdk.shares().register(MacHistory.ACTOR, MacHistory.share(i), "Billing share " + i);
    }
  }

  static void ensurePostgres(HikariDataSource pool, MacHistory history) {
    String prefix = prefix();
    String generator = GENERATOR + " " + CompanyNames.GENERATOR + " " + Postgres.ddlFingerprint() + " "
        + history.intervals();
    Optional<Postgres.Marker> marker = Postgres.marker(pool, prefix);
    if (marker.isPresent() && marker.get().complete() && marker.get().generator().equals(generator)) {
      return;
    }
    Postgres.dropTables(pool, prefix);
    Postgres.install(pool, prefix);
    Postgres.mark(pool, prefix, generator, 0, false);
    register(Postgres.storage(pool, prefix));
    BulkLoad.macHistory(pool, prefix, history);
    long started = System.nanoTime();
    Postgres.vacuumAnalyze(pool, prefix);
    Log.info("PostgreSQL %s: VACUUM ANALYZE in %.1f s", prefix, (System.nanoTime() - started) / 1e9);
    Postgres.mark(pool, prefix, generator, history.names.size(), true);
  }

  static InMemoryStorage inMemory(MacHistory history) {
    long started = System.nanoTime();
    InMemoryStorage storage = new InMemoryStorage();
    register(storage);
    NamingPolicy naming = NamingPolicy.defaults();
    String actor = MacHistory.ACTOR.id();
    ConsumerOrganization[] orgs = new ConsumerOrganization[history.names.size()];
    long[] events = history.events();
    for (int from = 0; from < events.length; from += 10_000) {
      int start = from;
      storage.transactions().inTransaction(MacHistory.PROVIDER, TransactionMode.READ_WRITE, () -> {
        List<ChangeEvent> recorded = new ArrayList<>();
        for (int e = start; e < Math.min(events.length, start + 10_000); e++) {
          int i = MacHistory.index(events[e]);
          Instant at = MacHistory.at(MacHistory.second(events[e]));
          switch (MacHistory.kind(events[e])) {
            case MacHistory.CREATED -> {
              NormalizedName name = naming.check(history.names.get(i));
              orgs[i] = new ConsumerOrganization(history.organization(i), MacHistory.PROVIDER, name.value(), 1, at,
                  at);
              storage.organizations().insert(orgs[i], name);
              recorded.add(ChangeEvents.organizationCreated(actor, orgs[i]));
            }
            case MacHistory.OPENED -> {
              Link link = new Link(history.linkId(i), MacHistory.PROVIDER, MacHistory.share(history.shareOf[i]),
                  history.organization(history.organizationOf[i]), at, Optional.empty());
              if (storage.links().openAll(List.of(link)).size() != 1) {
                throw new IllegalStateException("the history opens a link that is open: " + link);
              }
              recorded.add(ChangeEvents.consumerAdded(actor, link));
            }
            case MacHistory.CLOSED -> {
              ShareId share = MacHistory.share(history.shareOf[i]);
              Link closed = storage.links().close(MacHistory.PROVIDER, share,
                  history.organization(history.organizationOf[i]), at).orElseThrow();
              recorded.add(ChangeEvents.consumerRemoved(actor, closed));
            }
            default -> throw new IllegalStateException("unknown event kind");
          }
        }
        storage.events().append(recorded);
        return null;
      });
    }
    Log.info("in memory: Monthly Active Consumers history of %,d organizations and %,d links loaded in %.1f s",
        orgs.length, history.intervals(), (System.nanoTime() - started) / 1e9);
    return storage;
  }
}
