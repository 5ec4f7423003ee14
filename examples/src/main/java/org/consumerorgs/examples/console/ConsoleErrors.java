package org.consumerorgs.examples.console;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The console's own refusals, in the same problem-response shape as the SDK's (which the starter answers): an id that
 * breaks the id syntax (typed into a URL, say) is the SDK's {@code IllegalArgumentException}, a programming error for
 * the SDK and a 400 for a web page.
 */
@RestControllerAdvice
class ConsoleErrors {
  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badArgument(IllegalArgumentException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setProperty("code", "CONSOLE_BAD_REQUEST");
    return problem;
  }
}
