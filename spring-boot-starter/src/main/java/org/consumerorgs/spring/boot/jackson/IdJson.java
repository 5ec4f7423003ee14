package org.consumerorgs.spring.boot.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.ExternalId;
import org.consumerorgs.domain.LinkId;
import org.consumerorgs.domain.NormalizedName;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.ShareId;

/**
 * The ids, written and read as plain JSON strings ({@code "acme-data"}, not {@code {"value":"acme-data"}}); a string
 * that breaks the id rule (1 to 64 printable ASCII characters, no spaces) is an {@link InvalidRequestBodyException}.
 * A {@link NormalizedName} is written as the name people see.
 */
final class IdJson {
  private IdJson() {}

  static void register(SimpleModule module) {
    id(module, ConsumerOrganizationId.class, ConsumerOrganizationId::value, ConsumerOrganizationId::of);
    id(module, ProviderId.class, ProviderId::value, ProviderId::of);
    id(module, ShareId.class, ShareId::value, ShareId::of);
    id(module, LinkId.class, LinkId::value, LinkId::of);
    id(module, ExternalId.class, ExternalId::value, ExternalId::of);
    module.addSerializer(NormalizedName.class,
        new Writer<>(NormalizedName.class, (name, json, provider) -> json.writeString(name.value())));
  }

  private static <T> void id(SimpleModule module, Class<T> type, Function<T, String> value,
      Function<String, T> parse) {
    module.addSerializer(type, new Writer<>(type, (id, json, provider) -> json.writeString(value.apply(id))));
    module.addDeserializer(type, new IdReader<>(type, parse));
  }

  /** Reads an id from a JSON string. */
  private static final class IdReader<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<String, T> parse;

    IdReader(Class<T> type, Function<String, T> parse) {
      super(type);
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        throw new InvalidRequestBodyException(parser, "an id must be a JSON string", List.of());
      }
      return parse(parser, parser.getText(), parse, List.of());
    }
  }

  /** An id from text, or the id rule's own words as the client's failure at {@code path}. */
  static <T> T parse(JsonParser parser, String text, Function<String, T> parse, List<Object> path)
      throws InvalidRequestBodyException {
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestBodyException(parser, String.valueOf(e.getMessage()), path);
    }
  }
}
