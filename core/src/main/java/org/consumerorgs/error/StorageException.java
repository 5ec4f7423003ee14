package org.consumerorgs.error;

import static java.util.Objects.requireNonNull;

/**
 * The store failed in a way that is not a rule of the domain: a lost connection, a missing table, a deadlock. Adapters
 * translate their own failures (such as {@code SQLException}) into this, so that none of them leaks to the host.
 *
 * <p>Its {@link #code()} is one of the {@code STORAGE_} codes of {@link ErrorCode}, and it decides the rest:
 * {@link #outcome()} says whether the call may have saved anything, {@link #isRetryable()} whether the same call may
 * succeed if made again. The SDK already retried a retryable failure ({@code ConsumerOrgs.Builder.attempts}) before
 * throwing it.
 *
 * <table>
 *   <caption>Storage codes</caption>
 *   <tr><th>Code</th><th>{@link #outcome()}</th><th>{@link #isRetryable()}</th></tr>
 *   <tr><td>{@link ErrorCode#STORAGE_CONFLICT}</td><td>{@link WriteOutcome#NOT_APPLIED}</td><td>yes</td></tr>
 *   <tr><td>{@link ErrorCode#STORAGE_UNAVAILABLE}</td><td>{@link WriteOutcome#NOT_APPLIED}</td><td>yes</td></tr>
 *   <tr><td>{@link ErrorCode#STORAGE_OUTCOME_UNKNOWN}</td><td>{@link WriteOutcome#UNKNOWN}</td><td>no: read
 *     first</td></tr>
 *   <tr><td>{@link ErrorCode#STORAGE_HOST_TRANSACTION_LOST}</td><td>{@link WriteOutcome#NOT_APPLIED}</td><td>no: the
 *     host retries its own transaction</td></tr>
 *   <tr><td>{@link ErrorCode#STORAGE_FAILURE}</td><td>{@link WriteOutcome#NOT_APPLIED}</td><td>no</td></tr>
 * </table>
 */
public final class StorageException extends ConsumerOrgsException {
  /**
   * A failure of one of the {@code STORAGE_} kinds.
   *
   * @param code a {@code STORAGE_} code
   * @param message what failed, in words a host can log and show
   * @param cause the adapter's own failure
   * @throws IllegalArgumentException if {@code code} is not a storage code
   */
  public StorageException(ErrorCode code, String message, Throwable cause) {
    super(storageCode(code), message, cause);
  }

  /**
   * The short form for adapters that only tell conflicts from the rest: a retryable failure is a
   * {@link ErrorCode#STORAGE_CONFLICT}, any other a {@link ErrorCode#STORAGE_FAILURE}; nothing was applied in either.
   *
   * @param message what failed, in words a host can log and show
   * @param cause the adapter's own failure
   * @param retryable whether the same call may succeed if made again
   */
  public StorageException(String message, Throwable cause, boolean retryable) {
    this(retryable ? ErrorCode.STORAGE_CONFLICT : ErrorCode.STORAGE_FAILURE, message, cause);
  }

  /**
   * Whether the same call may succeed if made again: a conflict, or a database that could not be reached.
   *
   * @return whether to retry
   */
  public boolean isRetryable() {
    return code() == ErrorCode.STORAGE_CONFLICT || code() == ErrorCode.STORAGE_UNAVAILABLE;
  }

  /**
   * Whether the call may have saved its change: only a commit whose answer was lost leaves that unknown.
   *
   * @return {@link WriteOutcome#UNKNOWN} for a lost commit, otherwise {@link WriteOutcome#NOT_APPLIED}
   */
  public WriteOutcome outcome() {
    return code() == ErrorCode.STORAGE_OUTCOME_UNKNOWN ? WriteOutcome.UNKNOWN : WriteOutcome.NOT_APPLIED;
  }

  private static ErrorCode storageCode(ErrorCode code) {
    if (!requireNonNull(code, "code").isStorage()) {
      throw new IllegalArgumentException(code + " is not a storage code");
    }
    return code;
  }
}
