package org.consumerorgs.spring.boot.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/**
 * A request body that is JSON but not a request the SDK takes: an id that breaks the id rule, a missing or unknown
 * field, an empty list of entries. Its {@link #getOriginalMessage()} is written for the client (the HTTP error contract
 * shows it as the problem's {@code detail}), and {@link #getPath()} leads to the field at fault.
 */
public final class InvalidRequestBodyException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  /**
   * A failure at a field of the body being read.
   *
   * @param parser the parser reading the body
   * @param message what is wrong, in words for the client
   * @param path the field names (strings) and list indexes (integers) from the value read to the field at fault
   */
  InvalidRequestBodyException(JsonParser parser, String message, List<Object> path) {
    super(parser, message);
    for (int i = path.size() - 1; i >= 0; i--) {
      Object step = path.get(i);
      prependPath(step instanceof Integer index ? new Reference(null, index) : new Reference(null, (String) step));
    }
  }

  /**
   * Where in the body the fault is, as a client would write it: {@code entries[1].existing}; empty for the whole body.
   *
   * @param exception a failure to read a body, with the path Jackson kept
   * @return the path
   */
  public static String field(JsonMappingException exception) {
    StringBuilder field = new StringBuilder();
    for (Reference step : exception.getPath()) {
      if (step.getFieldName() != null) {
        field.append(field.length() == 0 ? "" : ".").append(step.getFieldName());
      } else if (step.getIndex() >= 0) {
        field.append('[').append(step.getIndex()).append(']');
      }
    }
    return field.toString();
  }
}
