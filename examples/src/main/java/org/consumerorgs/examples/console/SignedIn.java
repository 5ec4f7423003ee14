package org.consumerorgs.examples.console;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.consumerorgs.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who the person in this browser session is, as the SDK's {@link Actor}. A real host takes it from its own
 * authentication; the example keeps what the sign-in form gave in the HTTP session, so two browsers are two people.
 * Signing in for no provider is allowed on purpose: the SDK itself then refuses every call ("You must be a Provider").
 */
final class SignedIn {
  private static final String ATTRIBUTE = SignedIn.class.getName();

  private SignedIn() {}

  static void remember(HttpSession session, Actor actor) {
    session.setAttribute(ATTRIBUTE, actor);
  }

  static Optional<Actor> in(HttpSession session) {
    return Optional.ofNullable((Actor) session.getAttribute(ATTRIBUTE));
  }

  /** The session's actor; 401 when nobody signed in (a concern of the console, not of the SDK). */
  static Actor actor(HttpSession session) {
    return in(session).orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in first."));
  }
}
