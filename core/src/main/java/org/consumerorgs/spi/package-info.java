/**
 * The ports an adapter implements: small stores, one per aggregate, plus a transaction boundary. Rules live in core;
 * a store only stores, and judges the few things only a store can judge atomically (is this name taken, is this
 * version current, is this link already open). Run the contract kit ({@code consumer-orgs-adapter-tck}) against an
 * adapter to prove it.
 *
 * <p>Beside the ports, the two hooks a host may plug in: {@link org.consumerorgs.spi.IdGenerator} for new ids and
 * {@link org.consumerorgs.spi.UseCaseListener} to observe every call ({@link org.consumerorgs.spi.UseCase}).
 *
 * <p>May use {@code domain}, {@code error} and {@code policy}, never the services, so an adapter depends on the
 * layers below the services and nothing above them.
 */
@NullMarked
package org.consumerorgs.spi;

import org.jspecify.annotations.NullMarked;
