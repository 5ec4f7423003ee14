package org.consumerorgs.spring.boot;

import org.consumerorgs.error.ConsumerOrgsException;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The HTTP error contract in a Spring MVC application: {@link ConsumerOrgsProblemDetails}. Off with
 * {@code consumer-orgs.web.problem-details=false}; an application's own bean of that type replaces it.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ConsumerOrgsException.class, DispatcherServlet.class, ProblemDetail.class})
@ConditionalOnProperty(prefix = "consumer-orgs.web", name = "problem-details", matchIfMissing = true)
public class ConsumerOrgsWebAutoConfiguration {
  /** Created by Spring Boot. */
  public ConsumerOrgsWebAutoConfiguration() {}

  /**
   * The exception handler of the SDK's errors.
   *
   * @return the handler
   */
  @Bean
  @ConditionalOnMissingBean
  public ConsumerOrgsProblemDetails consumerOrgsProblemDetails() {
    return new ConsumerOrgsProblemDetails();
  }
}
