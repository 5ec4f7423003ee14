package org.consumerorgs.examples.console;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.SearchRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Manage → Consumer organizations page: the list sorted by name, the search box, create, rename with the version
 * the form was loaded with, the impact preview and the delete. Each method is one SDK call; whatever the SDK refuses
 * goes back as the starter's problem response.
 */
@RestController
@RequestMapping("/api/organizations")
class OrganizationsController {
  private final ConsumerOrgs sdk;

  OrganizationsController(ConsumerOrgs sdk) {
    this.sdk = sdk;
  }

  record NameForm(String name) {}

  record RenameForm(Long version, String name) {}

  @GetMapping
  Json.PageView<Json.Organization> list(@RequestParam Optional<String> cursor, HttpSession session) {
    return Json.PageView.of(sdk.organizations().list(SignedIn.actor(session), Requests.page(cursor)),
        Json.Organization::of);
  }

  @GetMapping("/search")
  List<Json.Hit> search(@RequestParam String q, HttpSession session) {
    return sdk.organizations().search(SignedIn.actor(session), SearchRequest.of(q)).stream().map(Json.Hit::of)
        .toList();
  }

  @GetMapping("/{id}")
  Json.Organization get(@PathVariable String id, HttpSession session) {
    return Json.Organization.of(sdk.organizations().get(SignedIn.actor(session), ConsumerOrganizationId.of(id)));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Json.Organization create(@RequestBody NameForm form, HttpSession session) {
    return Json.Organization.of(sdk.organizations().create(SignedIn.actor(session),
        Requests.required("name", form.name())));
  }

  @PutMapping("/{id}")
  Json.Organization rename(@PathVariable String id, @RequestBody RenameForm form, HttpSession session) {
    long version = Requests.required("version", form.version());
    return Json.Organization.of(sdk.organizations().rename(SignedIn.actor(session), ConsumerOrganizationId.of(id),
        version, Requests.required("name", form.name())));
  }

  @GetMapping("/{id}/deletion-impact")
  Json.Impact previewDelete(@PathVariable String id, HttpSession session) {
    return Json.Impact.of(sdk.organizations().previewDelete(SignedIn.actor(session), ConsumerOrganizationId.of(id)));
  }

  @DeleteMapping("/{id}")
  Json.Impact delete(@PathVariable String id, HttpSession session) {
    return Json.Impact.of(sdk.organizations().delete(SignedIn.actor(session), ConsumerOrganizationId.of(id)));
  }
}
