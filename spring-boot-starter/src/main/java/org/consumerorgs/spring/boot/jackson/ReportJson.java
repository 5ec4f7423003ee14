package org.consumerorgs.spring.boot.jackson;

import static org.consumerorgs.spring.boot.jackson.Writer.instant;

import com.fasterxml.jackson.databind.module.SimpleModule;
import org.consumerorgs.domain.ActiveConsumer;
import org.consumerorgs.domain.AddConsumersResult;
import org.consumerorgs.domain.DeletionImpact;
import org.consumerorgs.domain.MacEffect;
import org.consumerorgs.domain.MacReport;
import org.consumerorgs.domain.ShareDeletion;
import org.consumerorgs.domain.TimeWindow;

/**
 * What the use cases that change or count many things answer, as JSON objects; months as {@code "2026-03"}, time zones
 * by their id:
 *
 * <pre>
 * AddConsumersResult  {"shareId", "outcomes": [{"entry": {...}, "organization": {...},
 *                      "status": "CREATED_AND_LINKED" | "LINKED" | "ALREADY_LINKED"}]}
 * ShareDeletion       {"share": {...}, "closedLinks": [...]}
 * DeletionImpact      {"organization": {...}, "sharesLosingAccess": [...], "macEffects": [...], "allowed", "deleted",
 *                      "summary"}
 * MacEffect           {"month", "countsIfKept", "countsAfterDeletion", "change" (-1 or 0)}
 * MacReport           {"providerId", "month", "zone", "definition", "window": {"start", "end"}, "count",
 *                      "consumers": [{"organizationId", "name", "deletedAt" (absent while live), "evidence": [...]}]}
 * </pre>
 */
final class ReportJson {
  private ReportJson() {}

  static void register(SimpleModule module) {
    module.addSerializer(AddConsumersResult.class, new Writer<>(AddConsumersResult.class, (result, json, p) -> {
      json.writeStartObject();
      json.writeStringField("shareId", result.shareId().value());
      json.writeArrayFieldStart("outcomes");
      for (AddConsumersResult.EntryOutcome outcome : result.outcomes()) {
        json.writeStartObject();
        p.defaultSerializeField("entry", outcome.entry(), json);
        p.defaultSerializeField("organization", outcome.organization(), json);
        json.writeStringField("status", outcome.status().name());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }));
    module.addSerializer(ShareDeletion.class, new Writer<>(ShareDeletion.class, (deletion, json, p) -> {
      json.writeStartObject();
      p.defaultSerializeField("share", deletion.share(), json);
      p.defaultSerializeField("closedLinks", deletion.closedLinks(), json);
      json.writeEndObject();
    }));
    module.addSerializer(DeletionImpact.class, new Writer<>(DeletionImpact.class, (impact, json, p) -> {
      json.writeStartObject();
      p.defaultSerializeField("organization", impact.organization(), json);
      p.defaultSerializeField("sharesLosingAccess", impact.sharesLosingAccess(), json);
      p.defaultSerializeField("macEffects", impact.macEffects(), json);
      json.writeBooleanField("allowed", impact.allowed());
      json.writeBooleanField("deleted", impact.deleted());
      json.writeStringField("summary", impact.summary());
      json.writeEndObject();
    }));
    module.addSerializer(MacEffect.class, new Writer<>(MacEffect.class, (effect, json, p) -> {
      json.writeStartObject();
      json.writeStringField("month", effect.month().toString());
      json.writeBooleanField("countsIfKept", effect.countsIfKept());
      json.writeBooleanField("countsAfterDeletion", effect.countsAfterDeletion());
      json.writeNumberField("change", effect.change());
      json.writeEndObject();
    }));
    module.addSerializer(TimeWindow.class, new Writer<>(TimeWindow.class, (window, json, p) -> {
      json.writeStartObject();
      instant(json, "start", window.start());
      instant(json, "end", window.end());
      json.writeEndObject();
    }));
    module.addSerializer(MacReport.class, new Writer<>(MacReport.class, (report, json, p) -> {
      json.writeStartObject();
      json.writeStringField("providerId", report.providerId().value());
      json.writeStringField("month", report.month().toString());
      json.writeStringField("zone", report.zone().getId());
      json.writeStringField("definition", report.definition());
      p.defaultSerializeField("window", report.window(), json);
      json.writeNumberField("count", report.count());
      p.defaultSerializeField("consumers", report.consumers(), json);
      json.writeEndObject();
    }));
    module.addSerializer(ActiveConsumer.class, new Writer<>(ActiveConsumer.class, (consumer, json, p) -> {
      json.writeStartObject();
      json.writeStringField("organizationId", consumer.organizationId().value());
      json.writeStringField("name", consumer.name());
      if (consumer.deletedAt().isPresent()) {
        instant(json, "deletedAt", consumer.deletedAt().get());
      }
      p.defaultSerializeField("evidence", consumer.evidence(), json);
      json.writeEndObject();
    }));
  }
}
