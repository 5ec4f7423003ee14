package org.consumerorgs.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.AddConsumersResult;
import org.consumerorgs.domain.AddConsumersResult.Status;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.DeletionImpact;
import org.consumerorgs.domain.MacReport;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.SearchHit;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareId;
import org.junit.jupiter.api.Test;

/** The README's quick start, line for line: if it stops compiling or working, so does the build. */
class ReadmeQuickStartTest {
  @Test
  void theQuickStartWorksAsWritten() {
    ConsumerOrgs sdk = ConsumerOrgs.builder(new InMemoryStorage()).build();
    Actor alice = Actor.ofProvider(ProviderId.of("acme-data"), "alice@acme-data");

    sdk.providers().register(alice, "Acme Data");
    Share sales = sdk.shares().register(alice, ShareId.of("sales-2026"), "Sales 2026");

    ConsumerOrganization globex = sdk.organizations().create(alice, "Globex");
    globex = sdk.organizations().rename(alice, globex.id(), globex.version(), "Globex Corp");

    List<SearchHit> hits = sdk.organizations().search(alice, SearchRequest.of("glo").excludingConsumersOf(sales.id()));
    AddConsumersResult done = sdk.shares().addConsumers(alice, sales.id(),
        AddConsumersRequest.builder().existing(hits.get(0).organization().id()).newOrganization("Initech").build());

    DeletionImpact impact = sdk.organizations().previewDelete(alice, globex.id());
    MacReport mac = sdk.monthlyActiveConsumers().report(alice, YearMonth.now(ZoneOffset.UTC));

    assertEquals(List.of(Status.LINKED, Status.CREATED_AND_LINKED),
        done.outcomes().stream().map(AddConsumersResult.EntryOutcome::status).toList());
    assertEquals(globex.id(), done.outcomes().get(0).organization().id());
    assertTrue(impact.summary().startsWith("Deleting \u201CGlobex Corp\u201D removes it from 1 share: Sales 2026."),
        impact.summary());
    assertEquals(List.of("Globex Corp", "Initech"), mac.consumers().stream().map(c -> c.name()).toList());
  }
}
