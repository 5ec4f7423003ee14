package org.consumerorgs.chaos;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Cuts the proxy's connections at random moments: every 20 to 300 ms, all of them (one time in four) or each with
 * even odds. The pauses and victims come from the run's seed; where they land in the pools' traffic depends on timing.
 */
final class ConnectionCutter implements Fault {
  private static final int MIN_PAUSE_MS = 20;
  private static final int MAX_PAUSE_MS = 300;

  private final ChaosProxy proxy;
  private final Random random;
  private final AtomicInteger rounds = new AtomicInteger();
  private final AtomicInteger roundsCuttingAll = new AtomicInteger();
  private volatile boolean running;
  private Thread thread;

  ConnectionCutter(ChaosProxy proxy, long seed) {
    this.proxy = proxy;
    this.random = new Random(seed);
  }

  @Override
  public void start(Duration runTime) {
    running = true;
    thread = new Thread(this::cutUntilStopped, "chaos-cutter");
    thread.setDaemon(true);
    thread.start();
  }

  private void cutUntilStopped() {
    while (running) {
      try {
        Thread.sleep(MIN_PAUSE_MS + random.nextInt(MAX_PAUSE_MS - MIN_PAUSE_MS + 1));
      } catch (InterruptedException e) {
        return;
      }
      rounds.incrementAndGet();
      if (random.nextInt(4) == 0) {
        roundsCuttingAll.incrementAndGet();
        proxy.cutAll();
      } else {
        proxy.cutSome(random, 0.5);
      }
    }
  }

  @Override
  public void stop() {
    running = false;
    thread.interrupt();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String summary() {
    return proxy.connectionsCut() + " of " + proxy.connectionsAccepted() + " connections cut in " + rounds.get()
        + " rounds (" + roundsCuttingAll.get() + " cutting all)";
  }
}
