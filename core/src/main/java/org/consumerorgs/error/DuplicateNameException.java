package org.consumerorgs.error;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.consumerorgs.domain.ConsumerOrganizationId;

/**
 * Another live organization of the same provider already has this name, compared as a person would (case and
 * compatibility forms folded). {@link #existingOrganizationId()} lets a host offer that organization instead.
 */
public final class DuplicateNameException extends ConsumerOrgsException {
  private final String name;
  private final Optional<ConsumerOrganizationId> existingOrganizationId;

  /**
   * A name held by a live organization.
   *
   * @param name the name refused, normalised
   * @param existingOrganizationId the organization that holds it
   * @param existingName that organization's name as it is spelled there
   */
  public DuplicateNameException(String name, ConsumerOrganizationId existingOrganizationId, String existingName) {
    super(ErrorCode.DUPLICATE_NAME, "A consumer organization named \u201C" + existingName
        + "\u201D already exists; names must be unique"
        + (existingName.equals(name) ? "." : " regardless of letter case and character width."));
    this.name = name;
    this.existingOrganizationId = Optional.of(requireNonNull(existingOrganizationId, "existingOrganizationId"));
  }

  /**
   * The same new name appears twice in one batch: there is no existing organization yet.
   *
   * @param name the name given twice, normalised
   * @return the exception
   */
  public static DuplicateNameException withinRequest(String name) {
    return new DuplicateNameException(name);
  }

  private DuplicateNameException(String name) {
    super(ErrorCode.DUPLICATE_NAME, "The name \u201C" + name + "\u201D is given more than once in this request.");
    this.name = name;
    this.existingOrganizationId = Optional.empty();
  }

  /**
   * The name that was refused, normalised.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The live organization that holds the name; empty when the clash is between two entries of one request.
   *
   * @return the organization, or empty
   */
  public Optional<ConsumerOrganizationId> existingOrganizationId() {
    return existingOrganizationId;
  }
}
