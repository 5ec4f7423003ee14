package org.consumerorgs.spring.boot.example;

import java.util.List;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.AddConsumersResult;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.ShareId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A host's controller: it calls the SDK and lets its exceptions through; the starter answers them as problem
 * responses. The provider comes from a header here; a real host takes it from its authentication.
 */
@RestController
class OrganizationsController {
  private final ConsumerOrgs sdk;

  OrganizationsController(ConsumerOrgs sdk) {
    this.sdk = sdk;
  }

  private static Actor actor(String provider) {
    return provider.isEmpty() ? Actor.withoutProvider("anonymous") : Actor.ofProvider(ProviderId.of(provider), "api");
  }

  @PostMapping("/providers")
  @ResponseStatus(HttpStatus.CREATED)
  String registerProvider(@RequestHeader("X-Provider") String provider, @RequestBody String name) {
    return sdk.providers().register(actor(provider), name).name();
  }

  @PostMapping("/shares/{id}")
  @ResponseStatus(HttpStatus.CREATED)
  String registerShare(@RequestHeader("X-Provider") String provider, @PathVariable String id,
      @RequestBody String name) {
    return sdk.shares().register(actor(provider), ShareId.of(id), name).name();
  }

  @PostMapping("/organizations")
  @ResponseStatus(HttpStatus.CREATED)
  String create(@RequestHeader(name = "X-Provider", defaultValue = "") String provider, @RequestBody String name) {
    return sdk.organizations().create(actor(provider), name).id().value();
  }

  @GetMapping("/organizations/{id}")
  String get(@RequestHeader("X-Provider") String provider, @PathVariable String id) {
    return sdk.organizations().get(actor(provider), ConsumerOrganizationId.of(id)).name();
  }

  @GetMapping("/organizations")
  List<String> list(@RequestHeader("X-Provider") String provider, @RequestParam int size) {
    return sdk.organizations().list(actor(provider), PageRequest.first(size)).items().stream()
        .map(ConsumerOrganization::name).toList();
  }

  @PostMapping("/shares/{id}/consumers")
  int addNew(@RequestHeader("X-Provider") String provider, @PathVariable String id, @RequestBody List<String> names) {
    AddConsumersRequest.Builder request = AddConsumersRequest.builder();
    names.forEach(request::newOrganization);
    AddConsumersResult result = sdk.shares().addConsumers(actor(provider), ShareId.of(id), request.build());
    return result.outcomes().size();
  }
}
