package org.consumerorgs.examples.host;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.RemovalOutcome;
import org.consumerorgs.domain.ShareId;

/** The share page: its consumers, the "Add consumer organization" dialog's "Done", and removing a consumer. */
final class ConsumerCommands {
  private ConsumerCommands() {}

  static List<Command> all(Host host) {
    return List.of(
        new Command("add", "add <share-id> [--org <org>]... [--new <name>]...",
            "one \"Done\": add existing organizations and create new ones, all or nothing", Set.of("org", "new"),
            args -> {
              args.atMost(1);
              ShareId share = ShareId.of(args.required(0, "share id"));
              AddConsumersRequest.Builder request = AddConsumersRequest.builder();
              // In the order typed: the result reports each entry in the order of the request.
              for (Map.Entry<String, String> option : args.inOrder()) {
                if (option.getKey().equals("new")) {
                  request.newOrganization(option.getValue());
                } else {
                  request.existing(existing(host, option.getValue()));
                }
              }
              if (args.inOrder().isEmpty()) {
                throw new UsageException("Name at least one organization: --org <id or name> or --new <name>.");
              }
              host.views.added(host.sdk.shares().addConsumers(host.actor(), share, request.build()));
            }),
        new Command("remove", "remove <share-id> <org>", "end an organization's access to a share (kept as history)",
            Set.of(), args -> {
              ShareId share = ShareId.of(args.required(0, "share id"));
              ConsumerOrganization org = OrganizationRef.resolve(host.sdk, host.actor(), args.rest(1,
                  "organization"));
              RemovalOutcome outcome = host.sdk.shares().removeConsumer(host.actor(), share, org.id());
              host.out.println(outcome == RemovalOutcome.REMOVED
                  ? "Removed " + Views.quoted(org.name()) + " from " + share + "."
                  : Views.quoted(org.name()) + " was not a consumer of " + share + "; nothing changed.");
            }),
        new Command("consumers", "consumers <share-id> [--limit n] [--after cursor]",
            "the organizations linked to a share, by name", Set.of("limit", "after"), args -> {
              args.atMost(1);
              ShareId share = ShareId.of(args.required(0, "share id"));
              host.page(request -> host.sdk.shares().consumers(host.actor(), share, request), Pages.request(args),
                  host.views::organizations, "consumers " + share);
            }));
  }

  /**
   * An organization picked in the dialog. By name it is looked up first; an id that is not (or no longer) an
   * organization is passed on as it is, so that the SDK judges it with the rest of the batch and reports it together
   * with every other wrong entry.
   */
  private static ConsumerOrganizationId existing(Host host, String text) {
    try {
      return OrganizationRef.resolve(host.sdk, host.actor(), text).id();
    } catch (UnknownOrganizationException e) {
      if (!OrganizationRef.looksLikeId(text)) {
        throw e;
      }
      return ConsumerOrganizationId.of(text);
    }
  }
}
