package org.consumerorgs.spring.boot.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Real HTTP calls to the example application on 127.0.0.1, as one provider, and the checks of what comes back. */
final class HostClient {
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private final int port;
  private final String provider;

  HostClient(int port, String provider) {
    this.port = port;
    this.provider = provider;
  }

  HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("X-Provider", provider)
        .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (!contentType.isEmpty()) {
      request.header("Content-Type", contentType);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A JSON body sent, a JSON answer of {@code status} read. */
  JsonNode json(String method, String path, String body, int status) throws Exception {
    HttpResponse<String> response = send(method, path, body.isEmpty() ? "" : "application/json", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return json.readTree(response.body());
  }

  JsonNode get(String path) throws Exception {
    return json("GET", path, "", 200);
  }

  /** Plain text sent (a name), the JSON answer of 201 read. */
  JsonNode create(String path, String text) throws Exception {
    HttpResponse<String> response = send("POST", path, "text/plain", text);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json.readTree(response.body());
  }

  /** A problem response of {@code status} with the stable {@code code}. */
  JsonNode problem(HttpResponse<String> response, int status, String code) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.path("code").asText()).as(response.body()).isEqualTo(code);
    return problem;
  }

  /** A problem response to a JSON body that the SDK could not read. */
  JsonNode invalidRequest(String method, String path, String body) throws Exception {
    JsonNode problem = problem(send(method, path, "application/json", body), 400, "INVALID_REQUEST");
    assertThat(problem.get("type").asText()).isEqualTo("urn:consumer-orgs:error:invalid-request");
    assertThat(problem.get("instance").asText()).isEqualTo(path);
    return problem;
  }
}
