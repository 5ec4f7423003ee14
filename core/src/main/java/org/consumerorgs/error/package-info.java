/**
 * Every failure a host must tell apart, one unchecked exception each, all extending
 * {@link org.consumerorgs.error.ConsumerOrgsException} and all with a message fit to show to a user.
 *
 * <p>Uses only {@code domain}; the policies, the ports and the services throw these exceptions. The naming rules an
 * {@link org.consumerorgs.error.InvalidNameException} reports ({@link org.consumerorgs.error.NameRule}) live here
 * with it, so that the exception does not depend on the policy that throws it.
 */
@NullMarked
package org.consumerorgs.error;

import org.jspecify.annotations.NullMarked;
