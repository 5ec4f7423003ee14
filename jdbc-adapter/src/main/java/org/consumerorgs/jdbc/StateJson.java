package org.consumerorgs.jdbc;

import java.util.Map;
import java.util.TreeMap;

/**
 * An event's before and after fields as a flat JSON object of strings: readable in any SQL console, and exact
 * for every string (escapes for quotes, backslashes and control characters; everything else as it is).
 */
final class StateJson {
  private StateJson() {}

  static String encode(Map<String, String> fields) {
    StringBuilder json = new StringBuilder("{");
    for (Map.Entry<String, String> field : fields.entrySet()) {
      if (json.length() > 1) {
        json.append(',');
      }
      quote(field.getKey(), json);
      json.append(':');
      quote(field.getValue(), json);
    }
    return json.append('}').toString();
  }

  static Map<String, String> decode(String json) {
    Reader reader = new Reader(json);
    Map<String, String> fields = new TreeMap<>();
    reader.expect('{');
    if (reader.peek() == '}') {
      reader.expect('}');
    } else {
      do {
        String key = reader.string();
        reader.expect(':');
        fields.put(key, reader.string());
      } while (reader.comma());
      reader.expect('}');
    }
    reader.end();
    return fields;
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

  private static final class Reader {
    private final String json;
    private int at;

    Reader(String json) {
      this.json = json;
    }

    char peek() {
      if (at >= json.length()) {
        throw malformed("ends early");
      }
      return json.charAt(at);
    }

    void expect(char c) {
      if (peek() != c) {
        throw malformed("expected '" + c + "'");
      }
      at++;
    }

    boolean comma() {
      if (peek() == ',') {
        at++;
        return true;
      }
      return false;
    }

    void end() {
      if (at != json.length()) {
        throw malformed("has text after the object");
      }
    }

    String string() {
      expect('"');
      StringBuilder text = new StringBuilder();
      while (true) {
        char c = peek();
        at++;
        if (c == '"') {
          return text.toString();
        }
        if (c != '\\') {
          text.append(c);
          continue;
        }
        char escape = peek();
        at++;
        switch (escape) {
          case '"', '\\', '/' -> text.append(escape);
          case 'n' -> text.append('\n');
          case 'r' -> text.append('\r');
          case 't' -> text.append('\t');
          case 'b' -> text.append('\b');
          case 'f' -> text.append('\f');
          case 'u' -> {
            if (at + 4 > json.length()) {
              throw malformed("ends inside a \\u escape");
            }
            int unit = 0;
            for (int end = at + 4; at < end; at++) {
              int digit = hexDigit(json.charAt(at));
              if (digit < 0) {
                throw malformed("has a \\u escape without four hex digits");
              }
              unit = unit * 16 + digit;
            }
            text.append((char) unit);
          }
          default -> throw malformed("has an unknown escape \\" + escape);
        }
      }
    }

    /**
     * Only ASCII hex digits: {@link Integer#parseInt(String, int)} would also take a sign and any Unicode digit, and
     * throw {@link NumberFormatException} for the rest.
     */
    private static int hexDigit(char c) {
      if (c >= '0' && c <= '9') {
        return c - '0';
      }
      if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
      }
      if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
      }
      return -1;
    }

    private IllegalStateException malformed(String what) {
      return new IllegalStateException("a stored event's fields are not the JSON this adapter writes: it " + what
          + " at position " + at);
    }
  }
}
