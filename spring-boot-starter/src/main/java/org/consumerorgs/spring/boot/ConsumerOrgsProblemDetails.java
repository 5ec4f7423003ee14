package org.consumerorgs.spring.boot;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.consumerorgs.domain.ConsumerEntry;
import org.consumerorgs.error.BatchRejectedException;
import org.consumerorgs.error.ConsumerOrgsException;
import org.consumerorgs.error.ErrorCode;
import org.consumerorgs.error.InvalidNameException;
import org.consumerorgs.error.LimitExceededException;
import org.consumerorgs.error.NotFoundException;
import org.consumerorgs.error.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The HTTP error contract: every {@link ConsumerOrgsException} a controller lets through becomes an RFC 9457 problem
 * response ({@code application/problem+json}) whose {@code code} property is the stable {@link ErrorCode}, whose
 * {@code detail} is the SDK's user-facing message, and whose status is {@link #status(ConsumerOrgsException)}.
 *
 * <p>Storage failures say only what their code means: their messages can hold the database's own words, which are
 * for the application's log (where they go), not for its users.
 */
@RestControllerAdvice
public class ConsumerOrgsProblemDetails {
  private static final Logger log = LoggerFactory.getLogger(ConsumerOrgsProblemDetails.class);

  /** Created by the starter's auto-configuration, or by an application that extends it. */
  public ConsumerOrgsProblemDetails() {}

  /**
   * The problem response of one SDK exception.
   *
   * @param exception what the SDK threw
   * @return the response
   */
  @ExceptionHandler(ConsumerOrgsException.class)
  public ResponseEntity<ProblemDetail> handle(ConsumerOrgsException exception) {
    HttpStatus status = status(exception);
    if (exception instanceof StorageException) {
      log.warn("SDK storage failure answered as HTTP {}", status.value(), exception);
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem(exception));
  }

  /**
   * The problem document of one SDK exception, with its properties.
   *
   * @param exception what the SDK threw
   * @return the problem
   */
  public ProblemDetail problem(ConsumerOrgsException exception) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status(exception), detail(exception));
    problem.setType(URI.create("urn:consumer-orgs:error:"
        + exception.code().name().toLowerCase(Locale.ROOT).replace('_', '-')));
    problem.setProperty("code", exception.code().name());
    if (exception instanceof InvalidNameException invalid) {
      problem.setProperty("rule", invalid.rule().name());
    } else if (exception instanceof NotFoundException notFound) {
      problem.setProperty("kind", notFound.kind().name());
    } else if (exception instanceof LimitExceededException limit) {
      problem.setProperty("limit", limit.limit().name());
      problem.setProperty("maximum", limit.maximum());
      problem.setProperty("requested", limit.requested());
    } else if (exception instanceof BatchRejectedException batch) {
      problem.setProperty("rejections", batch.rejections().stream().map(this::rejection).toList());
    }
    return problem;
  }

  private Map<String, Object> rejection(BatchRejectedException.EntryRejection rejection) {
    ConsumerOrgsException reason = rejection.reason();
    String entry = rejection.entry() instanceof ConsumerEntry.Existing existing ? existing.id().value()
        : ((ConsumerEntry.NewOrganization) rejection.entry()).name();
    String kind = rejection.entry() instanceof ConsumerEntry.Existing ? "existing" : "new";
    return Map.of("index", rejection.index(), "entry", entry, "entryKind", kind, "code", reason.code().name(),
        "detail", detail(reason));
  }

  /**
   * The suggested HTTP status of an SDK exception: the last column of {@link ErrorCode}'s table. A rejected batch is
   * 409 when every rejection is a conflict, 400 otherwise.
   *
   * @param exception what the SDK threw
   * @return the status
   */
  public static HttpStatus status(ConsumerOrgsException exception) {
    if (exception instanceof BatchRejectedException batch) {
      List<HttpStatus> statuses = batch.rejections().stream().map(r -> status(r.reason())).toList();
      boolean allConflicts = !statuses.isEmpty() && statuses.stream().allMatch(s -> s == HttpStatus.CONFLICT);
      return allConflicts ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
    }
    return status(exception.code());
  }

  /**
   * The suggested HTTP status of an error code; {@link ErrorCode#BATCH_REJECTED} alone is 400 (see
   * {@link #status(ConsumerOrgsException)} for the batch's own).
   *
   * @param code the error code
   * @return the status
   */
  public static HttpStatus status(ErrorCode code) {
    return switch (code) {
      case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case ALREADY_EXISTS, DUPLICATE_NAME, DUPLICATE_EXTERNAL_ID, STALE_VERSION, DELETION_REFUSED ->
          HttpStatus.CONFLICT;
      case INVALID_NAME, INVALID_CURSOR, LIMIT_EXCEEDED, BATCH_REJECTED -> HttpStatus.BAD_REQUEST;
      case STORAGE_CONFLICT, STORAGE_UNAVAILABLE, STORAGE_HOST_TRANSACTION_LOST -> HttpStatus.SERVICE_UNAVAILABLE;
      case STORAGE_OUTCOME_UNKNOWN, STORAGE_FAILURE -> HttpStatus.INTERNAL_SERVER_ERROR;
    };
  }

  private static String detail(ConsumerOrgsException exception) {
    return switch (exception.code()) {
      case STORAGE_CONFLICT -> "The request collided with another one and was not saved; try again.";
      case STORAGE_UNAVAILABLE -> "The database could not be reached; nothing was saved. Try again later.";
      case STORAGE_HOST_TRANSACTION_LOST -> "The transaction was lost; nothing was saved. Try again.";
      case STORAGE_OUTCOME_UNKNOWN -> "The change may or may not have been saved; check before trying again.";
      case STORAGE_FAILURE -> "The request failed in the database; nothing was saved.";
      default -> exception.getMessage();
    };
  }
}
