package org.consumerorgs.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.spring.boot.readme.Application;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The README's smallest Spring Boot application, compiled from the very text the README shows (the test proves the
 * README holds it verbatim) and run on PostgreSQL with the README's three properties, over real HTTP: the SDK's
 * schema migrated beside the host's own Flyway, a create and an add-consumers answered in JSON, an error as a problem.
 */
@ExtendWith(PostgresSchema.class)
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "consumer-orgs.billing-time-zone=Europe/Paris")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadmeApplicationTest {
  private static final String SCHEMA = PostgresSchema.uniqueName();
  private static final Path SOURCES = Path.of("src/test/java/org/consumerorgs/spring/boot/readme");

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  ConsumerOrgs sdk;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> PostgresSchema.create(SCHEMA));
    registry.add("spring.datasource.username", () -> PostgresSchema.USER);
  }

  @AfterAll
  void dropSchema() {
    PostgresSchema.drop(SCHEMA);
  }

  @Test
  void theReadmeShowsExactlyTheseSources() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    for (String file : new String[] {"Application.java", "OrganizationsController.java"}) {
      String source = Files.readString(SOURCES.resolve(file));
      String shown = source.substring(source.indexOf("\n@") + 1).strip();
      assertThat(readme).as("README's Spring Boot section shows " + file).contains(shown);
    }
    assertThat(readme).contains("consumer-orgs.billing-time-zone=Europe/Paris");
    assertThat(sdk.policies().billingZone()).isEqualTo(ZoneId.of("Europe/Paris"));
  }

  @Test
  void itCreatesAndAddsConsumersInJsonAndAnswersErrorsAsProblems() throws Exception {
    Actor api = Actor.ofProvider(ProviderId.of("acme-data"), "api");
    sdk.providers().register(api, "Acme Data");
    sdk.shares().register(api, ShareId.of("sales"), "Sales");

    HttpResponse<String> created = post("/organizations", "text/plain", "Globex");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String globex = json.readTree(created.body()).get("id").asText();

    HttpResponse<String> added = post("/shares/sales/consumers", "application/json",
        "{\"entries\": [{\"existing\": \"" + globex + "\"}, {\"newOrganization\": \"Initech\"}]}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
    JsonNode outcomes = json.readTree(added.body()).get("outcomes");
    assertThat(outcomes.get(0).get("status").asText()).isEqualTo("LINKED");
    assertThat(outcomes.get(1).get("status").asText()).isEqualTo("CREATED_AND_LINKED");

    HttpResponse<String> duplicate = post("/organizations", "text/plain", "GLOBEX");
    assertThat(duplicate.statusCode()).isEqualTo(409);
    assertThat(json.readTree(duplicate.body()).get("code").asText()).isEqualTo("DUPLICATE_NAME");
    HttpResponse<String> unreadable = post("/shares/sales/consumers", "application/json", "{\"entries\": []}");
    assertThat(unreadable.statusCode()).isEqualTo(400);
    assertThat(json.readTree(unreadable.body()).get("code").asText()).isEqualTo("INVALID_REQUEST");
  }

  private HttpResponse<String> post(String path, String type, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
