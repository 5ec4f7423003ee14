/**
 * The SDK's entry point and the services a host application calls. Start at {@link org.consumerorgs.ConsumerOrgs}:
 * build one per store, share it across the application, and pass the acting {@link org.consumerorgs.Actor} to every
 * call.
 *
 * <p>Core is layered, each package using only the ones below it: {@code domain}, then {@code error}, {@code policy},
 * {@code spi}, and at the top this package, whose services tie them together. The helpers the services share (event
 * builders, the active-consumer calculator, search-text folding, sorting by name, sealing cursors) are package-private
 * here.
 */
@NullMarked
package org.consumerorgs;

import org.jspecify.annotations.NullMarked;
