package org.consumerorgs.error;

/**
 * The store failed in a way that is not a rule of the domain: a lost connection, a missing table, a deadlock. Adapters
 * translate their own failures (such as {@code SQLException}) into this, so that none of them leaks to the host.
 * The SDK already retried a {@linkplain #isRetryable() retryable} failure a few times before throwing it.
 */
public class StorageException extends ConsumerOrgsException {
  private final boolean retryable;

  public StorageException(String message, Throwable cause, boolean retryable) {
    super(message, cause);
    this.retryable = retryable;
  }

  /** Whether the same call may succeed if made again (a serialization failure or deadlock, not a broken schema). */
  public boolean isRetryable() {
    return retryable;
  }
}
