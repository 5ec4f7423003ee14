/** Not API: helpers of the core that may change in any release. Hosts and adapters must not depend on them. */
package org.consumerorgs.internal;
