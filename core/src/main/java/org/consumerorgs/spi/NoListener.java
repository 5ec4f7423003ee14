package org.consumerorgs.spi;

import org.consumerorgs.error.StorageException;

/** {@link UseCaseListener#none()}: one shared observation that ignores everything. */
enum NoListener implements UseCaseListener, UseCaseListener.Observation {
  INSTANCE;

  @Override
  public Observation started(UseCase useCase) {
    return this;
  }

  @Override
  public void attemptFailed(StorageException failure, boolean retrying) {}

  @Override
  public void succeeded() {}

  @Override
  public void failed(Throwable failure) {}
}
