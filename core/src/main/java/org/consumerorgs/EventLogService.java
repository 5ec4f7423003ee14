package org.consumerorgs;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.error.Limit;
import org.consumerorgs.error.LimitExceededException;
import org.consumerorgs.spi.Storage;
import org.consumerorgs.spi.UseCase;

/**
 * The provider's change log, in order: for audit screens, and for relaying changes to a message broker (remember the
 * last sequence sent; read after it).
 */
public final class EventLogService {
  /** The most events one {@link #read} returns. */
  public static final int MAX_LIMIT = 1000;

  private final Context context;
  private final Storage storage;

  EventLogService(Context context, Storage storage) {
    this.context = context;
    this.storage = storage;
  }

  /**
   * Reads the acting provider's events in order.
   *
   * @param actor who reads; only the provider's own actors may
   * @param afterSequence the sequence number of the last event already read, 0 for the beginning
   * @param limit how many events at most, 1 to {@value #MAX_LIMIT}
   * @return up to {@code limit} events after {@code afterSequence}, oldest first; fewer (or none) at the end of the log
   * @throws LimitExceededException if {@code limit} is above {@link #MAX_LIMIT}
   * @throws IllegalArgumentException if {@code limit} is below 1 or {@code afterSequence} is negative
   */
  public List<RecordedEvent> read(Actor actor, long afterSequence, int limit) {
    return context.call(UseCase.EVENTS_READ, () -> {
      ProviderId provider = context.providerOf(actor, "read the change log");
      checkArgument(afterSequence >= 0, "afterSequence must not be negative, got %s", afterSequence);
      checkArgument(limit >= 1, "limit must be at least 1, got %s", limit);
      LimitExceededException.check(Limit.EVENT_READ_LIMIT, MAX_LIMIT, limit);
      return context.read(provider, () -> storage.events().read(provider, afterSequence, limit));
    });
  }
}
