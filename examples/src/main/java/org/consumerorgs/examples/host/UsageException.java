package org.consumerorgs.examples.host;

/**
 * The person typed something the host cannot make sense of (an unknown command or option, a missing argument). Kept
 * apart from the SDK's exceptions on purpose: those are refusals by the rules, this is the host's own input checking.
 */
public final class UsageException extends RuntimeException {
  /**
   * @param message what was wrong, in words for the person who typed it
   */
  public UsageException(String message) {
    super(message);
  }
}
