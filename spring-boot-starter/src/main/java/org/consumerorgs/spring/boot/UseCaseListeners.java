package org.consumerorgs.spring.boot;

import java.util.List;
import org.consumerorgs.error.StorageException;
import org.consumerorgs.spi.UseCase;
import org.consumerorgs.spi.UseCaseListener;

/**
 * Every {@link UseCaseListener} bean of the application as the one listener the SDK takes: the starter's Micrometer
 * listener beside any of the host's own (tracing, audit), each told everything, in bean order.
 */
final class UseCaseListeners implements UseCaseListener {
  private final List<UseCaseListener> listeners;

  private UseCaseListeners(List<UseCaseListener> listeners) {
    this.listeners = listeners;
  }

  /** The listeners as one: none at all is {@link UseCaseListener#none()}, so that the SDK skips observing. */
  static UseCaseListener of(List<UseCaseListener> listeners) {
    List<UseCaseListener> observing = listeners.stream().filter(l -> l != UseCaseListener.none()).toList();
    return switch (observing.size()) {
      case 0 -> UseCaseListener.none();
      case 1 -> observing.get(0);
      default -> new UseCaseListeners(observing);
    };
  }

  @Override
  public Observation started(UseCase useCase) {
    List<Observation> observations = listeners.stream().map(l -> l.started(useCase)).toList();
    return new Observation() {
      @Override
      public void attemptFailed(StorageException failure, boolean retrying) {
        observations.forEach(o -> o.attemptFailed(failure, retrying));
      }

      @Override
      public void succeeded() {
        observations.forEach(Observation::succeeded);
      }

      @Override
      public void failed(Throwable failure) {
        observations.forEach(o -> o.failed(failure));
      }
    };
  }
}
