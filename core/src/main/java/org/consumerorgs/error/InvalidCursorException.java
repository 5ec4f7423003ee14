package org.consumerorgs.error;

/** A page cursor that this SDK did not hand out for this kind of list (tampered with, truncated, or mixed up). */
public final class InvalidCursorException extends ConsumerOrgsException {
  /**
   * A cursor refused.
   *
   * @param message what to tell the user: start again from the first page
   */
  public InvalidCursorException(String message) {
    super(ErrorCode.INVALID_CURSOR, message);
  }
}
