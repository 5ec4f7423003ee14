package org.consumerorgs.error;

/** The actor may not do this: only an actor acting for a provider may create, change, link, delete or read. */
public final class NotAllowedException extends ConsumerOrgsException {
  public NotAllowedException(String message) {
    super(ErrorCode.NOT_ALLOWED, message);
  }

  public static NotAllowedException notAProvider(String action) {
    return new NotAllowedException("You must be a Provider to " + action + ".");
  }
}
