package org.consumerorgs.error;

/** The kinds of object an exception can be about. */
public enum ObjectKind {
  PROVIDER("provider"),
  SHARE("share"),
  CONSUMER_ORGANIZATION("consumer organization");

  private final String words;

  ObjectKind(String words) {
    this.words = words;
  }

  /** How a message names this kind. */
  public String words() {
    return words;
  }
}
