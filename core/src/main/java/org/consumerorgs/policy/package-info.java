/**
 * The rules a host can configure (naming, deletion, the definition of an active consumer, the billing time zone) and
 * the pure functions that compare names.
 *
 * <p>Uses {@code domain} and {@code error} only; the ports and the services use it.
 */
@NullMarked
package org.consumerorgs.policy;

import org.jspecify.annotations.NullMarked;
