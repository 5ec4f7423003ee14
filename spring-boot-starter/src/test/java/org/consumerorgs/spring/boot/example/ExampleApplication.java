package org.consumerorgs.spring.boot.example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The smallest host: the starter, spring-boot-starter-jdbc (and web), a driver and {@code spring.datasource.*}. Not
 * one line of SDK configuration: the {@code ConsumerOrgs} bean comes from the starter.
 */
@SpringBootApplication
public class ExampleApplication {
  public static void main(String[] args) {
    SpringApplication.run(ExampleApplication.class, args);
  }
}
