package org.consumerorgs.spring.boot;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.spring.boot.jackson.ConsumerOrgsJacksonModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The SDK's Jackson module, when Jackson is on the class path: a {@code Module} bean, which Boot's own Jackson
 * auto-configuration registers in the application's {@code ObjectMapper}. Off with
 * {@code consumer-orgs.jackson.enabled=false}; an application's own bean of that type replaces it.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration")
@ConditionalOnClass({ConsumerOrgs.class, ObjectMapper.class})
@ConditionalOnProperty(prefix = "consumer-orgs.jackson", name = "enabled", matchIfMissing = true)
public class ConsumerOrgsJacksonAutoConfiguration {
  /** Created by Spring Boot. */
  public ConsumerOrgsJacksonAutoConfiguration() {}

  /**
   * The SDK's types in JSON.
   *
   * @return the module
   */
  @Bean
  @ConditionalOnMissingBean
  public ConsumerOrgsJacksonModule consumerOrgsJacksonModule() {
    return new ConsumerOrgsJacksonModule();
  }
}
