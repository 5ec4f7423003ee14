package org.consumerorgs.examples.host;

import java.util.List;
import java.util.Set;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.DeletionImpact;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareId;

/**
 * The Manage page: create, rename, look at, list, search and delete consumer organizations. An organization is named
 * by its id or its exact name ({@link OrganizationRef}).
 */
final class OrganizationCommands {
  private OrganizationCommands() {}

  static List<Command> all(Host host) {
    return List.of(
        new Command("create", "create <name>", "create a consumer organization (the Manage page)", Set.of(), args ->
            host.views.organization("Created", host.sdk.organizations().create(host.actor(), args.rest(0, "name")))),
        new Command("rename", "rename <org> <version> <new name>",
            "rename; give the version you saw, so nobody's change is overwritten", Set.of(), args -> {
              ConsumerOrganization org = OrganizationRef.resolve(host.sdk, host.actor(), args.required(0,
                  "organization (id or name)"));
              long version = version(args.required(1, "version (get <org> shows it)"));
              host.views.organization("Renamed to",
                  host.sdk.organizations().rename(host.actor(), org.id(), version, args.rest(2, "new name")));
            }),
        new Command("get", "get <org>", "one organization: name, id, version, and the shares it is linked to",
            Set.of(), args -> {
              ConsumerOrganization org = OrganizationRef.resolve(host.sdk, host.actor(), args.rest(0, "organization"));
              List<Share> shares = host.sdk.organizations().sharesOf(host.actor(), org.id(),
                  PageRequest.first(PageRequest.MAX_SIZE)).items();
              host.views.organizationDetails(org, shares);
            }),
        new Command("list", "list [--limit n] [--after cursor]", "your organizations by name, a page at a time",
            Set.of("limit", "after"), args -> {
              args.atMost(0);
              host.page(request -> host.sdk.organizations().list(host.actor(), request), Pages.request(args),
                  host.views::organizations, "list");
            }),
        new Command("search", "search <text> [--not-in <share-id>] [--limit n]",
            "the dropdown's search: any case or accents, best first; --not-in leaves out a share's consumers",
            Set.of("not-in", "limit"), args -> {
              SearchRequest request = SearchRequest.of(args.rest(0, "text to search for"))
                  .withLimit(args.number("limit", SearchRequest.DEFAULT_LIMIT, 1, SearchRequest.MAX_LIMIT));
              if (args.option("not-in").isPresent()) {
                request = request.excludingConsumersOf(ShareId.of(args.option("not-in").get()));
              }
              host.views.hits(host.sdk.organizations().search(host.actor(), request));
            }),
        new Command("shares-of", "shares-of <org> [--limit n] [--after cursor]",
            "the shares an organization is linked to", Set.of("limit", "after"), args -> {
              ConsumerOrganization org = OrganizationRef.resolve(host.sdk, host.actor(), args.rest(0, "organization"));
              host.page(request -> host.sdk.organizations().sharesOf(host.actor(), org.id(), request),
                  Pages.request(args), host.views::shares, "shares-of " + org.id());
            }),
        new Command("preview-delete", "preview-delete <org>", "what deleting would do, without deleting", Set.of(),
            args -> {
              ConsumerOrganization org = OrganizationRef.resolve(host.sdk, host.actor(), args.rest(0, "organization"));
              host.views.impact(host.sdk.organizations().previewDelete(host.actor(), org.id()));
            }),
        new Command("delete", "delete <org>", "delete it; its links end (kept for billing) and the impact is shown",
            Set.of(), args -> {
              ConsumerOrganization org = OrganizationRef.resolve(host.sdk, host.actor(), args.rest(0, "organization"));
              DeletionImpact impact = host.sdk.organizations().delete(host.actor(), org.id());
              host.views.impact(impact);
            }));
  }

  private static long version(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new UsageException("The version must be a number (get <org> shows it); got \u201C" + text + "\u201D.");
    }
  }
}
