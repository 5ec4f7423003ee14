package org.consumerorgs.error;

/** The actor may not do this: only an actor acting for a provider may create, change, link, delete or read. */
public final class NotAllowedException extends ConsumerOrgsException {
  /**
   * A refused call.
   *
   * @param message what to tell the user
   */
  public NotAllowedException(String message) {
    super(ErrorCode.NOT_ALLOWED, message);
  }

  /**
   * The refusal of an actor who acts for no provider.
   *
   * @param action what the actor tried, in words, such as "create a consumer organization"
   * @return the exception
   */
  public static NotAllowedException notAProvider(String action) {
    return new NotAllowedException("You must be a Provider to " + action + ".");
  }
}
