/**
 * Every failure a host must tell apart, one unchecked exception each, all extending the sealed
 * {@link org.consumerorgs.error.ConsumerOrgsException}, each with a stable {@link org.consumerorgs.error.ErrorCode}
 * and a message fit to show to a user. A {@link org.consumerorgs.error.StorageException} also says, as a
 * {@link org.consumerorgs.error.WriteOutcome}, whether the call may have saved anything.
 *
 * <p>Uses only {@code domain}; the policies, the ports and the services throw these exceptions. The naming rules an
 * {@link org.consumerorgs.error.InvalidNameException} reports ({@link org.consumerorgs.error.NameRule}) live here
 * with it, so that the exception does not depend on the policy that throws it.
 *
 * <p>The exceptions are not made to be serialized (they carry the domain's ids, which are not serializable): their
 * serialized form is no part of the API.
 *
 * @serial exclude
 */
@NullMarked
package org.consumerorgs.error;

import org.jspecify.annotations.NullMarked;
