package org.consumerorgs.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The metadata the configuration processor wrote at build time, from which IDEs complete {@code consumer-orgs.*}. */
class ConfigurationMetadataTest {
  @Test
  void everySettingIsDescribedWithItsTypeAndDefault() throws Exception {
    Map<String, JsonNode> properties = new HashMap<>();
    try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("the processor's output on the class path").isNotNull();
      new ObjectMapper().readTree(in).get("properties").forEach(p -> properties.put(p.get("name").asText(), p));
    }
    assertThat(properties).containsKeys("consumer-orgs.table-prefix", "consumer-orgs.deletion-policy",
        "consumer-orgs.billing-time-zone", "consumer-orgs.attempts", "consumer-orgs.naming.min-length",
        "consumer-orgs.naming.max-length", "consumer-orgs.schema.mode", "consumer-orgs.web.problem-details",
        "consumer-orgs.metrics.enabled", "consumer-orgs.jackson.enabled",
        "management.health.consumer-orgs.enabled");
    properties.forEach((name, p) -> assertThat(p.path("description").asText()).as(name).isNotBlank());
    assertThat(properties.get("consumer-orgs.table-prefix").get("defaultValue").asText()).isEqualTo("corg_");
    assertThat(properties.get("consumer-orgs.schema.mode").get("type").asText())
        .isEqualTo(SchemaMode.class.getName());
    assertThat(properties.get("consumer-orgs.attempts").get("defaultValue").asInt()).isEqualTo(3);
  }
}
