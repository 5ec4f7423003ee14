package org.consumerorgs;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.LinkId;
import org.consumerorgs.domain.Page;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.error.Limit;
import org.consumerorgs.error.LimitExceededException;
import org.consumerorgs.error.NotAllowedException;
import org.consumerorgs.error.NotFoundException;
import org.consumerorgs.error.ObjectKind;
import org.consumerorgs.error.StorageException;
import org.consumerorgs.spi.IdGenerator;
import org.consumerorgs.spi.Keyed;
import org.consumerorgs.spi.PageQuery;
import org.consumerorgs.spi.Storage;
import org.consumerorgs.spi.TransactionMode;
import org.consumerorgs.spi.UseCase;
import org.consumerorgs.spi.UseCaseListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The few steps every use case takes, whatever it is about: who acts, now, new ids, a write or a read as one
 * transaction (again when the store says a retry may succeed), a page of a list. What a use case works on (its stores,
 * its policies) each service holds itself.
 */
final class Context {
  private static final Logger log = LoggerFactory.getLogger(Context.class);

  private final Storage storage;
  private final Clock clock;
  private final IdGenerator ids;
  private final int attempts;
  private final UseCaseListener listener;
  /** The observation of the call running on this thread, if observed: its retries are reported to it. */
  private final ThreadLocal<UseCaseListener.Observation> observed = new ThreadLocal<>();

  Context(Storage storage, Clock clock, IdGenerator ids, int attempts, UseCaseListener listener) {
    this.storage = storage;
    this.clock = clock;
    this.ids = ids;
    this.attempts = attempts;
    this.listener = listener;
  }

  /**
   * Runs one call of a use case under the listener's eye: started, then succeeded or failed. A call already observed
   * on this thread ({@code get} through {@code find}) is part of that one. Without a listener nothing is recorded,
   * so an SDK that nobody observes pays nothing for it.
   */
  <T> T call(UseCase useCase, Supplier<T> call) {
    if (listener == UseCaseListener.none() || observed.get() != null) {
      return call.get();
    }
    UseCaseListener.Observation observation = started(useCase);
    observed.set(observation);
    try {
      T result = call.get();
      tell(observation::succeeded);
      return result;
    } catch (RuntimeException | Error e) {
      tell(() -> observation.failed(e));
      throw e;
    } finally {
      observed.remove();
    }
  }

  private UseCaseListener.Observation started(UseCase useCase) {
    try {
      return listener.started(useCase);
    } catch (RuntimeException e) {
      log.warn("The UseCaseListener failed when {} started; the call goes on unobserved", useCase, e);
      return UseCaseListener.none().started(useCase);
    }
  }

  /** A listener that throws must not change the call's result: what it throws is logged, and the call goes on. */
  private static void tell(Runnable notification) {
    try {
      notification.run();
    } catch (RuntimeException e) {
      log.warn("The UseCaseListener failed; the call it observed goes on", e);
    }
  }

  /** The actor's provider, or a refusal: only providers may act. */
  ProviderId providerOf(Actor actor, String action) {
    requireNonNull(actor, "actor must not be null");
    return actor.actingFor().orElseThrow(() -> NotAllowedException.notAProvider(action));
  }

  /**
   * Now, to the microsecond: the precision every adapter keeps, so that what is read back equals what was written on
   * every store.
   */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  ConsumerOrganizationId newOrganizationId() {
    return ConsumerOrganizationId.of(ids.newId());
  }

  LinkId newLinkId() {
    return LinkId.of(ids.newId());
  }

  <T> T write(ProviderId provider, Supplier<T> work) {
    return inTransaction(provider, TransactionMode.READ_WRITE, work);
  }

  <T> T read(ProviderId provider, Supplier<T> work) {
    return inTransaction(provider, TransactionMode.READ_ONLY, work);
  }

  /** Writes need a registered provider; checked inside the transaction that writes. */
  void requireRegistered(ProviderId provider) {
    if (storage.providers().find(provider).isEmpty()) {
      throw new NotFoundException(ObjectKind.PROVIDER, provider.value());
    }
  }

  /** Refuses a page larger than a user may ask for, before anything is read. */
  static void checkPageSize(PageRequest request) {
    requireNonNull(request, "page request must not be null");
    LimitExceededException.check(Limit.PAGE_SIZE, PageRequest.MAX_SIZE, request.size());
  }

  /** Reads one page of a keyset-ordered list, asking the store for one item more to learn whether more follow. */
  <T> Page<T> page(String list, PageRequest request, Function<PageQuery, List<Keyed<T>>> fetch) {
    requireNonNull(request, "page request must not be null");
    PageQuery query = new PageQuery(Cursors.decode(storage::cursorKey, list, request.after()), request.size() + 1);
    List<Keyed<T>> rows = fetch.apply(query);
    boolean more = rows.size() > request.size();
    List<Keyed<T>> shown = more ? rows.subList(0, request.size()) : rows;
    Optional<String> next = more
        ? Optional.of(Cursors.encode(storage.cursorKey(), list, shown.get(shown.size() - 1).position()))
        : Optional.empty();
    return new Page<>(shown.stream().map(Keyed::item).toList(), next);
  }

  /**
   * Runs the work as one transaction, again as a new one while the store says that a retry may succeed: the store
   * alone knows whether a failure came before the commit was sent (nothing applied, safe to run again) or during it
   * (outcome unknown, not retryable), and says so with {@link StorageException#isRetryable()}. A retry that succeeds
   * is no news for the host's log, so it is logged at debug level only.
   */
  private <T> T inTransaction(ProviderId provider, TransactionMode mode, Supplier<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return storage.transactions().inTransaction(provider, mode, work);
      } catch (StorageException e) {
        boolean retrying = e.isRetryable() && attempt < attempts;
        UseCaseListener.Observation observation = observed.get();
        if (observation != null) {
          tell(() -> observation.attemptFailed(e, retrying));
        }
        if (!retrying) {
          throw e;
        }
        log.debug("Retrying a transaction for provider {} after a retryable storage failure {} (attempt {} of {})",
            provider, e.code(), attempt, attempts, e);
      }
    }
  }
}
