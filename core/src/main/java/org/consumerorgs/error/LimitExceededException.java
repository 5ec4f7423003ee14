package org.consumerorgs.error;

import static java.util.Objects.requireNonNull;

/**
 * A request asked for more than one of the SDK's limits allows (a page size, a search limit, a batch size): input a
 * user can send, so a refusal to show, not a programming error. Nothing was read or changed. A size below 1 stays an
 * {@link IllegalArgumentException}: no user input means that, only a bug in the host.
 */
public final class LimitExceededException extends ConsumerOrgsException {
  private final Limit limit;
  private final int maximum;
  private final int requested;

  public LimitExceededException(Limit limit, int maximum, int requested) {
    super(ErrorCode.LIMIT_EXCEEDED, requireNonNull(limit, "limit").message(maximum, requested));
    this.limit = limit;
    this.maximum = maximum;
    this.requested = requested;
  }

  /** Throws unless {@code requested} is at most {@code maximum}. */
  public static void check(Limit limit, int maximum, int requested) {
    if (requested > maximum) {
      throw new LimitExceededException(limit, maximum, requested);
    }
  }

  public Limit limit() {
    return limit;
  }

  /** The most the limit allows. */
  public int maximum() {
    return maximum;
  }

  /** What the request asked for. */
  public int requested() {
    return requested;
  }
}
