/**
 * Every failure a host must tell apart, one unchecked exception each, all extending
 * {@link org.consumerorgs.error.ConsumerOrgsException} and all with a message fit to show to a user.
 */
package org.consumerorgs.error;
