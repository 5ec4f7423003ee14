/**
 * Every failure a host must tell apart, one unchecked exception each, all extending the sealed
 * {@link org.consumerorgs.error.ConsumerOrgsException}, each with a stable {@link org.consumerorgs.error.ErrorCode}
 * and a message fit to show to a user. A {@link org.consumerorgs.error.StorageException} also says, as a
 * {@link org.consumerorgs.error.WriteOutcome}, whether the call may have saved anything.
 */
package org.consumerorgs.error;
