/**
 * The SDK's types in JSON, for Jackson: {@link org.consumerorgs.spring.boot.jackson.ConsumerOrgsJacksonModule}, which
 * the starter registers in a Spring Boot application's {@code ObjectMapper} and any other program may register in its
 * own.
 */
@NullMarked
package org.consumerorgs.spring.boot.jackson;

import org.jspecify.annotations.NullMarked;
