package org.consumerorgs.spring.boot.jackson;

import static org.consumerorgs.spring.boot.jackson.Writer.instant;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
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
    module.addSerializer(AddConsumersResult.class,
        new Writer<>(AddConsumersResult.class, ReportJson::writeAddConsumersResult));
    module.addSerializer(ShareDeletion.class, new Writer<>(ShareDeletion.class, ReportJson::writeShareDeletion));
    module.addSerializer(DeletionImpact.class, new Writer<>(DeletionImpact.class, ReportJson::writeDeletionImpact));
    module.addSerializer(MacEffect.class, new Writer<>(MacEffect.class, ReportJson::writeMacEffect));
    module.addSerializer(TimeWindow.class, new Writer<>(TimeWindow.class, ReportJson::writeTimeWindow));
    module.addSerializer(MacReport.class, new Writer<>(MacReport.class, ReportJson::writeMacReport));
    module.addSerializer(ActiveConsumer.class, new Writer<>(ActiveConsumer.class, ReportJson::writeActiveConsumer));
  }

  private static void writeAddConsumersResult(AddConsumersResult result, JsonGenerator json, SerializerProvider p)
      throws IOException {
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
  }

  private static void writeShareDeletion(ShareDeletion deletion, JsonGenerator json, SerializerProvider p)
      throws IOException {
    json.writeStartObject();
    p.defaultSerializeField("share", deletion.share(), json);
    p.defaultSerializeField("closedLinks", deletion.closedLinks(), json);
    json.writeEndObject();
  }

  private static void writeDeletionImpact(DeletionImpact impact, JsonGenerator json, SerializerProvider p)
      throws IOException {
    json.writeStartObject();
    p.defaultSerializeField("organization", impact.organization(), json);
    p.defaultSerializeField("sharesLosingAccess", impact.sharesLosingAccess(), json);
    p.defaultSerializeField("macEffects", impact.macEffects(), json);
    json.writeBooleanField("allowed", impact.allowed());
    json.writeBooleanField("deleted", impact.deleted());
    json.writeStringField("summary", impact.summary());
    json.writeEndObject();
  }

  private static void writeMacEffect(MacEffect effect, JsonGenerator json, SerializerProvider p) throws IOException {
    json.writeStartObject();
    json.writeStringField("month", effect.month().toString());
    json.writeBooleanField("countsIfKept", effect.countsIfKept());
    json.writeBooleanField("countsAfterDeletion", effect.countsAfterDeletion());
    json.writeNumberField("change", effect.change());
    json.writeEndObject();
  }

  private static void writeTimeWindow(TimeWindow window, JsonGenerator json, SerializerProvider p) throws IOException {
    json.writeStartObject();
    instant(json, "start", window.start());
    instant(json, "end", window.end());
    json.writeEndObject();
  }

  private static void writeMacReport(MacReport report, JsonGenerator json, SerializerProvider p) throws IOException {
    json.writeStartObject();
    json.writeStringField("providerId", report.providerId().value());
    json.writeStringField("month", report.month().toString());
    json.writeStringField("zone", report.zone().getId());
    json.writeStringField("definition", report.definition());
    p.defaultSerializeField("window", report.window(), json);
    json.writeNumberField("count", report.count());
    p.defaultSerializeField("consumers", report.consumers(), json);
    json.writeEndObject();
  }

  private static void writeActiveConsumer(ActiveConsumer consumer, JsonGenerator json, SerializerProvider p)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("organizationId", consumer.organizationId().value());
    json.writeStringField("name", consumer.name());
    if (consumer.deletedAt().isPresent()) {
      instant(json, "deletedAt", consumer.deletedAt().get());
    }
    p.defaultSerializeField("evidence", consumer.evidence(), json);
    json.writeEndObject();
  }
}
