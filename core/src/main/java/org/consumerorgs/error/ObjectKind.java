package org.consumerorgs.error;

/** The kinds of object an exception can be about. */
public enum ObjectKind {
  /** A provider, the tenant. */
  PROVIDER("provider"),
  /** One of a provider's shares. */
  SHARE("share"),
  /** A consumer organization. */
  CONSUMER_ORGANIZATION("consumer organization");

  private final String words;

  ObjectKind(String words) {
    this.words = words;
  }

  /**
   * How a message names this kind.
   *
   * @return the words, such as "consumer organization"
   */
  public String words() {
    return words;
  }
}
