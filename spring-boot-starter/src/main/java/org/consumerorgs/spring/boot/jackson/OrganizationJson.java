package org.consumerorgs.spring.boot.jackson;

import static org.consumerorgs.spring.boot.jackson.Writer.instant;
import static org.consumerorgs.spring.boot.jackson.Writer.optional;

import com.fasterxml.jackson.databind.module.SimpleModule;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.Page;
import org.consumerorgs.domain.Provider;
import org.consumerorgs.domain.SearchHit;
import org.consumerorgs.domain.Share;

/**
 * The objects of the model as JSON objects, ids as strings and instants as ISO-8601 strings in UTC:
 *
 * <pre>
 * Provider              {"id", "name", "registeredAt"}
 * Share                 {"id", "providerId", "name", "registeredAt"}
 * ConsumerOrganization  {"id", "providerId", "name", "version", "createdAt", "updatedAt", "externalId" (absent if none)}
 * Link                  {"id", "providerId", "shareId", "organizationId", "openedAt", "closedAt" (absent while open)}
 * SearchHit             {"organization": {...}, "match": "EXACT" | "PREFIX" | "WORD_PREFIX" | "ANYWHERE"}
 * Page                  {"items": [...], "nextCursor" (absent on the last page)}
 * </pre>
 */
final class OrganizationJson {
  private OrganizationJson() {}

  static void register(SimpleModule module) {
    module.addSerializer(Provider.class, new Writer<>(Provider.class, (provider, json, p) -> {
      json.writeStartObject();
      json.writeStringField("id", provider.id().value());
      json.writeStringField("name", provider.name());
      instant(json, "registeredAt", provider.registeredAt());
      json.writeEndObject();
    }));
    module.addSerializer(Share.class, new Writer<>(Share.class, (share, json, p) -> {
      json.writeStartObject();
      json.writeStringField("id", share.id().value());
      json.writeStringField("providerId", share.providerId().value());
      json.writeStringField("name", share.name());
      instant(json, "registeredAt", share.registeredAt());
      json.writeEndObject();
    }));
    module.addSerializer(ConsumerOrganization.class, new Writer<>(ConsumerOrganization.class, (org, json, p) -> {
      json.writeStartObject();
      json.writeStringField("id", org.id().value());
      json.writeStringField("providerId", org.providerId().value());
      json.writeStringField("name", org.name());
      json.writeNumberField("version", org.version());
      instant(json, "createdAt", org.createdAt());
      instant(json, "updatedAt", org.updatedAt());
      if (org.externalId().isPresent()) {
        json.writeStringField("externalId", org.externalId().get().value());
      }
      json.writeEndObject();
    }));
    module.addSerializer(Link.class, new Writer<>(Link.class, (link, json, p) -> {
      json.writeStartObject();
      json.writeStringField("id", link.id().value());
      json.writeStringField("providerId", link.providerId().value());
      json.writeStringField("shareId", link.shareId().value());
      json.writeStringField("organizationId", link.organizationId().value());
      instant(json, "openedAt", link.openedAt());
      if (link.closedAt().isPresent()) {
        instant(json, "closedAt", link.closedAt().get());
      }
      json.writeEndObject();
    }));
    module.addSerializer(SearchHit.class, new Writer<>(SearchHit.class, (hit, json, p) -> {
      json.writeStartObject();
      p.defaultSerializeField("organization", hit.organization(), json);
      json.writeStringField("match", hit.match().name());
      json.writeEndObject();
    }));
    @SuppressWarnings({"unchecked", "rawtypes"})
    Class<Page<?>> pageType = (Class) Page.class;
    module.addSerializer(pageType, new Writer<>(pageType, (page, json, p) -> {
      json.writeStartObject();
      p.defaultSerializeField("items", page.items(), json);
      optional(json, p, "nextCursor", page.nextCursor());
      json.writeEndObject();
    }));
  }
}
