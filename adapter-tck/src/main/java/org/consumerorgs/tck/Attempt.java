package org.consumerorgs.tck;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What one call did: its result, or the exception it threw. Racing threads record attempts instead of throwing, so
 * that the test can judge every outcome together once all threads are done.
 */
record Attempt<T>(@Nullable T value, @Nullable RuntimeException failure) {

  static <T> Attempt<T> of(Supplier<T> call) {
    try {
      return new Attempt<>(call.get(), null);
    } catch (RuntimeException e) {
      return new Attempt<>(null, e);
    }
  }

  boolean succeeded() {
    return failure == null;
  }

  @Override
  public String toString() {
    return succeeded() ? "ok " + value : failure.getClass().getSimpleName() + ": " + failure.getMessage();
  }
}
