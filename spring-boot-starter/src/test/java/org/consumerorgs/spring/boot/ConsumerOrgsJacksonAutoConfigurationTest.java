package org.consumerorgs.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.spring.boot.jackson.ConsumerOrgsJacksonModule;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** The Jackson module reaches Boot's ObjectMapper by itself, and steps back when told to or replaced. */
class ConsumerOrgsJacksonAutoConfigurationTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
      AutoConfigurations.of(JacksonAutoConfiguration.class, ConsumerOrgsJacksonAutoConfiguration.class));

  @Test
  void bootsObjectMapperWritesIdsAsStrings() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(ConsumerOrgsJacksonModule.class);
      ObjectMapper mapper = context.getBean(ObjectMapper.class);
      assertThat(mapper.writeValueAsString(ShareId.of("sales"))).isEqualTo("\"sales\"");
      assertThat(mapper.readValue("\"sales\"", ShareId.class)).isEqualTo(ShareId.of("sales"));
    });
  }

  @Test
  void aPropertySwitchesItOff() {
    runner.withPropertyValues("consumer-orgs.jackson.enabled=false").run(context -> {
      assertThat(context).doesNotHaveBean(ConsumerOrgsJacksonModule.class);
      assertThat(context.getBean(ObjectMapper.class).writeValueAsString(ShareId.of("sales")))
          .isEqualTo("{\"value\":\"sales\"}");
    });
  }

  @Test
  void theApplicationsOwnModuleReplacesIt() {
    ConsumerOrgsJacksonModule own = new ConsumerOrgsJacksonModule();
    runner.withBean(ConsumerOrgsJacksonModule.class, () -> own)
        .run(context -> assertThat(context.getBean(ConsumerOrgsJacksonModule.class)).isSameAs(own));
  }

  @Test
  void withoutJacksonThereIsNoModule() {
    runner.withClassLoader(new FilteredClassLoader(ObjectMapper.class))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ConsumerOrgsJacksonModule.class));
  }

  @Test
  void theRequestProblemsComeAndGoWithTheProblemResponses() {
    WebApplicationContextRunner web = new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
            ConsumerOrgsWebAutoConfiguration.class));
    web.run(context -> assertThat(context).hasSingleBean(ConsumerOrgsRequestProblems.class));
    web.withPropertyValues("consumer-orgs.web.problem-details=false")
        .run(context -> assertThat(context).doesNotHaveBean(ConsumerOrgsRequestProblems.class));
    web.withClassLoader(new FilteredClassLoader(ObjectMapper.class)).run(context -> assertThat(context)
        .hasSingleBean(ConsumerOrgsProblemDetails.class).doesNotHaveBean(ConsumerOrgsRequestProblems.class));
  }
}
