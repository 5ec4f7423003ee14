package org.consumerorgs.examples.console;

import java.util.Optional;
import org.consumerorgs.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** What the page sends, read as the SDK's types; a missing field is the console's 400, not the SDK's. */
final class Requests {
  /** The page size of every list the console shows. */
  static final int PAGE_SIZE = 20;

  private Requests() {}

  static PageRequest page(Optional<String> cursor) {
    return cursor.filter(c -> !c.isBlank()).map(c -> PageRequest.after(c, PAGE_SIZE))
        .orElse(PageRequest.first(PAGE_SIZE));
  }

  static <T> T required(String field, T value) {
    if (value == null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The request has no " + field + ".");
    }
    return value;
  }
}
