package org.consumerorgs.spring.boot.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consumerorgs.domain.ActiveConsumer;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.AddConsumersResult;
import org.consumerorgs.domain.ChangeEvent;
import org.consumerorgs.domain.ConsumerEntry;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.DeletionImpact;
import org.consumerorgs.domain.EventType;
import org.consumerorgs.domain.ExternalId;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.LinkId;
import org.consumerorgs.domain.MacEffect;
import org.consumerorgs.domain.MacReport;
import org.consumerorgs.domain.MatchKind;
import org.consumerorgs.domain.NormalizedName;
import org.consumerorgs.domain.Page;
import org.consumerorgs.domain.Provider;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.domain.SearchHit;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareDeletion;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.domain.TimeWindow;
import org.junit.jupiter.api.Test;

/** The JSON shapes the module writes, exactly, and what it refuses to read. */
class ConsumerOrgsJacksonModuleTest {
  private static final ProviderId ACME = ProviderId.of("acme-data");
  private static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");
  private static final Instant RENAMED = Instant.parse("2026-03-15T10:15:30.123456Z");
  private static final ConsumerOrganization GLOBEX = new ConsumerOrganization(ConsumerOrganizationId.of("org-1"),
      ACME, "Globex", 2, CREATED, RENAMED);
  private static final Share SALES = new Share(ShareId.of("sales"), ACME, "Sales", CREATED);
  private static final Link OPEN = new Link(LinkId.of("link-1"), ACME, SALES.id(), GLOBEX.id(), CREATED,
      Optional.empty());
  private static final String GLOBEX_JSON = "{\"id\":\"org-1\",\"providerId\":\"acme-data\",\"name\":\"Globex\","
      + "\"version\":2,\"createdAt\":\"2026-03-01T09:00:00Z\",\"updatedAt\":\"2026-03-15T10:15:30.123456Z\"}";
  private static final String SALES_JSON = "{\"id\":\"sales\",\"providerId\":\"acme-data\",\"name\":\"Sales\","
      + "\"registeredAt\":\"2026-03-01T09:00:00Z\"}";
  private static final String OPEN_JSON = "{\"id\":\"link-1\",\"providerId\":\"acme-data\",\"shareId\":\"sales\","
      + "\"organizationId\":\"org-1\",\"openedAt\":\"2026-03-01T09:00:00Z\"}";

  private final ObjectMapper json = new ObjectMapper().registerModule(new ConsumerOrgsJacksonModule());

  /** A host's own request body with an SDK id in it. */
  record Rename(ConsumerOrganizationId id, String name) {}

  @Test
  void idsAndNamesArePlainStrings() throws Exception {
    assertThat(json.writeValueAsString(List.of(ACME, SALES.id(), GLOBEX.id(), OPEN.id())))
        .isEqualTo("[\"acme-data\",\"sales\",\"org-1\",\"link-1\"]");
    assertThat(json.writeValueAsString(new NormalizedName("Café", "café", "cafe"))).isEqualTo("\"Café\"");
    assertThat(json.readValue("\"org-1\"", ConsumerOrganizationId.class)).isEqualTo(GLOBEX.id());
    assertThat(json.readValue("{\"id\":\"org-1\",\"name\":\"Globex\"}", Rename.class))
        .isEqualTo(new Rename(GLOBEX.id(), "Globex"));
  }

  @Test
  void aBadIdInAHostsBodyNamesItsField() {
    assertThatThrownBy(() -> json.readValue("{\"id\":\"org 1\",\"name\":\"Globex\"}", Rename.class))
        .isInstanceOfSatisfying(InvalidRequestBodyException.class, e -> {
          assertThat(InvalidRequestBodyException.field(e)).isEqualTo("id");
          assertThat(e.getOriginalMessage()).contains("consumer organization id").contains("printable ASCII");
        });
    assertThatThrownBy(() -> json.readValue("{\"id\":42,\"name\":\"Globex\"}", Rename.class))
        .isInstanceOfSatisfying(InvalidRequestBodyException.class,
            e -> assertThat(e.getOriginalMessage()).isEqualTo("an id must be a JSON string"));
  }

  @Test
  void theModelsObjects() throws Exception {
    assertThat(json.writeValueAsString(GLOBEX)).isEqualTo(GLOBEX_JSON);
    assertThat(json.writeValueAsString(SALES)).isEqualTo(SALES_JSON);
    ConsumerOrganization synced = GLOBEX.withExternalId(Optional.of(ExternalId.of("crm-42")), RENAMED);
    assertThat(json.writeValueAsString(synced)).isEqualTo(GLOBEX_JSON.replace("\"version\":2", "\"version\":3")
        .replace("}", ",\"externalId\":\"crm-42\"}"));
    assertThat(json.writeValueAsString(ExternalId.of("crm-42"))).isEqualTo("\"crm-42\"");
    assertThat(json.readValue("\"crm-42\"", ExternalId.class)).isEqualTo(ExternalId.of("crm-42"));
    assertThat(json.writeValueAsString(new Provider(ACME, "Acme Data", CREATED)))
        .isEqualTo("{\"id\":\"acme-data\",\"name\":\"Acme Data\",\"registeredAt\":\"2026-03-01T09:00:00Z\"}");
    assertThat(json.writeValueAsString(OPEN)).isEqualTo(OPEN_JSON);
    assertThat(json.writeValueAsString(OPEN.closedAt(RENAMED)))
        .isEqualTo(OPEN_JSON.replace("}", ",\"closedAt\":\"2026-03-15T10:15:30.123456Z\"}"));
    assertThat(json.writeValueAsString(new SearchHit(GLOBEX, MatchKind.WORD_PREFIX)))
        .isEqualTo("{\"organization\":" + GLOBEX_JSON + ",\"match\":\"WORD_PREFIX\"}");
    assertThat(json.writeValueAsString(new Page<>(List.of(SALES), Optional.of("c1"))))
        .isEqualTo("{\"items\":[" + SALES_JSON + "],\"nextCursor\":\"c1\"}");
    assertThat(json.writeValueAsString(new Page<>(List.of(), Optional.empty()))).isEqualTo("{\"items\":[]}");
  }

  @Test
  void theResultsOfChangesAndReports() throws Exception {
    AddConsumersResult added = new AddConsumersResult(SALES.id(), List.of(
        new AddConsumersResult.EntryOutcome(ConsumerEntry.existing(GLOBEX.id()), GLOBEX,
            AddConsumersResult.Status.ALREADY_LINKED)));
    assertThat(json.writeValueAsString(added)).isEqualTo("{\"shareId\":\"sales\",\"outcomes\":[{\"entry\":"
        + "{\"existing\":\"org-1\"},\"organization\":" + GLOBEX_JSON + ",\"status\":\"ALREADY_LINKED\"}]}");
    assertThat(json.writeValueAsString(new ShareDeletion(SALES, List.of(OPEN))))
        .isEqualTo("{\"share\":" + SALES_JSON + ",\"closedLinks\":[" + OPEN_JSON + "]}");
    DeletionImpact impact = new DeletionImpact(GLOBEX, List.of(SALES),
        List.of(new MacEffect(YearMonth.of(2026, 3), true, true), new MacEffect(YearMonth.of(2026, 4), true, false)),
        true, false);
    assertThat(json.writeValueAsString(impact)).isEqualTo("{\"organization\":" + GLOBEX_JSON
        + ",\"sharesLosingAccess\":[" + SALES_JSON + "],\"macEffects\":["
        + "{\"month\":\"2026-03\",\"countsIfKept\":true,\"countsAfterDeletion\":true,\"change\":0},"
        + "{\"month\":\"2026-04\",\"countsIfKept\":true,\"countsAfterDeletion\":false,\"change\":-1}],"
        + "\"allowed\":true,\"deleted\":false,\"summary\":" + json.writeValueAsString(impact.summary()) + "}");
    MacReport report = new MacReport(ACME, YearMonth.of(2026, 3), ZoneId.of("Europe/Paris"), "any open link",
        new TimeWindow(CREATED, RENAMED), List.of(new ActiveConsumer(GLOBEX.id(), "Globex", Optional.of(RENAMED),
            List.of(OPEN))));
    assertThat(json.writeValueAsString(report)).isEqualTo("{\"providerId\":\"acme-data\",\"month\":\"2026-03\","
        + "\"zone\":\"Europe/Paris\",\"definition\":\"any open link\",\"window\":{\"start\":\"2026-03-01T09:00:00Z\","
        + "\"end\":\"2026-03-15T10:15:30.123456Z\"},\"count\":1,\"consumers\":[{\"organizationId\":\"org-1\","
        + "\"name\":\"Globex\",\"deletedAt\":\"2026-03-15T10:15:30.123456Z\",\"evidence\":[" + OPEN_JSON + "]}]}");
  }

  @Test
  void theChangeLog() throws Exception {
    ChangeEvent renamed = new ChangeEvent(ACME, EventType.ORGANIZATION_RENAMED, RENAMED, "alice",
        Optional.of(GLOBEX.id()), Optional.empty(), Map.of("version", "1", "name", "Globx"),
        Map.of("version", "2", "name", "Globex"));
    assertThat(json.writeValueAsString(new RecordedEvent(7, renamed))).isEqualTo("{\"sequence\":7,\"event\":{"
        + "\"providerId\":\"acme-data\",\"type\":\"ORGANIZATION_RENAMED\",\"occurredAt\":"
        + "\"2026-03-15T10:15:30.123456Z\",\"actorId\":\"alice\",\"organizationId\":\"org-1\","
        + "\"before\":{\"name\":\"Globx\",\"version\":\"1\"},\"after\":{\"name\":\"Globex\",\"version\":\"2\"}}}");
  }

  @Test
  void theShapesAreTheSameWhateverTheMappersSettings() throws Exception {
    ObjectMapper other = new ObjectMapper().registerModule(new ConsumerOrgsJacksonModule())
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    assertThat(other.writeValueAsString(GLOBEX)).isEqualTo(GLOBEX_JSON);
    assertThat(other.writeValueAsString(new Page<>(List.of(OPEN), Optional.empty())))
        .isEqualTo("{\"items\":[" + OPEN_JSON + "]}");
  }

  @Test
  void theRequestsAreReadAndWrittenInOneShape() throws Exception {
    AddConsumersRequest add = AddConsumersRequest.builder().existing(GLOBEX.id()).newOrganization("Initech").build();
    String addJson = "{\"entries\":[{\"existing\":\"org-1\"},{\"newOrganization\":\"Initech\"}]}";
    assertThat(json.writeValueAsString(add)).isEqualTo(addJson);
    assertThat(json.readValue(addJson, AddConsumersRequest.class)).isEqualTo(add);
    SearchRequest search = SearchRequest.of("glo").withLimit(5).excludingConsumersOf(SALES.id());
    String searchJson = "{\"text\":\"glo\",\"limit\":5,\"excludeConsumersOf\":\"sales\"}";
    assertThat(json.writeValueAsString(search)).isEqualTo(searchJson);
    assertThat(json.readValue(searchJson, SearchRequest.class)).isEqualTo(search);
    assertThat(json.readValue("{\"text\":\"\"}", SearchRequest.class)).isEqualTo(SearchRequest.of(""));
    assertThat(json.readValue("{\"text\":\"glo\",\"limit\":null,\"excludeConsumersOf\":null}", SearchRequest.class))
        .isEqualTo(SearchRequest.of("glo"));
  }

  @Test
  void whatIsNotARequestIsRefusedNamingTheField() {
    assertRefused("{\"entries\":[]}", AddConsumersRequest.class, "entries", "at least one entry");
    assertRefused("{}", AddConsumersRequest.class, "entries", "is required");
    assertRefused("[]", AddConsumersRequest.class, "", "must be a JSON object");
    assertRefused("{\"entries\":[{\"existing\":\"a\",\"newOrganization\":\"b\"}]}", AddConsumersRequest.class,
        "entries[0]", "an entry is");
    assertRefused("{\"entries\":[{\"new\":\"b\"}]}", AddConsumersRequest.class, "entries[0].new", "unknown field");
    assertRefused("{\"entries\":[{\"newOrganization\":7}]}", AddConsumersRequest.class, "entries[0].newOrganization",
        "JSON string");
    assertRefused("{\"entries\":[{\"existing\":\"\"}]}", AddConsumersRequest.class, "entries[0].existing",
        "must not be empty");
    assertRefused("{\"text\":\"glo\",\"limit\":1.5}", SearchRequest.class, "limit", "whole number");
    assertRefused("{\"text\":\"glo\",\"limit\":\"5\"}", SearchRequest.class, "limit", "whole number");
    assertRefused("{\"text\":null}", SearchRequest.class, "text", "is required");
    assertRefused("{\"text\":\"glo\",\"excludeConsumersOf\":\"a b\"}", SearchRequest.class, "excludeConsumersOf",
        "share id");
    assertRefused("{\"text\":\"glo\",\"offset\":3}", SearchRequest.class, "offset", "unknown field");
  }

  private void assertRefused(String body, Class<?> type, String field, String message) {
    assertThatThrownBy(() -> json.readValue(body, type)).as(body)
        .isInstanceOfSatisfying(InvalidRequestBodyException.class, e -> {
          assertThat(InvalidRequestBodyException.field(e)).isEqualTo(field);
          assertThat(e.getOriginalMessage()).contains(message);
        });
  }
}
