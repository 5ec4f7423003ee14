package org.consumerorgs.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.consumerorgs.error.ConsumerOrgsException;
import org.consumerorgs.error.StorageException;

/**
 * Every call the workload made and how it ended. A call runs as an actor of its own ({@code chaos-<number>}), the id
 * every event it records carries, so the checks can find what each call left in the log.
 */
final class CallLog {
  static final String ACTOR_PREFIX = "chaos-";

  private final AtomicLong numbers = new AtomicLong();
  private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();

  /** A new call's number; its actor id is {@link #actorId}. */
  long next() {
    return numbers.incrementAndGet();
  }

  static String actorId(long number) {
    return ACTOR_PREFIX + number;
  }

  /**
   * Makes the call and logs how it ended; {@code call} returns what it did if it is acknowledged. Every runtime exception is logged, not thrown: one from outside the SDK's error package is a
   * failure this suite looks for ({@link OutcomeKind#FOREIGN}), and the workload goes on; so is an assertion or
   * linkage error thrown from below the SDK. Only the JVM's own failures (out of memory) end the run.
   */
  void record(long number, int thread, String what, Supplier<Acknowledged> call) {
    String actor = actorId(number);
    try {
      Acknowledged done = call.get();
      String detail = String.join("; ", done.events())
          + (done.alreadyLinked().isEmpty() ? "" : "; already linked " + done.alreadyLinked());
      calls.add(new Call(number, actor, thread, what, OutcomeKind.ACKNOWLEDGED, detail, Optional.of(done),
          Optional.empty()));
    } catch (StorageException e) {
      calls.add(new Call(number, actor, thread, what, StorageOutcomes.kindOf(e), describe(e), Optional.empty(),
          Optional.of(e)));
    } catch (ConsumerOrgsException e) {
      calls.add(new Call(number, actor, thread, what, OutcomeKind.REFUSED, describe(e), Optional.empty(), Optional.of(e)));
    } catch (RuntimeException | LinkageError | AssertionError e) {
      calls.add(new Call(number, actor, thread, what, OutcomeKind.FOREIGN, describe(e), Optional.empty(), Optional.of(e)));
    }
  }

  /** The calls in the order they were numbered. */
  List<Call> calls() {
    List<Call> sorted = new ArrayList<>(calls);
    sorted.sort(Comparator.comparingLong(Call::number));
    return sorted;
  }

  /** Calls by kind, and within each kind by exception class (and for storage failures by outcome and retryable). */
  Map<String, Long> figures() {
    Map<String, Long> figures = new TreeMap<>();
    for (Call call : calls) {
      figures.merge(call.kind().toString(), 1L, Long::sum);
      call.failure().ifPresent(f -> figures.merge(call.kind() + " " + label(f), 1L, Long::sum));
    }
    return figures;
  }

  void writeTo(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, calls().stream().map(Call::line).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The exception's class, with its error code if it is the SDK's (and a storage failure's outcome). */
  static String label(Throwable failure) {
    if (failure instanceof StorageException storage) {
      return "StorageException(" + storage.code() + ", outcome=" + storage.outcome() + ", retryable="
          + storage.isRetryable() + ")";
    }
    if (failure instanceof ConsumerOrgsException sdk) {
      return sdk.getClass().getSimpleName() + "(" + sdk.code() + ")";
    }
    return failure.getClass().getName();
  }

  private static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder(label(failure)).append(": ").append(failure.getMessage());
    for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      text.append(" <- ").append(cause.getClass().getName()).append(": ").append(cause.getMessage());
    }
    return text.toString().replace('\n', ' ');
  }
}
