/**
 * The in-memory adapter: {@link org.consumerorgs.inmemory.InMemoryStorage} is the only public type.
 *
 * <p>Read the contract kit's {@code ReferenceModel} first ({@code org.consumerorgs.tck.ReferenceModel} in module
 * {@code consumer-orgs-adapter-tck}; package-private, so read it in the kit's sources, not its Javadoc): it says what
 * this store does, over plain Java collections, and the kit's {@code ModelBasedContract} runs random sequences of
 * operations on both and checks that this store does the same. What this package adds is how it fits the memory
 * budget: about 350 bytes per organization, 650 with a link and its events (the tests' {@code ScaleMeasurement}
 * measures them), where rows as objects in maps cost several times that.
 *
 * <p>To fit it, the store is columnar. Each provider's data ({@code ProviderState}, behind a lock of its own) holds its
 * organizations, links and events as parallel arrays indexed by an ordinal, not as an object per row
 * ({@code OrgTable}, {@code LinkTable}, {@code EventLog}); ids in the default UUID form are packed into two
 * {@code long}s ({@code Uuids}); instants, names and shares are references shared across a batch; and the indexes hold
 * ordinals in primitive arrays: by id and by uniqueness key ({@code OrdinalHash}), by name and by word start and
 * trigram for listing and search ({@code SortedOrdinals} in a {@code SearchIndex}), a share's open consumers as a
 * small table or a bit set ({@code OrdinalSet}). The SPI's values ({@code ConsumerOrganization}, {@code Link}, events)
 * are built when read.
 *
 * <p>Atomicity comes from the {@code UndoLog}: every write to a column or an index records the step that takes it
 * back, and a failed use case runs them newest first before its provider's lock is released. The transaction open on
 * a thread ({@code InMemoryTransactions}) is kept by the SPI's {@link org.consumerorgs.spi.OpenTransactions}, so a
 * call made inside one joins it by the same rule as in every adapter.
 */
@NullMarked
package org.consumerorgs.inmemory;

import org.jspecify.annotations.NullMarked;
