package org.consumerorgs.error;

import static java.util.Objects.requireNonNull;


/** A name broke a naming rule; {@link #rule()} says which. */
public final class InvalidNameException extends ConsumerOrgsException {
  private final NameRule rule;
  private final String rejectedName;

  public InvalidNameException(NameRule rule, String rejectedName, String message) {
    super(ErrorCode.INVALID_NAME, message);
    this.rule = requireNonNull(rule, "rule");
    this.rejectedName = requireNonNull(rejectedName, "rejectedName");
  }

  public NameRule rule() {
    return rule;
  }

  /** The name as it was given, before any normalisation. */
  public String rejectedName() {
    return rejectedName;
  }
}
