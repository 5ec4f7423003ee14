package org.consumerorgs.spring.boot.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.consumerorgs.jdbc.JdbcSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The example application over real HTTP on H2: SDK exceptions from its controller come back as RFC 9457 problem
 * responses with the stable code and the status of ErrorCode's table.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:problems;DB_CLOSE_DELAY=-1",
    "consumer-orgs.naming.min-length=3", "management.endpoint.health.show-details=always"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemResponsesTest {
  private static final String PROVIDER = "acme-data";
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @LocalServerPort
  int port;

  @BeforeAll
  void registerProviderAndShare() throws Exception {
    assertThat(post("/providers", PROVIDER, "Acme Data").statusCode()).isEqualTo(201);
    assertThat(post("/shares/sales", PROVIDER, "Sales").statusCode()).isEqualTo(201);
    assertThat(post("/organizations", PROVIDER, "Globex").statusCode()).isEqualTo(201);
  }

  @Test
  void aCreatedOrganizationIsReadBack() throws Exception {
    HttpResponse<String> created = post("/organizations", PROVIDER, "Initech");
    assertThat(created.statusCode()).isEqualTo(201);
    String id = json.readTree(created.body()).get("id").asText();
    HttpResponse<String> read = get("/organizations/" + id);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(json.readTree(read.body()).get("name").asText()).isEqualTo("Initech");
  }

  @Test
  void aDuplicateNameIs409() throws Exception {
    JsonNode problem = problem(post("/organizations", PROVIDER, "globex"), 409);
    assertThat(problem.get("code").asText()).isEqualTo("DUPLICATE_NAME");
    assertThat(problem.get("type").asText()).isEqualTo("urn:consumer-orgs:error:duplicate-name");
    assertThat(problem.get("detail").asText()).contains("“Globex” already exists");
  }

  @Test
  void anInvalidNameIs400WithItsRule() throws Exception {
    JsonNode problem = problem(post("/organizations", PROVIDER, "ab"), 400);
    assertThat(problem.get("code").asText()).isEqualTo("INVALID_NAME");
    assertThat(problem.get("rule").asText()).isEqualTo("TOO_SHORT");
  }

  @Test
  void anUnknownOrganizationIs404() throws Exception {
    JsonNode problem = problem(get("/organizations/no-such-org"), 404);
    assertThat(problem.get("code").asText()).isEqualTo("NOT_FOUND");
    assertThat(problem.get("kind").asText()).isEqualTo("CONSUMER_ORGANIZATION");
  }

  @Test
  void anActorWithoutProviderIs403() throws Exception {
    JsonNode problem = problem(post("/organizations", "", "Hooli"), 403);
    assertThat(problem.get("code").asText()).isEqualTo("NOT_ALLOWED");
  }

  @Test
  void aPageOverTheLimitIs400Not500() throws Exception {
    JsonNode problem = problem(get("/organizations?size=1001"), 400);
    assertThat(problem.get("code").asText()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(problem.get("limit").asText()).isEqualTo("PAGE_SIZE");
    assertThat(problem.get("maximum").asInt()).isEqualTo(1000);
    assertThat(problem.get("requested").asInt()).isEqualTo(1001);
  }

  @Test
  void aRejectedBatchCarriesEachRejectedEntry() throws Exception {
    JsonNode problem = problem(post("/shares/sales/consumers", PROVIDER, newOrganizations("Umbrella", "ab", "Globex"),
        "application/json"), 400);
    assertThat(problem.get("code").asText()).isEqualTo("BATCH_REJECTED");
    JsonNode rejections = problem.get("rejections");
    assertThat(rejections).hasSize(2);
    assertThat(rejections.get(0).get("index").asInt()).isEqualTo(1);
    assertThat(rejections.get(0).get("entry").asText()).isEqualTo("ab");
    assertThat(rejections.get(0).get("code").asText()).isEqualTo("INVALID_NAME");
    assertThat(rejections.get(1).get("index").asInt()).isEqualTo(2);
    assertThat(rejections.get(1).get("code").asText()).isEqualTo("DUPLICATE_NAME");
  }

  @Test
  void aBatchRejectedOnlyForConflictsIs409() throws Exception {
    JsonNode problem = problem(post("/shares/sales/consumers", PROVIDER, newOrganizations("Globex"),
        "application/json"), 409);
    assertThat(problem.get("code").asText()).isEqualTo("BATCH_REJECTED");
  }

  @Test
  void actuatorReportsTheSdksHealth() throws Exception {
    HttpResponse<String> health = get("/actuator/health/consumerOrgs");
    assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
    JsonNode body = json.readTree(health.body());
    assertThat(body.get("status").asText()).isEqualTo("UP");
    assertThat(body.get("details").get("schemaVersion").asInt()).isEqualTo(JdbcSchema.REQUIRED_VERSION);
  }

  private static String newOrganizations(String... names) {
    return "{\"entries\": [" + String.join(", ",
        Arrays.stream(names).map(n -> "{\"newOrganization\": \"" + n + "\"}").toList()) + "]}";
  }

  private JsonNode problem(HttpResponse<String> response, int status) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    return problem;
  }

  private HttpResponse<String> post(String path, String provider, String body) throws Exception {
    return post(path, provider, body, "text/plain");
  }

  private HttpResponse<String> post(String path, String provider, String body, String type) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (!provider.isEmpty()) {
      request.header("X-Provider", provider);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(path)).header("X-Provider", PROVIDER).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
