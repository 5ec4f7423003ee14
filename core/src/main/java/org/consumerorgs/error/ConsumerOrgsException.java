package org.consumerorgs.error;

/**
 * The root of every exception the SDK throws on purpose. Each subclass is one failure a host must tell apart, and each
 * message is written so that a host can show it to its user as it is. Programming errors (a {@code null} argument, a
 * page size of zero) are reported with the JDK's {@link NullPointerException} and {@link IllegalArgumentException}
 * instead, as in any Java library.
 */
public abstract class ConsumerOrgsException extends RuntimeException {
  protected ConsumerOrgsException(String message) {
    super(message);
  }

  protected ConsumerOrgsException(String message, Throwable cause) {
    super(message, cause);
  }
}
