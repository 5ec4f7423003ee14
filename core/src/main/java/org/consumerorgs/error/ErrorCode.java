package org.consumerorgs.error;

/**
 * The stable, machine-readable code of every {@link ConsumerOrgsException}: one per case a host must tell apart, so
 * that a host maps failures to HTTP statuses, UI texts or metrics without looking at class names or messages. The
 * constant names are part of the public API: they are never renamed or reused, and new ones may be added in a minor
 * release (a host's {@code switch} over them then fails to compile, which is the point: see below).
 *
 * <table>
 *   <caption>Error codes</caption>
 *   <tr><th>Code</th><th>Exception</th><th>What happened</th><th>A web host would answer</th></tr>
 *   <tr><td>{@link #NOT_ALLOWED}</td><td>{@link NotAllowedException}</td><td>the actor acts for no provider</td>
 *     <td>403</td></tr>
 *   <tr><td>{@link #NOT_FOUND}</td><td>{@link NotFoundException}</td><td>no such object for this provider
 *     ({@code kind()} says which)</td><td>404</td></tr>
 *   <tr><td>{@link #ALREADY_EXISTS}</td><td>{@link AlreadyExistsException}</td><td>a provider or share id is already
 *     registered</td><td>409</td></tr>
 *   <tr><td>{@link #DUPLICATE_NAME}</td><td>{@link DuplicateNameException}</td><td>a live organization already has
 *     the name (or the name is given twice in one request)</td><td>409</td></tr>
 *   <tr><td>{@link #DUPLICATE_EXTERNAL_ID}</td><td>{@link DuplicateExternalIdException}</td><td>a live
 *     organization already has the external id</td><td>409</td></tr>
 *   <tr><td>{@link #INVALID_NAME}</td><td>{@link InvalidNameException}</td><td>a naming rule refused the name;
 *     {@code rule()} is the {@link NameRule}, whose constant names are stable codes
 *     too</td><td>400</td></tr>
 *   <tr><td>{@link #STALE_VERSION}</td><td>{@link StaleVersionException}</td><td>the organization changed since the
 *     caller read it</td><td>409 (or 412)</td></tr>
 *   <tr><td>{@link #BATCH_REJECTED}</td><td>{@link BatchRejectedException}</td><td>nothing of a batch was applied;
 *     each rejection carries its own exception and code</td><td>400 or 409</td></tr>
 *   <tr><td>{@link #DELETION_REFUSED}</td><td>{@link DeletionRefusedException}</td><td>the deletion policy refuses
 *     to delete a linked organization</td><td>409</td></tr>
 *   <tr><td>{@link #INVALID_CURSOR}</td><td>{@link InvalidCursorException}</td><td>a page cursor the SDK did not
 *     hand out for this list</td><td>400</td></tr>
 *   <tr><td>{@link #LIMIT_EXCEEDED}</td><td>{@link LimitExceededException}</td><td>a page, search, batch or event
 *     read asked for more than its maximum ({@code limit()}, {@code maximum()})</td><td>400</td></tr>
 *   <tr><td>{@link #STORAGE_CONFLICT}</td><td>{@link StorageException}</td><td>the database stopped the
 *     transaction (deadlock, serialization failure, lock timeout) and the SDK's retries ran out; nothing was
 *     saved</td><td>503, retry</td></tr>
 *   <tr><td>{@link #STORAGE_UNAVAILABLE}</td><td>{@link StorageException}</td><td>the database could not be reached
 *     before anything was committed, even after the SDK's retries; nothing was saved</td><td>503, retry</td></tr>
 *   <tr><td>{@link #STORAGE_OUTCOME_UNKNOWN}</td><td>{@link StorageException}</td><td>the connection failed while
 *     committing: the change may or may not have been saved; read before retrying</td><td>500</td></tr>
 *   <tr><td>{@link #STORAGE_HOST_TRANSACTION_LOST}</td><td>{@link StorageException}</td><td>the host's transaction
 *     that the SDK joined is gone (its connection failed, or the database rolled it back): the host retries its
 *     whole transaction</td><td>503, retry</td></tr>
 *   <tr><td>{@link #STORAGE_FAILURE}</td><td>{@link StorageException}</td><td>any other failure of the store (tables
 *     missing, a broken constraint, a bug); nothing was saved, and retrying will not help</td><td>500</td></tr>
 * </table>
 *
 * <p>Exhaustive handling: {@link ConsumerOrgsException} is sealed, and its subclasses are final, so the set of
 * exceptions is closed. On Java 17 a host proves it handles every case with a {@code switch} <em>expression</em>
 * over {@link ConsumerOrgsException#code()} without a {@code default}: the compiler refuses it when a code is
 * missing. (On Java 21 a pattern {@code switch} over the sealed class itself is checked the same way.)
 */
public enum ErrorCode {
  /** {@link NotAllowedException}: the actor acts for no provider. */
  NOT_ALLOWED,
  /** {@link NotFoundException}: no such object for the acting provider. */
  NOT_FOUND,
  /** {@link AlreadyExistsException}: a host-chosen id is taken. */
  ALREADY_EXISTS,
  /** {@link DuplicateNameException}: a live organization holds the name. */
  DUPLICATE_NAME,
  /** {@link DuplicateExternalIdException}: a live organization holds the external id. */
  DUPLICATE_EXTERNAL_ID,
  /** {@link InvalidNameException}: a naming rule refused the name. */
  INVALID_NAME,
  /** {@link StaleVersionException}: the organization changed since the caller read it. */
  STALE_VERSION,
  /** {@link BatchRejectedException}: entries of a batch were wrong, and nothing was applied. */
  BATCH_REJECTED,
  /** {@link DeletionRefusedException}: the deletion policy keeps a linked organization. */
  DELETION_REFUSED,
  /** {@link InvalidCursorException}: a page cursor this SDK did not hand out for this list. */
  INVALID_CURSOR,
  /** {@link LimitExceededException}: a request asked for more than a limit allows. */
  LIMIT_EXCEEDED,
  /** Retryable; {@link WriteOutcome#NOT_APPLIED}. */
  STORAGE_CONFLICT,
  /** Retryable; {@link WriteOutcome#NOT_APPLIED}. */
  STORAGE_UNAVAILABLE,
  /** Not retryable as it is; {@link WriteOutcome#UNKNOWN}. */
  STORAGE_OUTCOME_UNKNOWN,
  /** Not retryable by the SDK (the host retries its whole transaction); {@link WriteOutcome#NOT_APPLIED}. */
  STORAGE_HOST_TRANSACTION_LOST,
  /** Not retryable; {@link WriteOutcome#NOT_APPLIED}. */
  STORAGE_FAILURE;

  /** {@return whether this is one of the {@link StorageException} codes, which say nothing about the domain's rules} */
  public boolean isStorage() {
    return name().startsWith("STORAGE_");
  }
}
