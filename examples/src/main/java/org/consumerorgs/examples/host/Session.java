package org.consumerorgs.examples.host;

import org.consumerorgs.Actor;
import org.consumerorgs.domain.ProviderId;

/**
 * Who is at the keyboard. A real host gets this from its login (a session cookie, a token's claims); this one lets
 * the person say it with {@code login}, and {@code logout} shows what the SDK does with someone who acts for no
 * provider.
 */
final class Session {
  private Actor actor;

  Session(Actor actor) {
    this.actor = actor;
  }

  Actor actor() {
    return actor;
  }

  void login(ProviderId provider, String user) {
    actor = Actor.ofProvider(provider, user);
  }

  /** Acts for no provider from now on, like a consumer's user or an anonymous visitor: the SDK refuses everything. */
  void logout() {
    actor = Actor.withoutProvider("visitor");
  }

  /** For the prompt: {@code acme-data/alice}, or {@code visitor} when acting for no provider. */
  String describe() {
    return actor.actingFor().map(provider -> provider.value() + "/" + actor.id()).orElse(actor.id());
  }
}
