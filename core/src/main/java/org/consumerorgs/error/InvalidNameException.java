package org.consumerorgs.error;

import static java.util.Objects.requireNonNull;


/** A name broke a naming rule; {@link #rule()} says which. */
public final class InvalidNameException extends ConsumerOrgsException {
  private final NameRule rule;
  private final String rejectedName;

  /**
   * A name refused.
   *
   * @param rule the rule that failed
   * @param rejectedName the name as it was given
   * @param message what to tell the user, in words
   */
  public InvalidNameException(NameRule rule, String rejectedName, String message) {
    super(ErrorCode.INVALID_NAME, message);
    this.rule = requireNonNull(rule, "rule");
    this.rejectedName = requireNonNull(rejectedName, "rejectedName");
  }

  /**
   * {@return the rule the name broke, a stable code a host can map}
   */
  public NameRule rule() {
    return rule;
  }

  /**
   * The name as it was given, before any normalisation.
   *
   * @return the name as given
   */
  public String rejectedName() {
    return rejectedName;
  }
}
