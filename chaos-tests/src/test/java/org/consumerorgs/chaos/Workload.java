package org.consumerorgs.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.consumerorgs.ConsumerOrgs;

/**
 * Several threads making random calls until stopped, spread over the host instances (thread {@code i} uses host
 * {@code i mod hosts}). Each thread's choices come from its own {@code Random}, seeded from the run's seed.
 */
final class Workload {
  private static final int HANG_SECONDS = 120;

  private final List<ConsumerOrgs> hosts;
  private final Operations operations;
  private final long seed;
  private final int threads;
  private final List<Thread> running = new ArrayList<>();
  private final List<Throwable> crashes = new CopyOnWriteArrayList<>();
  private volatile boolean stopped;

  Workload(List<ConsumerOrgs> hosts, Operations operations, long seed, int threads) {
    this.hosts = hosts;
    this.operations = operations;
    this.seed = seed;
    this.threads = threads;
  }

  void start() {
    for (int i = 0; i < threads; i++) {
      int thread = i;
      Random random = new Random(seed * 1_000_003L + thread);
      ConsumerOrgs sdk = hosts.get(thread % hosts.size());
      Thread worker = new Thread(() -> {
        while (!stopped) {
          operations.any(sdk, thread, random);
        }
      }, "chaos-worker-" + thread);
      worker.setUncaughtExceptionHandler((t, e) -> crashes.add(e));
      running.add(worker);
      worker.start();
    }
  }

  /**
   * Lets every thread finish the call it is in, then returns; fails if a thread died of something unexpected, or if a
   * call has not returned after {@value #HANG_SECONDS} s (a hang is a finding too, and must not stall the build).
   */
  void stop() throws InterruptedException {
    stopped = true;
    for (Thread worker : running) {
      worker.join(HANG_SECONDS * 1000L);
      if (worker.isAlive()) {
        AssertionError hang = new AssertionError(worker.getName() + " is stuck in a call of the SDK");
        hang.setStackTrace(worker.getStackTrace());
        throw hang;
      }
    }
    if (!crashes.isEmpty()) {
      AssertionError error = new AssertionError("a workload thread died: " + crashes.get(0), crashes.get(0));
      crashes.stream().skip(1).forEach(error::addSuppressed);
      throw error;
    }
  }
}
