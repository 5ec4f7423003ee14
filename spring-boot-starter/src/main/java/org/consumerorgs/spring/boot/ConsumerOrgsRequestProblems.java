package org.consumerorgs.spring.boot;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.consumerorgs.spring.boot.jackson.InvalidRequestBodyException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a request the SDK's types could not even be read from as a 400 problem response with the stable code
 * {@value #CODE}, in the shape of {@link ConsumerOrgsProblemDetails}' own, plus {@code field} (where in the body, or
 * which path variable or parameter): a body of an SDK request type ({@code AddConsumersRequest},
 * {@code SearchRequest}, an id) that is not JSON or not such a request, an id in any body that breaks the id rule, and
 * a path variable or parameter of an SDK id type that does.
 *
 * <p>Every other unreadable body or bad parameter is the application's: this resolver runs before Spring's own and
 * steps aside for them, so that the application's exception handlers, and Spring's defaults, answer them as before.
 */
public final class ConsumerOrgsRequestProblems implements HandlerExceptionResolver, Ordered {
  /** The stable code of a request the SDK could not read. */
  public static final String CODE = "INVALID_REQUEST";
  private static final String TYPE = "urn:consumer-orgs:error:invalid-request";
  private static final String SDK_TYPES = "org.consumerorgs.domain.";

  private final ObjectMapper json;

  /**
   * A resolver that writes its problem documents with this mapper.
   *
   * @param json the application's mapper
   */
  public ConsumerOrgsRequestProblems(ObjectMapper json) {
    this.json = requireNonNull(json, "json");
  }

  /** Before the resolvers of the application's exception handlers, which it leaves every other exception to. */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 10;
  }

  @Override
  public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
      Exception exception) {
    if (!(handler instanceof HandlerMethod method)) {
      return null;
    }
    Optional<Map<String, Object>> problem = exception instanceof HttpMessageNotReadableException unreadable
        ? unreadableBody(unreadable, method) : badArgument(exception);
    if (problem.isEmpty()) {
      return null;
    }
    problem.get().put("instance", request.getRequestURI());
    try {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      json.writeValue(response.getOutputStream(), problem.get());
    } catch (IOException e) {
      return null;
    }
    return new ModelAndView();
  }

  private static Optional<Map<String, Object>> unreadableBody(HttpMessageNotReadableException exception,
      HandlerMethod method) {
    Throwable cause = exception.getCause();
    if (cause instanceof InvalidRequestBodyException invalid) {
      return Optional.of(problem(invalid.getOriginalMessage(), InvalidRequestBodyException.field(invalid)));
    }
    if (!readsSdkBody(method)) {
      return Optional.empty();
    }
    if (cause instanceof StreamReadException syntax) {
      return Optional.of(problem("The request body is not valid JSON"
          + (syntax.getLocation() == null ? "" : " (line " + syntax.getLocation().getLineNr() + ", column "
          + syntax.getLocation().getColumnNr() + ")"), ""));
    }
    if (cause instanceof JsonMappingException mapping) {
      return Optional.of(problem("The request body is not the request this call takes",
          InvalidRequestBodyException.field(mapping)));
    }
    if (cause instanceof JsonProcessingException) {
      return Optional.of(problem("The request body could not be read as JSON", ""));
    }
    return Optional.of(problem("The request body is missing or could not be read", ""));
  }

  private static Optional<Map<String, Object>> badArgument(Exception exception) {
    if (!(exception instanceof MethodArgumentTypeMismatchException mismatch) || mismatch.getRequiredType() == null
        || !mismatch.getRequiredType().getName().startsWith(SDK_TYPES)) {
      return Optional.empty();
    }
    Throwable root = NestedExceptionUtils.getMostSpecificCause(mismatch);
    String detail = root instanceof IllegalArgumentException && root.getMessage() != null ? root.getMessage()
        : "\"" + mismatch.getName() + "\" is not a valid " + mismatch.getRequiredType().getSimpleName();
    return Optional.of(problem(detail, mismatch.getName()));
  }

  /** Whether the method reads its body as one of the SDK's types (or a list or map of them). */
  private static boolean readsSdkBody(HandlerMethod method) {
    return Arrays.stream(method.getMethodParameters())
        .filter(parameter -> parameter.hasParameterAnnotation(RequestBody.class))
        .anyMatch(parameter -> mentionsSdkType(ResolvableType.forMethodParameter(parameter)));
  }

  private static boolean mentionsSdkType(ResolvableType type) {
    Class<?> raw = type.resolve();
    if (raw != null && raw.getName().startsWith(SDK_TYPES)) {
      return true;
    }
    return Arrays.stream(type.getGenerics()).anyMatch(ConsumerOrgsRequestProblems::mentionsSdkType);
  }

  private static Map<String, Object> problem(String detail, String field) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", TYPE);
    problem.put("title", HttpStatus.BAD_REQUEST.getReasonPhrase());
    problem.put("status", HttpStatus.BAD_REQUEST.value());
    problem.put("detail", detail);
    problem.put("code", CODE);
    if (!field.isEmpty()) {
      problem.put("field", field);
    }
    return problem;
  }
}
