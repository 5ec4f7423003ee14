/**
 * The rules a host can configure (naming, deletion, the definition of an active consumer, the billing time zone) and
 * the pure functions that compare names.
 */
package org.consumerorgs.policy;
