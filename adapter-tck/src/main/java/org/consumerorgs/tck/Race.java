package org.consumerorgs.tck;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.opentest4j.AssertionFailedError;

/**
 * Runs one task on many threads at once, bounded in time: a hung thread or a deadlock fails the test, it never blocks
 * the build. All threads are started, wait until every one of them is ready, and are then released together; they can
 * keep in step between rounds with a {@link Lockstep}. The first thread that fails ends the race at once: the others
 * are interrupted (so none waits for a lockstep that can no longer fill), and the test reports that thread's failure,
 * not a timeout.
 */
final class Race {
  /** Threads per race: enough to make every interleaving likely, few enough for a database's connection pool. */
  static final int THREADS = 16;

  private final Duration timeout;
  private final List<Lockstep> locksteps = new CopyOnWriteArrayList<>();
  private final List<Thread> threads = new CopyOnWriteArrayList<>();

  /** @param timeout the longest any wait may take: for the start, for a round, and for the whole race */
  Race(Duration timeout) {
    this.timeout = timeout;
  }

  /** A barrier for {@code parties} threads of this race, to start every round together. */
  Lockstep lockstep(int parties) {
    return lockstep(parties, () -> {});
  }

  /** A barrier for {@code parties} threads; {@code betweenRounds} runs once each time all of them have arrived. */
  Lockstep lockstep(int parties, Runnable betweenRounds) {
    Lockstep lockstep = new Lockstep(new CyclicBarrier(parties, betweenRounds));
    locksteps.add(lockstep);
    return lockstep;
  }

  /**
   * Runs {@code task} on {@code count} threads released together, and returns their results in thread order.
   *
   * @throws AssertionFailedError if a thread threw (the first real cause is attached), or if the race did not end
   *     within the timeout (with the stuck threads' stacks)
   */
  <T> List<T> run(int count, Task<T> task) throws InterruptedException {
    AtomicInteger numbers = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(count, runnable -> {
      Thread thread = new Thread(runnable, "contract-race-" + numbers.getAndIncrement());
      thread.setDaemon(true);
      threads.add(thread);
      return thread;
    });
    CompletionService<Finished<T>> finishing = new ExecutorCompletionService<>(pool);
    CountDownLatch ready = new CountDownLatch(count);
    CountDownLatch go = new CountDownLatch(1);
    try {
      for (int i = 0; i < count; i++) {
        int thread = i;
        finishing.submit(() -> {
          ready.countDown();
          if (!go.await(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            throw new TimeoutException("the start signal did not come within " + timeout);
          }
          try {
            return new Finished<>(thread, task.run(thread), null);
          } catch (Exception | AssertionError e) {
            return new Finished<>(thread, null, e);
          }
        });
      }
      if (!ready.await(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        fail("only " + (count - ready.getCount()) + " of " + count + " threads started within " + timeout);
      }
      go.countDown();
      return collect(finishing, count);
    } finally {
      // Interrupts whatever still runs: a thread waiting for a lockstep, or arriving at one later, stops at once.
      pool.shutdownNow();
      if (!pool.awaitTermination(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        // Reported, not thrown: an exception from here would hide the test's own failure.
        System.err.println("Race threads still running " + timeout + " after being interrupted:\n" + stacks());
      }
    }
  }

  /** Results in thread order; the first thread to fail fails the race at once, with its own exception as cause. */
  private <T> List<T> collect(CompletionService<Finished<T>> finishing, int count) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<T> results = new ArrayList<>(Collections.nCopies(count, null));
    for (int done = 0; done < count; done++) {
      Future<Finished<T>> next = finishing.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (next == null) {
        breakLocksteps();
        throw new AssertionFailedError("The race did not end within " + timeout
            + " (a deadlock, a lost wake-up, or a store far slower than expected). Threads still running:\n"
            + stacks());
      }
      Finished<T> finished;
      try {
        finished = next.get();
      } catch (ExecutionException e) {
        throw new AssertionFailedError("A thread of the race could not start: " + e.getCause(), e.getCause());
      }
      if (finished.failure() != null) {
        breakLocksteps();
        throw new AssertionFailedError("Thread " + finished.thread() + " of the race failed: " + finished.failure(),
            finished.failure());
      }
      results.set(finished.thread(), finished.result());
    }
    return results;
  }

  private record Finished<T>(int thread, T result, Throwable failure) {}

  private void breakLocksteps() {
    locksteps.forEach(lockstep -> lockstep.barrier.reset());
  }

  private String stacks() {
    StringBuilder text = new StringBuilder();
    for (Thread thread : threads) {
      if (thread.isAlive()) {
        text.append(thread.getName()).append(" (").append(thread.getState()).append(")\n");
        StackTraceElement[] frames = thread.getStackTrace();
        for (int i = 0; i < Math.min(frames.length, 12); i++) {
          text.append("    at ").append(frames[i]).append('\n');
        }
      }
    }
    return text.toString();
  }

  /** What each racing thread does; {@code thread} numbers them from 0. */
  @FunctionalInterface
  interface Task<T> {
    T run(int thread) throws Exception;
  }

  /** A barrier that keeps racing threads in step between rounds, with the race's timeout on every wait. */
  final class Lockstep {
    private final CyclicBarrier barrier;

    private Lockstep(CyclicBarrier barrier) {
      this.barrier = barrier;
    }

    /** Waits until every party has arrived; throws if that takes longer than the timeout or a party failed. */
    void await() throws InterruptedException, BrokenBarrierException, TimeoutException {
      barrier.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }
  }
}
