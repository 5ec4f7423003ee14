package org.consumerorgs.examples.console;

import java.util.LinkedHashMap;
import java.util.Map;
import org.consumerorgs.examples.host.Settings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;

/**
 * The web console: a Spring Boot application on the SDK's starter, with nothing SDK-specific to configure but the
 * settings below. The starter makes the {@code ConsumerOrgs} bean over the application's {@code DataSource}, installs or
 * upgrades the schema at start-up ({@code consumer-orgs.schema.mode=install}: this example has no Flyway) and answers
 * every SDK refusal as an RFC 9457 problem response, which the page shows next to what caused it.
 */
@SpringBootApplication
public class ConsoleApplication {
  /**
   * Starts the console on {@code port} (0 for any free one) over the database the settings name.
   *
   * @param settings the database and policies, as the command-line host reads them
   * @param port the HTTP port
   * @return the running application
   */
  public static ConfigurableApplicationContext start(Settings settings, int port) {
    SpringApplication application = new SpringApplication(ConsoleApplication.class);
    application.setDefaultProperties(properties(settings, port));
    return application.run();
  }

  /** What a host would write in its {@code application.properties}. */
  static Map<String, Object> properties(Settings settings, int port) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("server.port", port);
    properties.put("spring.datasource.url", settings.jdbcUrl());
    properties.put("spring.datasource.username", settings.user());
    properties.put("spring.datasource.password", settings.password());
    // The two pool settings the SDK's README recommends.
    properties.put("spring.datasource.hikari.auto-commit", false);
    properties.put("spring.datasource.hikari.transaction-isolation", "TRANSACTION_READ_COMMITTED");
    properties.put("consumer-orgs.table-prefix", settings.tablePrefix());
    properties.put("consumer-orgs.deletion-policy", settings.deletion().name());
    properties.put("consumer-orgs.schema.mode", "install");
    properties.put("spring.mvc.problemdetails.enabled", true);
    properties.put("spring.main.banner-mode", "off");
    return properties;
  }

  /** Says where the console is, once it answers. */
  @EventListener
  void ready(ApplicationReadyEvent event) {
    if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
      System.out.println("Consumer Organizations console: http://localhost:" + web.getWebServer().getPort() + "/");
    }
  }
}
