package org.consumerorgs.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * The workload through {@link ChaosProxy} in front of a server of the suite's own while {@link ConnectionCutter}
 * cuts connections, for {@code -Dchaos.proxy.seconds} (default {@value #DEFAULT_SECONDS}); then every invariant. And
 * the plainest case of all: every pooled connection cut at once, then one call on each host instance.
 */
abstract class ProxyChaos {
  private static final long DEFAULT_SECONDS = 20;

  abstract OwnServerKind server();

  abstract String scenario();

  abstract long defaultSeed();

  private interface Body {
    void run(ChaosRun.Settings settings, ChaosProxy proxy) throws Exception;
  }

  @Test
  void everyInvariantHoldsWhileConnectionsAreCut() throws Exception {
    throughProxy(scenario(), (settings, proxy) -> {
      Map<String, List<String>> violations = ChaosRun.run(settings, new ConnectionCutter(proxy, settings.seed()));
      assertTrue(violations.values().stream().allMatch(List::isEmpty), () -> ChaosRun.verdict(settings, violations));
    });
  }

  /**
   * Nothing was sent on a connection that the pool hands out dead, so the SDK may safely try again: a host must not
   * see a failure for it. Each pool is filled, every connection is cut, and each host at once makes a write and a read.
   */
  @Test
  void aPoolWhoseConnectionsWereAllCutAnswersTheNextCall() throws Exception {
    throughProxy(scenario() + "-all-cut", (settings, proxy) -> {
      ChaosRun.setUp(settings, new Sightings());
      try (HostInstances hosts = new HostInstances(settings.dialect(), settings.hostsUrl(), settings.user(),
          ChaosRun.HOSTS)) {
        hosts.fillPools();
        int cut = proxy.cutAll();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < hosts.hosts().size(); i++) {
          ConsumerOrgs host = hosts.hosts().get(i);
          Actor actor = Actor.ofProvider(ChaosRun.PROVIDER, "after-the-cut-" + i);
          try {
            host.organizations().create(actor, "After the cut " + i);
            host.organizations().list(actor, PageRequest.first(10));
          } catch (RuntimeException e) {
            failures.add("host " + (i + 1) + ": " + CallLog.label(e) + ": " + e.getMessage());
          }
        }
        System.out.println("chaos " + settings.scenario() + ": " + cut + " pooled connections cut; failures: "
            + failures);
        assertEquals(List.of(), failures, "the first calls after every pooled connection was cut");
      }
    });
  }

  private void throughProxy(String scenario, Body body) throws Exception {
    Prerequisites.require(server().unavailable());
    try (OwnServer server = server().newServer(server().proxyPort)) {
      server.create();
      try (ChaosProxy proxy = new ChaosProxy("127.0.0.1", server.port)) {
        body.run(new ChaosRun.Settings(scenario, server().dialect, server.jdbcUrl(proxy.port()), server.jdbcUrl(),
            server.user(),
            Duration.ofSeconds(Long.getLong("chaos.proxy.seconds", DEFAULT_SECONDS)),
            Prerequisites.seed(defaultSeed())), proxy);
      }
    }
  }
}
