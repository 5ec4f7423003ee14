package org.consumerorgs.examples.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.Provider;
import org.consumerorgs.domain.ProviderId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Signing in and out, and registering the signed-in provider, as the host would on its own sign-up page. */
@RestController
@RequestMapping("/api")
class SessionController {
  private final ConsumerOrgs sdk;

  SessionController(ConsumerOrgs sdk) {
    this.sdk = sdk;
  }

  /** The sign-in form: a provider id (blank to act for none) and a user name. */
  record SignIn(String provider, String user) {}

  /** The provider's registration: its display name. */
  record Registration(String name) {}

  @GetMapping("/session")
  Map<String, Object> whoAmI(HttpSession session) {
    Map<String, Object> answer = new LinkedHashMap<>();
    SignedIn.in(session).ifPresentOrElse(actor -> {
      answer.put("signedIn", true);
      answer.put("user", actor.id());
      answer.put("provider", actor.actingFor().map(ProviderId::value).orElse(""));
      // A visitor's lookup would be refused by the SDK; the page shows the refusal where the visitor acts.
      answer.put("registered", actor.actingFor().isPresent() && sdk.providers().find(actor).isPresent());
      answer.put("providerName", actor.actingFor().flatMap(p -> sdk.providers().find(actor)).map(Provider::name)
          .orElse(""));
    }, () -> answer.put("signedIn", false));
    return answer;
  }

  @PostMapping("/session")
  Map<String, Object> signIn(@RequestBody SignIn form, HttpServletRequest request) {
    String user = Optional.ofNullable(form.user()).map(String::strip).orElse("");
    if (user.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Type a user name.");
    }
    String provider = Optional.ofNullable(form.provider()).map(String::strip).orElse("");
    Actor actor;
    try {
      actor = provider.isEmpty() ? Actor.withoutProvider(user) : Actor.ofProvider(ProviderId.of(provider), user);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    // A new session for the new person (and a new session id, so a fixed one cannot be planted before sign-in).
    HttpSession old = request.getSession(false);
    if (old != null) {
      old.invalidate();
    }
    HttpSession session = request.getSession(true);
    SignedIn.remember(session, actor);
    return whoAmI(session);
  }

  @DeleteMapping("/session")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void signOut(HttpSession session) {
    session.invalidate();
  }

  @PostMapping("/provider")
  Map<String, Object> registerProvider(@RequestBody Registration registration, HttpSession session) {
    Actor actor = SignedIn.actor(session);
    Provider provider = sdk.providers().register(actor, Optional.ofNullable(registration.name()).orElse(""));
    return Map.of("provider", provider.id().value(), "name", provider.name());
  }
}
