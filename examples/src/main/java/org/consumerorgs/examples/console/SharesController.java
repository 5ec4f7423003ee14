package org.consumerorgs.examples.console;

import jakarta.servlet.http.HttpSession;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.AddConsumersResult;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.Page;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.domain.ShareId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The Shares pages: the provider's shares, a share's consumers with "Remove", and the "Add a consumer organization"
 * dialog — its drop-down (the provider's organizations; as the person types, the SDK's ranked search leaving out the
 * share's consumers) and its "Done", which sends every selection and new name as one atomic batch.
 */
@RestController
@RequestMapping("/api/shares")
class SharesController {
  private final ConsumerOrgs sdk;

  SharesController(ConsumerOrgs sdk) {
    this.sdk = sdk;
  }

  record ShareForm(String id, String name) {}

  /** "Done": the organizations picked in the drop-down, by id, and the new names typed, in the order gathered. */
  record Done(List<Entry> entries) {}

  /** One gathered entry: {@code existing} holds an organization id, {@code name} a new organization's name. */
  record Entry(String existing, String name) {}

  record Outcome(Json.Organization organization, String status) {}

  @GetMapping
  Json.PageView<Json.ShareView> list(@RequestParam Optional<String> cursor, HttpSession session) {
    return Json.PageView.of(sdk.shares().list(SignedIn.actor(session), Requests.page(cursor)), Json.ShareView::of);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Json.ShareView register(@RequestBody ShareForm form, HttpSession session) {
    return Json.ShareView.of(sdk.shares().register(SignedIn.actor(session), ShareId.of(Requests.required("id",
        form.id()).strip()), Requests.required("name", form.name())));
  }

  @GetMapping("/{id}")
  Json.ShareView get(@PathVariable String id, HttpSession session) {
    Actor actor = SignedIn.actor(session);
    return sdk.shares().find(actor, ShareId.of(id)).map(Json.ShareView::of)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
            "There is no share \u201C" + id + "\u201D."));
  }

  @GetMapping("/{id}/consumers")
  Json.PageView<Json.Organization> consumers(@PathVariable String id, @RequestParam Optional<String> cursor,
      HttpSession session) {
    return Json.PageView.of(sdk.shares().consumers(SignedIn.actor(session), ShareId.of(id), Requests.page(cursor)),
        Json.Organization::of);
  }

  @DeleteMapping("/{id}/consumers/{organization}")
  Json.Organization remove(@PathVariable String id, @PathVariable String organization, HttpSession session) {
    Actor actor = SignedIn.actor(session);
    ConsumerOrganizationId organizationId = ConsumerOrganizationId.of(organization);
    sdk.shares().removeConsumer(actor, ShareId.of(id), organizationId);
    return Json.Organization.of(sdk.organizations().get(actor, organizationId));
  }

  /**
   * The drop-down's rows. With no text: the first organizations by name, each marked when the share already has it
   * (shown, but not selectable). With text: the SDK's search, ranked exact, prefix, word prefix, anywhere, which leaves
   * the share's consumers out by itself.
   */
  @GetMapping("/{id}/candidates")
  List<Json.Hit> candidates(@PathVariable String id, @RequestParam(defaultValue = "") String q, HttpSession session) {
    Actor actor = SignedIn.actor(session);
    ShareId share = ShareId.of(id);
    if (!q.isBlank()) {
      return sdk.organizations().search(actor, SearchRequest.of(q).excludingConsumersOf(share)).stream()
          .map(Json.Hit::of).toList();
    }
    Set<ConsumerOrganizationId> consumers = consumerIds(actor, share);
    return sdk.organizations().list(actor, PageRequest.first(Requests.PAGE_SIZE)).items().stream()
        .map(o -> new Json.Hit(Json.Organization.of(o), "LISTED", consumers.contains(o.id()))).toList();
  }

  @PostMapping("/{id}/consumers")
  List<Outcome> done(@PathVariable String id, @RequestBody Done done, HttpSession session) {
    AddConsumersRequest.Builder request = AddConsumersRequest.builder();
    for (Entry entry : Requests.required("entries", done.entries())) {
      if (entry.existing() != null) {
        request.existing(ConsumerOrganizationId.of(entry.existing()));
      } else {
        request.newOrganization(Requests.required("name", entry.name()));
      }
    }
    AddConsumersResult result = sdk.shares().addConsumers(SignedIn.actor(session), ShareId.of(id), request.build());
    return result.outcomes().stream()
        .map(o -> new Outcome(Json.Organization.of(o.organization()), o.status().name())).toList();
  }

  /**
   * The share's consumers, every page of them, for the drop-down to mark. Fine for shares of thousands; a console for
   * shares of millions would show the first rows of a search instead of a list.
   */
  private Set<ConsumerOrganizationId> consumerIds(Actor actor, ShareId share) {
    Set<ConsumerOrganizationId> ids = new HashSet<>();
    Optional<PageRequest> page = Optional.of(PageRequest.first(PageRequest.MAX_SIZE));
    while (page.isPresent()) {
      Page<ConsumerOrganization> consumers = sdk.shares().consumers(actor, share, page.get());
      consumers.items().forEach(o -> ids.add(o.id()));
      page = consumers.next(PageRequest.MAX_SIZE);
    }
    return ids;
  }
}
