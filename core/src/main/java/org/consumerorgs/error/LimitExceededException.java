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

  /**
   * A request over a limit; the message says both figures.
   *
   * @param limit the limit
   * @param maximum the most it allows
   * @param requested what the request asked for, above {@code maximum}
   */
  public LimitExceededException(Limit limit, int maximum, int requested) {
    super(ErrorCode.LIMIT_EXCEEDED, requireNonNull(limit, "limit").message(maximum, requested));
    this.limit = limit;
    this.maximum = maximum;
    this.requested = requested;
  }

  /**
   * Throws unless {@code requested} is at most {@code maximum}.
   *
   * @param limit the limit
   * @param maximum the most it allows
   * @param requested what the request asks for
   * @throws LimitExceededException if {@code requested} is above {@code maximum}
   */
  public static void check(Limit limit, int maximum, int requested) {
    if (requested > maximum) {
      throw new LimitExceededException(limit, maximum, requested);
    }
  }

  /**
   * {@return the limit that was exceeded}
   */
  public Limit limit() {
    return limit;
  }

  /**
   * The most the limit allows.
   *
   * @return the maximum
   */
  public int maximum() {
    return maximum;
  }

  /**
   * What the request asked for.
   *
   * @return the figure asked for
   */
  public int requested() {
    return requested;
  }
}
