package org.consumerorgs.chaos;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.jdbc.Dialect;
import org.consumerorgs.jdbc.JdbcSchema;
import org.consumerorgs.jdbc.JdbcStorage;

/**
 * One chaos scenario from end to end: install the schema, register the provider and three shares, run the workload
 * on {@value #THREADS} threads over {@value #HOSTS} host instances while the fault strikes, stop both, then read the
 * store on fresh connections, check every invariant and print the figures. Returns the violations by check.
 */
final class ChaosRun {
  static final int THREADS = 6;
  static final int HOSTS = 3;
  static final ProviderId PROVIDER = ProviderId.of("chaos-provider");
  static final String SETUP_ACTOR = "chaos-setup";

  /**
   * @param hostsUrl the URL the host instances use (through the proxy, or to the server that will be killed)
   * @param directUrl the URL of the same database without the proxy, for setup and checks
   */
  record Settings(String scenario, Dialect dialect, String hostsUrl, String directUrl, String user, Duration runTime,
      long seed) {}

  private ChaosRun() {}

  static Map<String, List<String>> run(Settings settings, Fault fault) throws Exception {
    System.out.println("chaos " + settings.scenario() + ": seed " + settings.seed() + ", " + settings.runTime()
        .toSeconds() + " s (replay with -Dchaos.seed=" + settings.seed() + ")");
    Sightings seen = new Sightings();
    setUp(settings, seen);
    CallLog log = new CallLog();
    try (HostInstances hosts = new HostInstances(settings.dialect(), settings.hostsUrl(), settings.user(), HOSTS)) {
      Workload workload = new Workload(hosts.hosts(), new Operations(PROVIDER, log, seen), settings.seed(), THREADS);
      workload.start();
      fault.start(settings.runTime());
      try {
        Thread.sleep(settings.runTime().toMillis());
      } finally {
        try {
          workload.stop();
        } finally {
          fault.stop();
        }
      }
    }
    try (HikariDataSource fresh = pool(settings, "chaos-checker")) {
      ConsumerOrgs checker = sdk(fresh, settings.dialect());
      StoreSnapshot store = StoreSnapshot.read(checker, fresh, HostInstances.TABLE_PREFIX, PROVIDER);
      Map<String, List<String>> violations = InvariantChecks.run(store, log.calls(), checker.policies().naming(),
          SETUP_ACTOR);
      Path callFile = Path.of("target", "chaos", settings.scenario() + "-calls.log");
      log.writeTo(callFile);
      System.out.println(ChaosReport.of(settings, fault, log, store, violations, callFile));
      return violations;
    }
  }

  /** Installs the schema and registers the provider and three shares, on a direct connection. */
  static void setUp(Settings settings, Sightings seen) {
    try (HikariDataSource direct = pool(settings, "chaos-setup")) {
      JdbcSchema.install(direct, HostInstances.TABLE_PREFIX);
      ConsumerOrgs setup = sdk(direct, settings.dialect());
      Actor actor = Actor.ofProvider(PROVIDER, SETUP_ACTOR);
      setup.providers().register(actor, "Chaos provider");
      for (int i = 0; i < 3; i++) {
        ShareId share = seen.newShareId();
        setup.shares().register(actor, share, "Chaos share " + share.value());
        seen.sawShare(share);
      }
    }
  }

  /** The message of a failed scenario: how many violations, and where the report is. */
  static String verdict(Settings settings, Map<String, List<String>> violations) {
    long total = violations.values().stream().mapToLong(List::size).sum();
    return total + " invariant violations in chaos " + settings.scenario() + " (seed " + settings.seed()
        + "; the report above lists them by check): " + violations.entrySet().stream()
        .filter(e -> !e.getValue().isEmpty()).map(e -> e.getKey() + " " + e.getValue().size()).toList();
  }

  private static HikariDataSource pool(Settings settings, String name) {
    return HostInstances.pool(settings.dialect(), settings.directUrl(), settings.user(), name, true);
  }

  private static ConsumerOrgs sdk(HikariDataSource pool, Dialect dialect) {
    return ConsumerOrgs.builder(JdbcStorage.builder(pool).dialect(dialect).tablePrefix(HostInstances.TABLE_PREFIX)
        .build()).build();
  }
}
