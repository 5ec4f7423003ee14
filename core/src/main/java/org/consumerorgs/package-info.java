/**
 * The SDK's entry point and the services a host application calls. Start at {@link org.consumerorgs.ConsumerOrgs}:
 * build one per store, share it across the application, and pass the acting {@link org.consumerorgs.Actor} to every
 * call.
 */
package org.consumerorgs;
