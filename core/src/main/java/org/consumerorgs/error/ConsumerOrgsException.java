package org.consumerorgs.error;

import static java.util.Objects.requireNonNull;

/**
 * The root of every exception the SDK throws on purpose. Each subclass is one failure a host must tell apart, each
 * carries a stable {@link #code()} to map it by (see {@link ErrorCode} for the table), and each message is written so
 * that a host can show it to its user as it is.
 *
 * <p>The hierarchy is sealed and every subclass is final, so the set of failures is closed and a host's handling of
 * them can be checked by the compiler: a {@code switch} expression over {@link #code()} with no {@code default} stops
 * compiling when a code is added.
 *
 * <p>Programming errors are not among them: a {@code null} argument is a {@link NullPointerException}, and a value no
 * user input can mean (a page size or a limit below 1, a negative sequence, an id that breaks the id syntax) is an
 * {@link IllegalArgumentException}, as in any Java library, thrown before anything is read or stored. A value above
 * one of the SDK's maxima is a user's request that asked for too much: a {@link LimitExceededException}.
 */
public abstract sealed class ConsumerOrgsException extends RuntimeException
    permits AlreadyExistsException, BatchRejectedException, DeletionRefusedException, DuplicateExternalIdException,
    DuplicateNameException,
    InvalidCursorException, InvalidNameException, LimitExceededException, NotAllowedException, NotFoundException,
    StaleVersionException, StorageException {
  private final ErrorCode code;

  ConsumerOrgsException(ErrorCode code, String message) {
    super(message);
    this.code = requireNonNull(code, "code");
  }

  ConsumerOrgsException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = requireNonNull(code, "code");
  }

  /** {@return what happened, as a stable machine-readable code} */
  public final ErrorCode code() {
    return code;
  }
}
