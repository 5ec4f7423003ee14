package org.consumerorgs.spring.boot.readme;

import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.AddConsumersResult;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.ShareId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OrganizationsController {
  private static final Actor API = Actor.ofProvider(ProviderId.of("acme-data"), "api"); // from your authentication

  private final ConsumerOrgs sdk;

  OrganizationsController(ConsumerOrgs sdk) {
    this.sdk = sdk;
  }

  @PostMapping("/organizations")
  @ResponseStatus(HttpStatus.CREATED)
  ConsumerOrganization create(@RequestBody String name) {
    return sdk.organizations().create(API, name);
  }

  @PostMapping("/shares/{id}/consumers")
  AddConsumersResult addConsumers(@PathVariable ShareId id, @RequestBody AddConsumersRequest request) {
    return sdk.shares().addConsumers(API, id, request);
  }
}
