package org.consumerorgs.spring.boot.jackson;

import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The SDK's types in JSON. The Spring Boot starter registers it in the application's {@code ObjectMapper} (off with
 * {@code consumer-orgs.jackson.enabled=false}); any other program registers it with
 * {@code mapper.registerModule(new ConsumerOrgsJacksonModule())}.
 *
 * <ul>
 *   <li>Ids ({@code ProviderId}, {@code ShareId}, {@code ConsumerOrganizationId}, {@code LinkId},
 *       {@code ExternalId}) are plain JSON strings, written and read; a normalised name is the string people see.
 *   <li>The values a host returns from a controller (providers, shares, organizations, links, pages, search hits,
 *       the result of adding consumers, share deletions, deletion impacts, Monthly Active Consumers reports, change
 *       events) are written in the shapes documented on {@code OrganizationJson}, {@code ReportJson} and
 *       {@code EventJson}: camel-case field names as in the Java API, instants as ISO-8601 strings in UTC, absent
 *       optionals as absent fields, enums by their constant names. The shapes are fixed here, whatever the
 *       mapper's own settings, so that a client sees the same JSON from every host.
 *   <li>The requests a client sends ({@code AddConsumersRequest}, {@code SearchRequest}, {@code ConsumerEntry}) are
 *       read strictly, and written in the same shape; a body that is not such a request fails with an
 *       {@link InvalidRequestBodyException} whose message is written for the client and whose path names the field.
 * </ul>
 */
public final class ConsumerOrgsJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module, with every serializer and deserializer of the SDK's types. */
  public ConsumerOrgsJacksonModule() {
    super("ConsumerOrgsJacksonModule");
    IdJson.register(this);
    OrganizationJson.register(this);
    ReportJson.register(this);
    EventJson.register(this);
    RequestJson.register(this);
  }
}
