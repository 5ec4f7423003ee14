package org.consumerorgs.examples.host;

/**
 * No live organization of the provider has this id or this name. The host's own "not found" for what the person
 * typed, since the SDK's {@link org.consumerorgs.error.NotFoundException} speaks of ids only.
 */
final class UnknownOrganizationException extends RuntimeException {
  UnknownOrganizationException(String text) {
    super("No consumer organization has the id or the name \u201C" + text + "\u201D.");
  }
}
