package org.consumerorgs.spring.boot;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.consumerorgs.error.ConsumerOrgsException;
import org.consumerorgs.error.ErrorCode;
import org.consumerorgs.error.StorageException;
import org.consumerorgs.spi.UseCase;
import org.consumerorgs.spi.UseCaseListener;

/**
 * The SDK's calls in Micrometer, one set of meters per {@link UseCase} (tag {@code use_case}, such as
 * {@code organization_create}):
 *
 * <ul>
 *   <li>{@value #CALLS}: a timer of every call, tagged {@code outcome} ({@code success}; {@code refused}, a rule of the
 *       SDK said no; {@code storage_failure}, the store failed after the SDK's retries; {@code error}, an argument no
 *       caller should pass) and {@code code} (the {@link ErrorCode}, or {@code none});
 *   <li>{@value #RETRIES}: a counter of the attempts the SDK ran again after a retryable storage failure, tagged
 *       {@code code};
 *   <li>{@value #CONFLICTS}: a counter of the attempts the database stopped as a conflict
 *       ({@link ErrorCode#STORAGE_CONFLICT}: deadlock, serialization failure, lock timeout), retried or not.
 * </ul>
 *
 * <p>The tags hold no names or ids, so the number of series stays bounded whatever the data.
 */
public final class MicrometerUseCaseListener implements UseCaseListener {
  /** The timer of every call. */
  public static final String CALLS = "consumer.orgs.calls";
  /** The counter of retried attempts. */
  public static final String RETRIES = "consumer.orgs.retries";
  /** The counter of attempts stopped by a storage conflict. */
  public static final String CONFLICTS = "consumer.orgs.storage.conflicts";

  private static final String NONE = "none";

  private final MeterRegistry registry;
  /**
   * The success timer of each use case, by ordinal, looked up once: most calls succeed, and building a meter's id and
   * finding it in the registry cost more than the read the timer measures on a fast store. Filled as use cases first
   * succeed; two threads filling one slot find the same timer in the registry.
   */
  private final Timer[] successes = new Timer[UseCase.values().length];

  /**
   * Records in this registry.
   *
   * @param registry the application's meter registry
   */
  public MicrometerUseCaseListener(MeterRegistry registry) {
    this.registry = requireNonNull(registry, "registry");
  }

  @Override
  public Observation started(UseCase useCase) {
    return new Call(useCase, Timer.start(registry));
  }

  private Timer timer(UseCase useCase, String outcome, String code) {
    return Timer.builder(CALLS).description("Calls of the Consumer Organizations SDK, by use case and outcome")
        .tag("use_case", useCase.tagValue()).tag("outcome", outcome).tag("code", code).register(registry);
  }

  /** One call being timed. */
  private final class Call implements Observation {
    private final UseCase useCase;
    private final Timer.Sample sample;

    Call(UseCase useCase, Timer.Sample sample) {
      this.useCase = useCase;
      this.sample = sample;
    }

    @Override
    public void attemptFailed(StorageException failure, boolean retrying) {
      if (retrying) {
        Counter.builder(RETRIES).description("Attempts of SDK calls run again after a retryable storage failure")
            .tag("use_case", useCase.tagValue()).tag("code", failure.code().name()).register(registry).increment();
      }
      if (failure.code() == ErrorCode.STORAGE_CONFLICT) {
        Counter.builder(CONFLICTS).description("Attempts of SDK calls the database stopped as a conflict")
            .tag("use_case", useCase.tagValue()).register(registry).increment();
      }
    }

    @Override
    public void succeeded() {
      Timer success = successes[useCase.ordinal()];
      if (success == null) {
        success = timer(useCase, "success", NONE);
        successes[useCase.ordinal()] = success;
      }
      sample.stop(success);
    }

    @Override
    public void failed(Throwable failure) {
      if (failure instanceof StorageException storage) {
        stop("storage_failure", storage.code().name());
      } else if (failure instanceof ConsumerOrgsException refusal) {
        stop("refused", refusal.code().name());
      } else {
        stop("error", NONE);
      }
    }

    private void stop(String outcome, String code) {
      sample.stop(timer(useCase, outcome, code));
    }
  }
}
