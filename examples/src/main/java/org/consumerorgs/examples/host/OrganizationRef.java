package org.consumerorgs.examples.host;

import java.util.List;
import java.util.Optional;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.MatchKind;
import org.consumerorgs.domain.SearchHit;
import org.consumerorgs.domain.SearchRequest;

/**
 * Lets a person name an organization by its id or by its name. The SDK works with ids (names change, ids never do); a
 * web page keeps the id behind each row, but a person typing commands knows names, so the host looks the name up
 * with an exact search and then uses the id, as the page would.
 */
final class OrganizationRef {
  private OrganizationRef() {}

  static ConsumerOrganization resolve(ConsumerOrgs sdk, Actor actor, String text) {
    if (looksLikeId(text)) {
      Optional<ConsumerOrganization> byId = sdk.organizations().find(actor, ConsumerOrganizationId.of(text));
      if (byId.isPresent()) {
        return byId.get();
      }
    }
    // Exact matches ignore case and accents; names are unique only up to case, so "Café" and "Cafe" can both match.
    List<ConsumerOrganization> exact = sdk.organizations().search(actor, SearchRequest.of(text).withLimit(10))
        .stream().filter(hit -> hit.match() == MatchKind.EXACT).map(SearchHit::organization).toList();
    if (exact.size() == 1) {
      return exact.get(0);
    }
    List<ConsumerOrganization> same = exact.stream().filter(org -> org.name().equals(text.strip())).toList();
    if (same.size() == 1) {
      return same.get(0);
    }
    if (exact.isEmpty()) {
      throw new UnknownOrganizationException(text);
    }
    throw new UsageException("Several organizations are named like \u201C" + text + "\u201D; use one of their ids: "
        + String.join(", ", exact.stream().map(org -> org.name() + " = " + org.id()).toList()) + ".");
  }

  /** Ids are printable ASCII without spaces, at most 64 characters; anything else can only be a name. */
  static boolean looksLikeId(String text) {
    return !text.isEmpty() && text.length() <= 64 && text.chars().allMatch(c -> c > 0x20 && c < 0x7f);
  }
}
