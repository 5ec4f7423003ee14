package org.consumerorgs.spi;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;
import org.consumerorgs.domain.ProviderId;
import org.jspecify.annotations.Nullable;

/**
 * The transaction each thread has open, and the one rule for a call made while one is open: it joins it. An adapter's
 * {@link TransactionBoundary} keeps its transactions here, so that every adapter joins in the same way.
 *
 * <p>The rule, as {@link TransactionBoundary#inTransaction} promises it:
 * <ul>
 *   <li>A call made while a transaction is open on its thread runs inside that transaction ({@link #joins} says so):
 *     the adapter starts, commits and retries nothing of its own for it, so its writes commit or roll back with the
 *     transaction it joined, and when it fails the failure is the joined transaction's to handle.</li>
 *   <li>It may join only a transaction for the same provider, since one transaction acts for one provider; and it may
 *     write only if the transaction it joins may.</li>
 *   <li>A store is called only inside a transaction, and writes only inside one that may write
 *     ({@link #current}).</li>
 * </ul>
 * Breaking the rule is a defect of the caller, not of the data, so it is an {@link IllegalStateException}.
 *
 * <p>This holds no connection and does no I/O: {@code H} is whatever the adapter needs to reach its open transaction
 * (a connection, an undo log), and what it takes to start, commit or undo one is the adapter's own. Thread-safe:
 * each thread sees only its own transaction.
 *
 * @param <H> the adapter's handle on an open transaction
 */
public final class OpenTransactions<H> {
  private final ThreadLocal<@Nullable Open<H>> open = new ThreadLocal<>();

  /** An open transaction: the adapter's handle, the provider it acts for, and whether it may write. */
  private record Open<H>(H handle, ProviderId scope, TransactionMode mode) {}

  /** Creates a registry in which no thread has a transaction open yet. */
  public OpenTransactions() {}

  /**
   * Whether a call for {@code scope} in {@code mode} joins the transaction already open on this thread; if it does,
   * the adapter runs the call's work as it is, inside that transaction.
   *
   * @param scope the provider the call acts for
   * @param mode whether the call may write
   * @return {@code true} when a transaction is open on this thread, {@code false} when the call needs one of its own
   * @throws IllegalStateException if the open transaction acts for another provider, or is read-only and the call
   *     writes
   */
  public boolean joins(ProviderId scope, TransactionMode mode) {
    requireNonNull(scope, "scope");
    requireNonNull(mode, "mode");
    Open<H> current = open.get();
    if (current == null) {
      return false;
    }
    if (!current.scope().equals(scope)) {
      throw new IllegalStateException("a transaction for provider " + current.scope()
          + " is already open on this thread; one transaction acts for one provider");
    }
    requireWritable(current, mode);
    return true;
  }

  /**
   * Runs {@code work} with {@code handle} as this thread's open transaction, so that the calls and store calls it
   * makes join it, and ends that when the work returns or throws. Starting the transaction before and committing or
   * undoing it after is the adapter's.
   *
   * @param <T> what the work returns
   * @param handle the adapter's handle on the transaction it started
   * @param scope the provider the transaction acts for
   * @param mode whether it may write
   * @param work the use case
   * @return what the work returned
   * @throws IllegalStateException if a transaction is already open on this thread (join it instead)
   */
  public <T> T runAs(H handle, ProviderId scope, TransactionMode mode, Supplier<T> work) {
    Open<H> started = new Open<>(requireNonNull(handle, "handle"), requireNonNull(scope, "scope"),
        requireNonNull(mode, "mode"));
    requireNonNull(work, "work");
    if (open.get() != null) {
      throw new IllegalStateException("a transaction is already open on this thread; a call made inside it joins it");
    }
    open.set(started);
    try {
      return work.get();
    } finally {
      open.remove();
    }
  }

  /**
   * The transaction a store call runs in.
   *
   * @param needed {@link TransactionMode#READ_WRITE} for a store call that writes, {@link TransactionMode#READ_ONLY}
   *     for one that only reads
   * @return the adapter's handle on the transaction open on this thread
   * @throws IllegalStateException if no transaction is open on this thread, or it is read-only and the call writes
   */
  public H current(TransactionMode needed) {
    requireNonNull(needed, "needed");
    Open<H> current = open.get();
    if (current == null) {
      throw new IllegalStateException("stores must be called inside TransactionBoundary.inTransaction");
    }
    requireWritable(current, needed);
    return current.handle();
  }

  private static void requireWritable(Open<?> current, TransactionMode needed) {
    if (needed == TransactionMode.READ_WRITE && current.mode() == TransactionMode.READ_ONLY) {
      throw new IllegalStateException("cannot write inside a read-only transaction");
    }
  }
}
