/** Not API: helpers of the core that may change in any release. Hosts and adapters must not depend on them. */
@NullMarked
package org.consumerorgs.internal;

import org.jspecify.annotations.NullMarked;
