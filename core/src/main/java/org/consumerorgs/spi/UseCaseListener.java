package org.consumerorgs.spi;

import org.consumerorgs.error.StorageException;

/**
 * Observes the SDK's calls, for metrics or tracing: a host (or the Spring Boot starter, for Micrometer) passes one to
 * {@code ConsumerOrgs.Builder.listener}. The SDK tells it when each call of a {@link UseCase} starts, when an attempt
 * of its transaction failed in the store (and whether the SDK runs it again), and how the call ended. The listener
 * sees outcomes, never the data: no names, no ids.
 *
 * <p>It is called on the caller's thread, inside the call it observes, so it must be quick and thread-safe. It must
 * not throw; if it does, the SDK logs what it threw and goes on, so that observing a call never changes its result.
 * A call made by the SDK on behalf of another ({@code get} reads through {@code find}) is part of the outer call and
 * is not observed apart.
 */
public interface UseCaseListener {
  /**
   * The listener that observes nothing: the default.
   *
   * @return the no-op listener
   */
  static UseCaseListener none() {
    return NoListener.INSTANCE;
  }

  /**
   * A call starts: before anything is checked or read.
   *
   * @param useCase which call
   * @return the observation of this call, which the SDK tells how it goes and ends; one per call
   */
  Observation started(UseCase useCase);

  /** What happens to one call, told in order: any failed attempts, then exactly one of the two ends. */
  interface Observation {
    /**
     * One attempt of the call's transaction failed in the store.
     *
     * @param failure what the store threw; {@link StorageException#code()} tells a conflict from the rest
     * @param retrying whether the SDK runs the transaction again (the failure is retryable and attempts remain);
     *     when false, the call ends next with {@link #failed} of this same failure
     */
    void attemptFailed(StorageException failure, boolean retrying);

    /** The call returned normally. */
    void succeeded();

    /**
     * The call threw: a {@link org.consumerorgs.error.ConsumerOrgsException} (a refusal by a rule of the SDK, or a
     * {@link StorageException}), or an {@link IllegalArgumentException} or {@link NullPointerException} for an
     * argument no caller should pass.
     *
     * @param failure what the call threw to its caller
     */
    void failed(Throwable failure);
  }
}
