/**
 * The contract kit every storage adapter runs: extend {@link org.consumerorgs.tck.AdapterContract} in a JUnit 5 test
 * and return a fresh, empty store from {@link org.consumerorgs.tck.StorageFactory#newStorage()}; every test of the
 * kit then runs against the adapter. An adapter over a shared database also overrides
 * {@link org.consumerorgs.tck.MultiHostStorageFactory#secondStorageOverSameData}, so that the concurrency tests run
 * as two hosts would.
 */
@NullMarked
package org.consumerorgs.tck;

import org.jspecify.annotations.NullMarked;
