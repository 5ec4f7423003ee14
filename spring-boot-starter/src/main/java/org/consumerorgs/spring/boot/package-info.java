/**
 * Spring Boot auto-configuration of the Consumer Organizations SDK: with this starter, {@code spring-boot-starter-jdbc}
 * and a JDBC driver, an application gets a {@link org.consumerorgs.ConsumerOrgs} bean, the SDK's schema migrated
 * (or checked), Spring transactions joined, metrics, health and problem responses, configured by
 * {@link org.consumerorgs.spring.boot.ConsumerOrgsProperties}.
 */
@NullMarked
package org.consumerorgs.spring.boot;

import org.jspecify.annotations.NullMarked;
