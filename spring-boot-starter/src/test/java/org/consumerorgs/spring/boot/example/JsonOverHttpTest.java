package org.consumerorgs.spring.boot.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The example application over real HTTP on H2, taking and returning the SDK's own types: the starter's Jackson
 * module writes them in their documented shapes and reads the requests, and a request the SDK's types cannot be read
 * from is a 400 problem response with the code INVALID_REQUEST and the field at fault, while the host's own bodies
 * keep Spring's answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:json-over-http;DB_CLOSE_DELAY=-1",
    "management.endpoints.web.exposure.include=health,metrics"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JsonOverHttpTest {
  private static final String ISO_INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z";

  @LocalServerPort
  int port;
  HostClient client;

  @BeforeAll
  void registerProviderAndShares() throws Exception {
    client = new HostClient(port, "acme-data");
    assertThat(client.send("POST", "/providers", "text/plain", "Acme Data").statusCode()).isEqualTo(201);
    for (String share : List.of("sales", "support", "billing")) {
      assertThat(client.send("POST", "/shares/" + share, "text/plain", share).statusCode()).isEqualTo(201);
    }
  }

  @Test
  void anOrganizationIsWrittenWithPlainIdsAndIsoInstants() throws Exception {
    String id = client.create("/organizations", "Globex").get("id").asText();
    JsonNode globex = client.get("/organizations/" + id);
    List<String> fields = new ArrayList<>();
    globex.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("id", "providerId", "name", "version", "createdAt", "updatedAt");
    assertThat(globex.get("id").isTextual()).isTrue();
    assertThat(globex.get("providerId").asText()).isEqualTo("acme-data");
    assertThat(globex.get("name").asText()).isEqualTo("Globex");
    assertThat(globex.get("version").asLong()).isEqualTo(1);
    assertThat(globex.get("createdAt").asText()).matches(ISO_INSTANT);
  }

  @Test
  void addConsumersReadsTheRequestAndWritesOneOutcomePerEntry() throws Exception {
    String hooli = client.create("/organizations", "Hooli").get("id").asText();
    JsonNode result = client.json("POST", "/shares/sales/consumers",
        "{\"entries\": [{\"existing\": \"" + hooli + "\"}, {\"newOrganization\": \"Pied Piper\"}]}", 200);
    assertThat(result.get("shareId").asText()).isEqualTo("sales");
    JsonNode outcomes = result.get("outcomes");
    assertThat(outcomes).hasSize(2);
    assertThat(outcomes.get(0).get("entry").get("existing").asText()).isEqualTo(hooli);
    assertThat(outcomes.get(0).get("organization").get("id").asText()).isEqualTo(hooli);
    assertThat(outcomes.get(0).get("status").asText()).isEqualTo("LINKED");
    assertThat(outcomes.get(1).get("entry").get("newOrganization").asText()).isEqualTo("Pied Piper");
    assertThat(outcomes.get(1).get("organization").get("name").asText()).isEqualTo("Pied Piper");
    assertThat(outcomes.get(1).get("status").asText()).isEqualTo("CREATED_AND_LINKED");
  }

  @Test
  void searchReadsTheRequestAndLeavesOutTheShareConsumers() throws Exception {
    String linked = client.create("/organizations", "Soylent Green").get("id").asText();
    client.create("/organizations", "Soylent Blue");
    client.json("POST", "/shares/support/consumers", "{\"entries\": [{\"existing\": \"" + linked + "\"}]}", 200);
    JsonNode hits = client.json("POST", "/organizations/search",
        "{\"text\": \"soylent\", \"limit\": 5, \"excludeConsumersOf\": \"support\"}", 200);
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).get("organization").get("name").asText()).isEqualTo("Soylent Blue");
    assertThat(hits.get(0).get("match").asText()).isEqualTo("PREFIX");
    assertThat(client.json("POST", "/organizations/search", "{\"text\": \"soylent\"}", 200)).hasSize(2);
  }

  @Test
  void pagesCarryTheNextCursorUntilTheLast() throws Exception {
    client.create("/organizations", "Paged One");
    client.create("/organizations", "Paged Two");
    JsonNode page = client.get("/organizations?size=1");
    int pages = 1;
    while (page.has("nextCursor")) {
      assertThat(page.get("items")).hasSize(1);
      page = client.get("/organizations?size=1&after=" + page.get("nextCursor").asText());
      pages++;
    }
    assertThat(pages).isGreaterThanOrEqualTo(2);
    assertThat(page.has("nextCursor")).as("the last page has no cursor field").isFalse();
  }

  @Test
  void aDeletionAnswersItsImpact() throws Exception {
    String umbrella = client.create("/organizations", "Umbrella").get("id").asText();
    client.json("POST", "/shares/billing/consumers", "{\"entries\": [{\"existing\": \"" + umbrella + "\"}]}", 200);
    JsonNode impact = client.json("DELETE", "/organizations/" + umbrella, "", 200);
    assertThat(impact.get("organization").get("id").asText()).isEqualTo(umbrella);
    assertThat(impact.get("sharesLosingAccess").get(0).get("id").asText()).isEqualTo("billing");
    assertThat(impact.get("allowed").asBoolean()).isTrue();
    assertThat(impact.get("deleted").asBoolean()).isTrue();
    assertThat(impact.get("summary").asText()).contains("Umbrella");
    JsonNode thisMonth = impact.get("macEffects").get(0);
    assertThat(thisMonth.get("month").asText()).matches("\\d{4}-\\d{2}");
    assertThat(thisMonth.get("countsAfterDeletion").asBoolean()).isTrue();
    assertThat(thisMonth.get("change").asInt()).isZero();
  }

  @Test
  void theMonthlyReportAndTheChangeLogAreJson() throws Exception {
    String initech = client.create("/organizations", "Initech").get("id").asText();
    client.json("POST", "/shares/sales/consumers", "{\"entries\": [{\"existing\": \"" + initech + "\"}]}", 200);
    JsonNode report = client.get("/mac/" + YearMonth.now(ZoneOffset.UTC));
    assertThat(report.get("providerId").asText()).isEqualTo("acme-data");
    assertThat(report.get("zone").asText()).isEqualTo("Z");
    assertThat(report.get("window").get("start").asText()).matches(ISO_INSTANT);
    assertThat(report.get("count").asInt()).isEqualTo(report.get("consumers").size());
    JsonNode counted = null;
    for (JsonNode consumer : report.get("consumers")) {
      counted = consumer.get("organizationId").asText().equals(initech) ? consumer : counted;
    }
    assertThat(counted).isNotNull();
    assertThat(counted.get("evidence").get(0).get("shareId").asText()).isEqualTo("sales");
    assertThat(counted.get("evidence").get(0).has("closedAt")).as("an open link has no closedAt").isFalse();

    JsonNode first = client.get("/events?after=0").get(0);
    assertThat(first.get("sequence").asLong()).isEqualTo(1);
    assertThat(first.get("event").get("type").asText()).isEqualTo("PROVIDER_REGISTERED");
    assertThat(first.get("event").get("after").get("name").asText()).isEqualTo("Acme Data");
    assertThat(first.get("event").has("organizationId")).isFalse();
  }

  @Test
  void aBodyThatIsNotJsonIsAnInvalidRequest() throws Exception {
    JsonNode problem = client.invalidRequest("POST", "/shares/sales/consumers", "{\"entries\": [");
    assertThat(problem.get("detail").asText()).startsWith("The request body is not valid JSON");
  }

  @Test
  void aBadIdInTheBodyNamesItsField() throws Exception {
    JsonNode problem = client.invalidRequest("POST", "/shares/sales/consumers",
        "{\"entries\": [{\"newOrganization\": \"Fine\"}, {\"existing\": \"has space\"}]}");
    assertThat(problem.get("field").asText()).isEqualTo("entries[1].existing");
    assertThat(problem.get("detail").asText()).contains("printable ASCII");
  }

  @Test
  void anEmptyOrStrangeRequestNamesItsField() throws Exception {
    assertThat(client.invalidRequest("POST", "/shares/sales/consumers", "{\"entries\": []}").get("field").asText())
        .isEqualTo("entries");
    assertThat(client.invalidRequest("POST", "/shares/sales/consumers",
        "{\"entries\": [{\"newOrganization\": \"X1\"}], \"dryRun\": true}").get("field").asText()).isEqualTo("dryRun");
    assertThat(client.invalidRequest("POST", "/shares/sales/consumers", "{\"entries\": [{}]}").get("field").asText())
        .isEqualTo("entries[0]");
    assertThat(client.invalidRequest("POST", "/organizations/search", "{\"text\": \"glo\", \"limit\": 0}")
        .get("field").asText()).isEqualTo("limit");
    assertThat(client.invalidRequest("POST", "/organizations/search", "{\"limit\": 5}").get("field").asText())
        .isEqualTo("text");
    assertThat(client.invalidRequest("POST", "/organizations/search", "[]").has("field")).isFalse();
  }

  @Test
  void aLimitOverTheSdksIsTheSdksOwnRefusal() throws Exception {
    JsonNode problem = client.problem(client.send("POST", "/organizations/search", "application/json",
        "{\"text\": \"glo\", \"limit\": 201}"), 400, "LIMIT_EXCEEDED");
    assertThat(problem.get("limit").asText()).isEqualTo("SEARCH_LIMIT");
  }

  @Test
  void aBadIdInThePathIsAnInvalidRequestNamingIt() throws Exception {
    JsonNode problem = client.problem(client.send("GET", "/organizations/has%20space", "", ""), 400,
        "INVALID_REQUEST");
    assertThat(problem.get("field").asText()).isEqualTo("id");
    assertThat(problem.get("detail").asText()).contains("consumer organization id");
  }

  @Test
  void theHostsOwnBodiesKeepSpringsAnswer() throws Exception {
    String id = client.create("/organizations", "Vandelay").get("id").asText();
    var response = client.send("PUT", "/organizations/" + id, "application/json", "{\"version\": ");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("INVALID_REQUEST");
    assertThat(client.json("PUT", "/organizations/" + id, "{\"version\": 1, \"name\": \"Vandelay Industries\"}", 200)
        .get("version").asLong()).isEqualTo(2);
  }

  @Test
  void actuatorShowsTheCallsOfEachUseCase() throws Exception {
    client.json("POST", "/organizations/search", "{\"text\": \"metrics\"}", 200);
    JsonNode calls = client.get("/actuator/metrics/consumer.orgs.calls?tag=use_case:organization_search"
        + "&tag=outcome:success");
    assertThat(calls.get("measurements").get(0).get("statistic").asText()).isEqualTo("COUNT");
    assertThat(calls.get("measurements").get(0).get("value").asDouble()).isGreaterThanOrEqualTo(1);
    List<String> tags = new ArrayList<>();
    calls.get("availableTags").forEach(tag -> tags.add(tag.get("tag").asText()));
    assertThat(tags).contains("code");
  }
}
