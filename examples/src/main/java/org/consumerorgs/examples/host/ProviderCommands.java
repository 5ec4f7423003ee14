package org.consumerorgs.examples.host;

import java.util.List;
import java.util.Set;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.Provider;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareDeletion;
import org.consumerorgs.domain.ShareId;

/**
 * What the host owns and tells the SDK about: who is calling, the provider (a tenant of the host) and its shares,
 * registered under the host's own ids.
 */
final class ProviderCommands {
  private ProviderCommands() {}

  static List<Command> all(Host host) {
    return List.of(
        new Command("login", "login <provider-id> [user]", "act for a provider, as a user (default: admin)", Set.of(),
            args -> {
              args.atMost(2);
              host.session.login(ProviderId.of(args.required(0, "provider id")),
                  args.positional().size() > 1 ? args.positional().get(1) : Settings.DEFAULT_ACTOR);
              host.out.println("Acting for provider " + args.positional().get(0) + " as "
                  + host.actor().id() + ".");
            }),
        new Command("logout", "logout", "act for no provider, like a consumer's user: the SDK refuses everything",
            Set.of(), args -> {
              args.atMost(0);
              host.session.logout();
              host.out.println("Acting for no provider now.");
            }),
        new Command("whoami", "whoami", "who is calling, and whether the provider is registered", Set.of(), args -> {
          args.atMost(0);
          host.out.println("You are " + host.actor().id() + host.actor().actingFor()
              .map(p -> ", acting for provider " + p + " (" + host.sdk.providers().find(host.actor())
                  .map(Provider::name).map(Views::quoted).orElse("not registered yet: register-provider <name>") + ").")
              .orElse(", acting for no provider."));
        }),
        new Command("register-provider", "register-provider <name>", "register the provider you act for", Set.of(),
            args -> {
              Provider provider = host.sdk.providers().register(host.actor(), args.rest(0, "provider name"));
              host.out.println("Registered provider " + provider.id() + ", " + Views.quoted(provider.name()) + ".");
            }),
        new Command("register-share", "register-share <share-id> <name>", "register one of your shares, by your id",
            Set.of(), args -> {
              Share share = host.sdk.shares().register(host.actor(), ShareId.of(args.required(0, "share id")),
                  args.rest(1, "share name"));
              host.out.println("Registered share " + share.id() + ", " + Views.quoted(share.name()) + ".");
            }),
        new Command("shares", "shares [--limit n] [--after cursor]", "list your shares by name", Set.of("limit",
            "after"), args -> {
              args.atMost(0);
              host.page(request -> host.sdk.shares().list(host.actor(), request), Pages.request(args),
                  host.views::shares, "shares");
            }),
        new Command("delete-share", "delete-share <share-id>", "unpublish a share: its links end, kept as history",
            Set.of(), args -> {
              args.atMost(1);
              ShareDeletion deletion = host.sdk.shares().delete(host.actor(), ShareId.of(args.required(0,
                  "share id")));
              host.out.println("Deleted share " + deletion.share().id() + "; " + deletion.closedLinks().size()
                  + " consumer link(s) ended and are kept for billing and audit.");
            }));
  }
}
