package org.consumerorgs.spring.boot;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.function.Supplier;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.error.ConsumerOrgsException;
import org.consumerorgs.error.StorageException;
import org.consumerorgs.spi.EventStore;
import org.consumerorgs.spi.LinkStore;
import org.consumerorgs.spi.OrganizationStore;
import org.consumerorgs.spi.ProviderStore;
import org.consumerorgs.spi.ShareStore;
import org.consumerorgs.spi.Storage;
import org.consumerorgs.spi.TransactionBoundary;
import org.consumerorgs.spi.TransactionMode;

/**
 * Times every transaction the SDK runs (one per attempt of a use case) in {@value #TIMER}, tagged {@code mode}
 * (read_only, read_write), {@code outcome} (success, refused: a rule of the SDK said no; storage_failure) and
 * {@code code} (the {@link org.consumerorgs.error.ErrorCode}, or none), and counts the retryable storage failures
 * (conflicts, lost connections: the SDK retries them while attempts remain) in {@value #RETRYABLE}.
 */
final class MeteredStorage implements Storage {
  static final String TIMER = "consumer.orgs.transactions";
  static final String RETRYABLE = "consumer.orgs.transactions.retryable.failures";

  private final Storage delegate;
  private final MeterRegistry registry;
  private final TransactionBoundary transactions = this::timed;

  MeteredStorage(Storage delegate, MeterRegistry registry) {
    this.delegate = delegate;
    this.registry = registry;
  }

  private <T> T timed(ProviderId scope, TransactionMode mode, Supplier<T> work) {
    Timer.Sample sample = Timer.start(registry);
    String outcome = "success";
    String code = "none";
    try {
      return delegate.transactions().inTransaction(scope, mode, work);
    } catch (StorageException e) {
      outcome = "storage_failure";
      code = e.code().name();
      if (e.isRetryable()) {
        Counter.builder(RETRYABLE).description("Retryable storage failures of SDK transactions")
            .tag("code", code).register(registry).increment();
      }
      throw e;
    } catch (ConsumerOrgsException e) {
      outcome = "refused";
      code = e.code().name();
      throw e;
    } catch (RuntimeException | Error e) {
      outcome = "error";
      throw e;
    } finally {
      sample.stop(Timer.builder(TIMER).description("Transactions the Consumer Organizations SDK ran")
          .tag("mode", mode.name().toLowerCase(Locale.ROOT)).tag("outcome", outcome).tag("code", code)
          .register(registry));
    }
  }

  @Override
  public TransactionBoundary transactions() {
    return transactions;
  }

  @Override
  public ProviderStore providers() {
    return delegate.providers();
  }

  @Override
  public ShareStore shares() {
    return delegate.shares();
  }

  @Override
  public OrganizationStore organizations() {
    return delegate.organizations();
  }

  @Override
  public LinkStore links() {
    return delegate.links();
  }

  @Override
  public EventStore events() {
    return delegate.events();
  }

  @Override
  public byte[] cursorKey() {
    return delegate.cursorKey();
  }
}
