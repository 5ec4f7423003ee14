/** The in-memory adapter: {@link org.consumerorgs.inmemory.InMemoryStorage} is the only public type. */
@NullMarked
package org.consumerorgs.inmemory;

import org.jspecify.annotations.NullMarked;
