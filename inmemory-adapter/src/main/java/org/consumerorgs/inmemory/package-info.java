/** The in-memory adapter: {@link org.consumerorgs.inmemory.InMemoryStorage} is the only public type. */
package org.consumerorgs.inmemory;
