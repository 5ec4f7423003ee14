package org.consumerorgs.spring.boot.jackson;

import static org.consumerorgs.spring.boot.jackson.Writer.instant;
import static org.consumerorgs.spring.boot.jackson.Writer.optional;

import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.Map;
import org.consumerorgs.domain.ChangeEvent;
import org.consumerorgs.domain.RecordedEvent;

/**
 * The change log as JSON objects, for audit screens and relays:
 *
 * <pre>
 * RecordedEvent  {"sequence", "event": {...}}
 * ChangeEvent    {"providerId", "type", "occurredAt", "actorId", "organizationId" (absent if none),
 *                 "shareId" (absent if none), "before": {name: text}, "after": {name: text}}
 * </pre>
 */
final class EventJson {
  private EventJson() {}

  static void register(SimpleModule module) {
    module.addSerializer(RecordedEvent.class, new Writer<>(RecordedEvent.class, (recorded, json, p) -> {
      json.writeStartObject();
      json.writeNumberField("sequence", recorded.sequence());
      p.defaultSerializeField("event", recorded.event(), json);
      json.writeEndObject();
    }));
    module.addSerializer(ChangeEvent.class, new Writer<>(ChangeEvent.class, (event, json, p) -> {
      json.writeStartObject();
      json.writeStringField("providerId", event.providerId().value());
      json.writeStringField("type", event.type().name());
      instant(json, "occurredAt", event.occurredAt());
      json.writeStringField("actorId", event.actorId());
      optional(json, p, "organizationId", event.organizationId());
      optional(json, p, "shareId", event.shareId());
      json.writeObjectFieldStart("before");
      for (Map.Entry<String, String> attribute : event.before().entrySet()) {
        json.writeStringField(attribute.getKey(), attribute.getValue());
      }
      json.writeEndObject();
      json.writeObjectFieldStart("after");
      for (Map.Entry<String, String> attribute : event.after().entrySet()) {
        json.writeStringField(attribute.getKey(), attribute.getValue());
      }
      json.writeEndObject();
      json.writeEndObject();
    }));
  }
}
