package org.consumerorgs.spring.boot;

import org.consumerorgs.spi.Storage;

/**
 * Wraps the storage the {@code ConsumerOrgs} bean is built on, to observe or adapt what the SDK asks of its store (to
 * observe the SDK's calls themselves, define a {@link org.consumerorgs.spi.UseCaseListener} bean instead). Every bean
 * of this type is applied, in {@link org.springframework.core.annotation.Order} order; the {@code Storage} bean itself
 * stays as it is.
 */
@FunctionalInterface
public interface StorageDecorator {
  /**
   * Wraps the storage.
   *
   * @param storage the storage to wrap
   * @return the storage the SDK uses instead, which delegates to {@code storage}
   */
  Storage decorate(Storage storage);
}
