package org.consumerorgs.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Kills the suite's own server with SIGKILL twice during the run, at seeded moments in its first and second half, and
 * restarts it on the same data directory after a seeded pause of 0.3 to 1.5 s; the workload keeps calling throughout.
 */
final class ServerKiller implements Fault {
  private final OwnServer server;
  private final Random random;
  private final List<String> timeline = new ArrayList<>();
  private volatile Throwable failure;
  private Thread thread;
  private long startedAt;

  ServerKiller(OwnServer server, long seed) {
    this.server = server;
    this.random = new Random(seed);
  }

  @Override
  public void start(Duration runTime) {
    long run = runTime.toMillis();
    long firstKill = (long) (run * (0.15 + 0.2 * random.nextDouble()));
    long secondKill = (long) (run * (0.55 + 0.2 * random.nextDouble()));
    List<Long> kills = List.of(firstKill, secondKill);
    List<Long> pauses = List.of(300L + random.nextInt(1200), 300L + random.nextInt(1200));
    startedAt = System.nanoTime();
    thread = new Thread(() -> {
      try {
        for (int i = 0; i < kills.size(); i++) {
          sleepUntil(kills.get(i));
          server.kill();
          note("killed");
          Thread.sleep(pauses.get(i));
          server.start();
          note("restarted");
        }
      } catch (Throwable e) {
        failure = e;
      }
    }, "chaos-killer");
    thread.setDaemon(true);
    thread.start();
  }

  private void sleepUntil(long millisIntoRun) throws InterruptedException {
    long wait = millisIntoRun - elapsedMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
  }

  private void note(String what) {
    synchronized (timeline) {
      timeline.add(what + " at " + String.format("%.1f s", elapsedMillis() / 1000.0));
    }
  }

  private long elapsedMillis() {
    return (System.nanoTime() - startedAt) / 1_000_000;
  }

  /** Waits for the schedule to end (the server is up again then); fails if a kill or a restart failed. */
  @Override
  public void stop() {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (failure != null) {
      throw new IllegalStateException("killing or restarting the suite's own server failed:\n" + server.logTail(),
          failure);
    }
  }

  @Override
  public String summary() {
    synchronized (timeline) {
      return "server " + String.join(", ", timeline);
    }
  }
}
