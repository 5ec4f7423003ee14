package org.consumerorgs.spring.boot;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.consumerorgs.error.ConsumerOrgsException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The HTTP error contract in a Spring MVC application: {@link ConsumerOrgsProblemDetails} for the SDK's exceptions,
 * and {@link ConsumerOrgsRequestProblems} for requests the SDK's types could not be read from. Both off with
 * {@code consumer-orgs.web.problem-details=false}; an application's own bean of either type replaces
 * it.
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

  /** The problem responses of requests the SDK's types could not be read from, when Jackson reads the bodies. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(ObjectMapper.class)
  static class RequestProblems {
    /**
     * The resolver of unreadable SDK bodies and bad SDK ids in paths.
     *
     * @param json the application's mapper, or a plain one without
     * @return the resolver
     */
    @Bean
    @ConditionalOnMissingBean
    ConsumerOrgsRequestProblems consumerOrgsRequestProblems(ObjectProvider<ObjectMapper> json) {
      return new ConsumerOrgsRequestProblems(json.getIfAvailable(ObjectMapper::new));
    }
  }
}
