package org.consumerorgs.error;

import static java.util.Objects.requireNonNull;

/** A host-chosen id (a provider's or a share's) is already registered, live or deleted. Ids are never reused. */
public final class AlreadyExistsException extends ConsumerOrgsException {
  private final ObjectKind kind;
  private final String id;

  /**
   * An id already taken.
   *
   * @param kind what the id names: a provider or a share
   * @param id the id
   */
  public AlreadyExistsException(ObjectKind kind, String id) {
    super(ErrorCode.ALREADY_EXISTS, "A " + requireNonNull(kind, "kind").words() + " with id \u201C" + id
        + "\u201D is already registered; ids are never reused.");
    this.kind = kind;
    this.id = requireNonNull(id, "id");
  }

  /**
   * {@return what the id names}
   */
  public ObjectKind kind() {
    return kind;
  }

  /**
   * {@return the id that is taken}
   */
  public String id() {
    return id;
  }
}
