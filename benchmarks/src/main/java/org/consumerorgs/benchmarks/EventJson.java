package org.consumerorgs.benchmarks;

import java.util.Map;

/** An event's before or after state as the JDBC adapter stores it: a flat JSON object of strings. */
final class EventJson {
  private EventJson() {}

  static String of(Map<String, String> fields) {
    StringBuilder json = new StringBuilder(64).append('{');
    fields.forEach((key, value) -> {
      if (json.length() > 1) {
        json.append(',');
      }
      quote(key, json);
      json.append(':');
      quote(value, json);
    });
    return json.append('}').toString();
  }

  /** Two fields in the order given (callers pass them in key order, as the adapter writes them). */
  static String of(String key1, String value1, String key2, String value2) {
    StringBuilder json = new StringBuilder(64).append('{');
    quote(key1, json);
    json.append(':');
    quote(value1, json);
    json.append(',');
    quote(key2, json);
    json.append(':');
    quote(value2, json);
    return json.append('}').toString();
  }

  private static void quote(String text, StringBuilder json) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }
}
