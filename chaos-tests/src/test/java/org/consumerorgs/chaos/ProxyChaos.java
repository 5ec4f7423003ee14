package org.consumerorgs.chaos;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The workload through {@link ChaosProxy} in front of the project's shared test server while {@link ConnectionCutter}
 * cuts connections, for {@code -Dchaos.proxy.seconds} (default {@value #DEFAULT_SECONDS}); then every invariant.
 */
abstract class ProxyChaos {
  private static final long DEFAULT_SECONDS = 25;

  abstract SharedServer server();

  abstract String scenario();

  abstract long defaultSeed();

  @Test
  void everyInvariantHoldsWhileConnectionsAreCut() throws Exception {
    SharedServer server = server();
    Prerequisites.require(server.unavailable());
    server.create();
    try (server; ChaosProxy proxy = new ChaosProxy(server.host(), server.port())) {
      ChaosRun.Settings settings = new ChaosRun.Settings(scenario(), server.dialect,
          server.url(Optional.of(proxy.port())), server.url(Optional.empty()), server.user,
          Duration.ofSeconds(Long.getLong("chaos.proxy.seconds", DEFAULT_SECONDS)),
          Prerequisites.seed(defaultSeed()));
      Map<String, List<String>> violations = ChaosRun.run(settings, new ConnectionCutter(proxy, settings.seed()));
      assertTrue(violations.values().stream().allMatch(List::isEmpty), () -> ChaosRun.verdict(settings, violations));
    }
  }
}
