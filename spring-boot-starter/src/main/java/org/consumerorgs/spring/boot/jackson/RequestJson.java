package org.consumerorgs.spring.boot.jackson;

import static org.consumerorgs.spring.boot.jackson.Writer.optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.ConsumerEntry;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.domain.ShareId;

/**
 * The requests a client sends, read (and written) as JSON objects:
 *
 * <pre>
 * AddConsumersRequest  {"entries": [entry, ...]}   at least one entry, in the order the user chose them
 * ConsumerEntry        {"existing": "org-id"}  or  {"newOrganization": "name as typed"}
 * SearchRequest        {"text": "glo", "limit": 20 (optional), "excludeConsumersOf": "share-id" (optional)}
 * </pre>
 *
 * <p>Reading is strict, so that a typing mistake in a client is an answer, not a silently different request: an
 * unknown field, a missing one, a value of the wrong JSON type, an id that breaks the id rule, an empty list of
 * entries or a limit below 1 is an {@link InvalidRequestBodyException} naming the field. Limits that the SDK's use
 * cases check (more than {@link AddConsumersRequest#MAX_ENTRIES} entries, a limit above
 * {@link SearchRequest#MAX_LIMIT}) are left to them, which refuse with a {@code LimitExceededException}.
 */
final class RequestJson {
  private static final String EXISTING = "existing";
  private static final String NEW_ORGANIZATION = "newOrganization";
  private static final String ENTRIES = "entries";
  private static final String TEXT = "text";
  private static final String LIMIT = "limit";
  private static final String EXCLUDE = "excludeConsumersOf";

  private RequestJson() {}

  static void register(SimpleModule module) {
    module.addSerializer(ConsumerEntry.class, new Writer<>(ConsumerEntry.class, (entry, json, p) -> {
      json.writeStartObject();
      if (entry instanceof ConsumerEntry.Existing existing) {
        json.writeStringField(EXISTING, existing.id().value());
      } else {
        json.writeStringField(NEW_ORGANIZATION, ((ConsumerEntry.NewOrganization) entry).name());
      }
      json.writeEndObject();
    }));
    module.addSerializer(AddConsumersRequest.class, new Writer<>(AddConsumersRequest.class, (request, json, p) -> {
      json.writeStartObject();
      p.defaultSerializeField(ENTRIES, request.entries(), json);
      json.writeEndObject();
    }));
    module.addSerializer(SearchRequest.class, new Writer<>(SearchRequest.class, (request, json, p) -> {
      json.writeStartObject();
      json.writeStringField(TEXT, request.text());
      json.writeNumberField(LIMIT, request.limit());
      optional(json, p, EXCLUDE, request.excludeConsumersOf());
      json.writeEndObject();
    }));
    module.addDeserializer(ConsumerEntry.class, new Reader<>(ConsumerEntry.class, RequestJson::entry));
    module.addDeserializer(AddConsumersRequest.class,
        new Reader<>(AddConsumersRequest.class, RequestJson::addConsumers));
    module.addDeserializer(SearchRequest.class, new Reader<>(SearchRequest.class, RequestJson::search));
  }

  private static AddConsumersRequest addConsumers(Tree body) throws InvalidRequestBodyException {
    body.requireObject("an add-consumers request", Set.of(ENTRIES));
    Tree entries = body.field(ENTRIES);
    if (!entries.node().isArray() || entries.node().isEmpty()) {
      throw entries.invalid("\"entries\" is required: a JSON array of at least one entry");
    }
    List<ConsumerEntry> read = new ArrayList<>();
    for (int i = 0; i < entries.node().size(); i++) {
      read.add(entry(entries.element(i)));
    }
    return new AddConsumersRequest(read);
  }

  private static ConsumerEntry entry(Tree entry) throws InvalidRequestBodyException {
    String shape = "an entry is {\"existing\": \"<organization id>\"} or {\"newOrganization\": \"<name>\"}";
    entry.requireObject("an entry", Set.of(EXISTING, NEW_ORGANIZATION));
    if (entry.node().size() != 1) {
      throw entry.invalid(shape);
    }
    if (entry.node().has(EXISTING)) {
      Tree id = entry.field(EXISTING);
      return ConsumerEntry.existing(id.parse(id.text(), ConsumerOrganizationId::of));
    }
    return ConsumerEntry.newOrganization(entry.field(NEW_ORGANIZATION).text());
  }

  private static SearchRequest search(Tree body) throws InvalidRequestBodyException {
    body.requireObject("a search request", Set.of(TEXT, LIMIT, EXCLUDE));
    String text = body.field(TEXT).text();
    int limit = SearchRequest.DEFAULT_LIMIT;
    Tree limitField = body.field(LIMIT);
    if (!limitField.isAbsent()) {
      JsonNode node = limitField.node();
      if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1) {
        throw limitField.invalid("\"limit\" must be a whole number of at least 1");
      }
      limit = node.intValue();
    }
    Optional<ShareId> exclude = Optional.empty();
    Tree excludeField = body.field(EXCLUDE);
    if (!excludeField.isAbsent()) {
      exclude = Optional.of(excludeField.parse(excludeField.text(), ShareId::of));
    }
    return new SearchRequest(text, limit, exclude);
  }

  /** Reads a value from the JSON tree of the whole body. */
  private static final class Reader<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Shape<T> shape;

    Reader(Class<T> type, Shape<T> shape) {
      super(type);
      this.shape = shape;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return shape.read(new Tree(parser, context.readTree(parser), List.of()));
    }
  }

  /** How one type is read from its tree. */
  @FunctionalInterface
  private interface Shape<T> {
    T read(Tree tree) throws InvalidRequestBodyException;
  }

  /** A node of the body with the path that leads to it, so that every failure names its field. */
  private record Tree(JsonParser parser, JsonNode node, List<Object> path) {
    Tree field(String name) {
      return new Tree(parser, node.path(name), append(name));
    }

    Tree element(int index) {
      return new Tree(parser, node.path(index), append(index));
    }

    /** A field that is not there, or is {@code null}: how a client leaves out an optional one. */
    boolean isAbsent() {
      return node.isMissingNode() || node.isNull();
    }

    void requireObject(String what, Set<String> fields) throws InvalidRequestBodyException {
      if (!node.isObject()) {
        throw invalid(what + " must be a JSON object");
      }
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!fields.contains(name)) {
          throw field(name).invalid("unknown field \"" + name + "\": " + what + " has only "
              + fields.stream().sorted().map(f -> "\"" + f + "\"").toList());
        }
      }
    }

    String text() throws InvalidRequestBodyException {
      if (!node.isTextual()) {
        throw invalid("\"" + path.get(path.size() - 1) + "\" is required, as a JSON string");
      }
      return node.textValue();
    }

    <T> T parse(String text, Function<String, T> parse) throws InvalidRequestBodyException {
      return IdJson.parse(parser, text, parse, path);
    }

    InvalidRequestBodyException invalid(String message) {
      return new InvalidRequestBodyException(parser, message, path);
    }

    private List<Object> append(Object step) {
      List<Object> longer = new ArrayList<>(path);
      longer.add(step);
      return List.copyOf(longer);
    }
  }
}
