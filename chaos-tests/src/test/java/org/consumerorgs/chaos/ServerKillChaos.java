package org.consumerorgs.chaos;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The workload against a server of the suite's own that {@link ServerKiller} kills with SIGKILL and restarts twice,
 * for {@code -Dchaos.kill.seconds} (default {@value #DEFAULT_SECONDS}); then every invariant, on the restarted server.
 */
abstract class ServerKillChaos {
  private static final long DEFAULT_SECONDS = 25;

  abstract OwnServerKind server();

  abstract String scenario();

  abstract long defaultSeed();

  @Test
  void everyInvariantHoldsWhenTheServerIsKilledAndRestarted() throws Exception {
    Prerequisites.require(server().unavailable());
    try (OwnServer server = server().newServer(server().killPort)) {
      server.create();
      ChaosRun.Settings settings = new ChaosRun.Settings(scenario(), server().dialect, server.jdbcUrl(), server.jdbcUrl(),
          server.user(), Duration.ofSeconds(Long.getLong("chaos.kill.seconds", DEFAULT_SECONDS)),
          Prerequisites.seed(defaultSeed()));
      Map<String, List<String>> violations = ChaosRun.run(settings, new ServerKiller(server, settings.seed()));
      assertTrue(violations.values().stream().allMatch(List::isEmpty), () -> ChaosRun.verdict(settings, violations));
    }
  }
}
