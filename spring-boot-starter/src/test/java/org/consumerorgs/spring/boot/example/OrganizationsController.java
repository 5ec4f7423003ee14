package org.consumerorgs.spring.boot.example;

import java.time.YearMonth;
import java.util.List;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.AddConsumersResult;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.DeletionImpact;
import org.consumerorgs.domain.MacReport;
import org.consumerorgs.domain.Page;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.domain.SearchHit;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.domain.ShareId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A host's controller: it takes and returns the SDK's own types, which the starter's Jackson module reads and writes,
 * and lets the SDK's exceptions through, which the starter answers as problem responses. The provider comes from a
 * header here; a real host takes it from its authentication.
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

  /** A host's own request body, not one of the SDK's: its failures are the host's (Spring's default answer). */
  record Rename(long version, String name) {}

  @PostMapping("/providers")
  @ResponseStatus(HttpStatus.CREATED)
  String registerProvider(@RequestHeader("X-Provider") String provider, @RequestBody String name) {
    return sdk.providers().register(actor(provider), name).name();
  }

  @PostMapping("/shares/{id}")
  @ResponseStatus(HttpStatus.CREATED)
  String registerShare(@RequestHeader("X-Provider") String provider, @PathVariable ShareId id,
      @RequestBody String name) {
    return sdk.shares().register(actor(provider), id, name).name();
  }

  @PostMapping("/organizations")
  @ResponseStatus(HttpStatus.CREATED)
  ConsumerOrganization create(@RequestHeader(name = "X-Provider", defaultValue = "") String provider,
      @RequestBody String name) {
    return sdk.organizations().create(actor(provider), name);
  }

  @GetMapping("/organizations/{id}")
  ConsumerOrganization get(@RequestHeader("X-Provider") String provider, @PathVariable ConsumerOrganizationId id) {
    return sdk.organizations().get(actor(provider), id);
  }

  @PutMapping("/organizations/{id}")
  ConsumerOrganization rename(@RequestHeader("X-Provider") String provider, @PathVariable ConsumerOrganizationId id,
      @RequestBody Rename rename) {
    return sdk.organizations().rename(actor(provider), id, rename.version(), rename.name());
  }

  @GetMapping("/organizations")
  Page<ConsumerOrganization> list(@RequestHeader("X-Provider") String provider, @RequestParam int size,
      @RequestParam(required = false) String after) {
    return sdk.organizations().list(actor(provider),
        after == null ? PageRequest.first(size) : PageRequest.after(after, size));
  }

  @PostMapping("/organizations/search")
  List<SearchHit> search(@RequestHeader("X-Provider") String provider, @RequestBody SearchRequest request) {
    return sdk.organizations().search(actor(provider), request);
  }

  @DeleteMapping("/organizations/{id}")
  DeletionImpact delete(@RequestHeader("X-Provider") String provider, @PathVariable ConsumerOrganizationId id) {
    return sdk.organizations().delete(actor(provider), id);
  }

  @PostMapping("/shares/{id}/consumers")
  AddConsumersResult addConsumers(@RequestHeader("X-Provider") String provider, @PathVariable ShareId id,
      @RequestBody AddConsumersRequest request) {
    return sdk.shares().addConsumers(actor(provider), id, request);
  }

  @GetMapping("/mac/{month}")
  MacReport monthlyActiveConsumers(@RequestHeader("X-Provider") String provider, @PathVariable String month) {
    return sdk.monthlyActiveConsumers().report(actor(provider), YearMonth.parse(month));
  }

  @GetMapping("/events")
  List<RecordedEvent> events(@RequestHeader("X-Provider") String provider, @RequestParam long after) {
    return sdk.events().read(actor(provider), after, 100);
  }
}
