package org.consumerorgs.chaos;

import java.lang.reflect.Method;
import java.util.Locale;
import org.consumerorgs.error.StorageException;

/**
 * What a {@link StorageException} says about whether the failed change was applied. Core is gaining a typed outcome
 * on it (not applied, or unknown); until a build has one, every storage failure counts as unknown, which the checks
 * treat as "all of it or none". The outcome is read by name (any public no-argument method {@code outcome()} that
 * returns an enum) so that the suite runs unchanged on either side of that change.
 */
final class StorageOutcomes {
  private static final Method OUTCOME = outcomeAccessor();

  private StorageOutcomes() {}

  /** The outcome's name, or {@code UNTYPED} when this build's {@code StorageException} has none. */
  static String outcomeOf(StorageException e) {
    if (OUTCOME == null) {
      return "UNTYPED";
    }
    try {
      Object value = OUTCOME.invoke(e);
      return value == null ? "NULL" : ((Enum<?>) value).name();
    } catch (ReflectiveOperationException | ClassCastException failure) {
      throw new IllegalStateException("cannot read StorageException.outcome()", failure);
    }
  }

  static OutcomeKind kindOf(StorageException e) {
    String outcome = outcomeOf(e).toUpperCase(Locale.ROOT);
    return outcome.equals("NOT_APPLIED") ? OutcomeKind.STORAGE_NOT_APPLIED : OutcomeKind.STORAGE_UNKNOWN;
  }

  private static Method outcomeAccessor() {
    try {
      Method method = StorageException.class.getMethod("outcome");
      return method.getReturnType().isEnum() ? method : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }
}
