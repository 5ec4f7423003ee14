package org.consumerorgs.error;

import static java.util.Objects.requireNonNull;

/**
 * No such object for the acting provider. Objects of another provider answer the same way, so that an id never tells
 * whether it exists elsewhere.
 */
public final class NotFoundException extends ConsumerOrgsException {
  private final ObjectKind kind;
  private final String id;

  /**
   * No such object.
   *
   * @param kind what the id names
   * @param id the id asked for
   */
  public NotFoundException(ObjectKind kind, String id) {
    super(ErrorCode.NOT_FOUND,
        "No " + requireNonNull(kind, "kind").words() + " with id \u201C" + id + "\u201D was found.");
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
   * {@return the id that was not found}
   */
  public String id() {
    return id;
  }
}
