package org.consumerorgs.examples.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.consumerorgs.examples.host.Settings;
import org.consumerorgs.examples.host.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The console on a database server, started with the command-line host's options ({@code --db}, {@code --jdbc-url},
 * {@code --user}) as a person would: it installs the schema on first start, answers over real HTTP with the SDK's
 * problem responses, and a restart finds the data again.
 */
abstract class ConsoleOnServerContract {
  private final TestServer server;
  private final String option;
  private String name;

  ConsoleOnServerContract(TestServer server, String option) {
    this.server = server;
    this.option = option;
  }

  @BeforeEach
  void createSchema() {
    name = TestServer.uniqueName();
    server.create(name);
  }

  @AfterEach
  void dropSchema() {
    server.drop(name);
  }

  private ConfigurableApplicationContext start() {
    Settings settings = Settings.parse(List.of("--db", option, "--jdbc-url", server.urlFor(name), "--user",
        server.user), Map.of());
    return ConsoleApplication.start(settings, 0);
  }

  @Test
  void theConsoleInstallsTheSchemaAnswersOverHttpAndKeepsItsDataAcrossARestart() throws Exception {
    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    try (ConfigurableApplicationContext console = start()) {
      Api api = new Api(http, console);
      assertEquals(200, api.send("POST", "/api/session", "{\"provider\":\"acme-data\",\"user\":\"alice\"}").statusCode());
      assertEquals(200, api.send("POST", "/api/provider", "{\"name\":\"Acme Data\"}").statusCode());
      assertEquals(201, api.send("POST", "/api/organizations", "{\"name\":\"Globex\"}").statusCode());
      HttpResponse<String> duplicate = api.send("POST", "/api/organizations", "{\"name\":\"GLOBEX\"}");
      assertEquals(409, duplicate.statusCode());
      assertTrue(duplicate.body().contains("\"code\":\"DUPLICATE_NAME\""), duplicate.body());
      assertEquals("application/problem+json", duplicate.headers().firstValue("Content-Type").orElseThrow());
      assertEquals(201, api.send("POST", "/api/shares", "{\"id\":\"sales\",\"name\":\"Sales\"}").statusCode());
      HttpResponse<String> refused = api.send("POST", "/api/shares/sales/consumers",
          "{\"entries\":[{\"name\":\"Initech\"},{\"name\":\"ab\"}]}");
      assertEquals(400, refused.statusCode());
      assertTrue(refused.body().contains("\"index\":1") && refused.body().contains("INVALID_NAME"), refused.body());
      assertEquals(200, api.send("POST", "/api/shares/sales/consumers", "{\"entries\":[{\"name\":\"Initech\"}]}")
          .statusCode());
    }
    try (ConfigurableApplicationContext again = start()) {
      Api api = new Api(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), again);
      api.send("POST", "/api/session", "{\"provider\":\"acme-data\",\"user\":\"alice\"}");
      String consumers = api.send("GET", "/api/shares/sales/consumers", null).body();
      assertTrue(consumers.contains("\"name\":\"Initech\""), consumers);
      String organizations = api.send("GET", "/api/organizations", null).body();
      assertTrue(organizations.contains("\"name\":\"Globex\"") && !organizations.contains("\"ab\""), organizations);
    }
  }

  private record Api(HttpClient http, ConfigurableApplicationContext console) {
    HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
      int port = ((WebServerApplicationContext) console).getWebServer().getPort();
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
      request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
          : HttpRequest.BodyPublishers.ofString(json));
      if (json != null) {
        request.header("Content-Type", "application/json");
      }
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }
}
