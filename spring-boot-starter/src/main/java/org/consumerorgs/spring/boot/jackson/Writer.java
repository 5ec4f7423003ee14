package org.consumerorgs.spring.boot.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * A serializer given as a lambda, so that each JSON shape is written out in a few lines where it is documented, and
 * none depends on how the host configured its {@code ObjectMapper} (naming strategy, dates as numbers).
 */
final class Writer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  /** Writes one value. */
  @FunctionalInterface
  interface Shape<T> {
    void write(T value, JsonGenerator json, SerializerProvider provider) throws IOException;
  }

  private final transient Shape<T> shape;

  Writer(Class<T> type, Shape<T> shape) {
    super(type);
    this.shape = shape;
  }

  /** Writes an instant as ISO-8601 in UTC ({@code 2026-03-15T10:15:30.123456Z}), whatever the mapper's settings. */
  static void instant(JsonGenerator json, String name, Instant instant) throws IOException {
    json.writeStringField(name, instant.toString());
  }

  /** Writes the field only when the value is present: an absent optional is an absent field. */
  static void optional(JsonGenerator json, SerializerProvider provider, String name, Optional<?> value)
      throws IOException {
    if (value.isPresent()) {
      provider.defaultSerializeField(name, value.get(), json);
    }
  }

  @Override
  public void serialize(T value, JsonGenerator json, SerializerProvider provider) throws IOException {
    shape.write(value, json, provider);
  }
}
