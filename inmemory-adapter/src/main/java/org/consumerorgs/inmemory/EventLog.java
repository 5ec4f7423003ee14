package org.consumerorgs.inmemory;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consumerorgs.domain.ChangeEvent;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.EventType;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.domain.ShareId;

/**
 * One provider's change events as columns, position {@code i} holding sequence {@code i + 1}. A recorded event as
 * objects (the record, its event, two optionals and two sorted maps) costs some 300 bytes, and every organization
 * loaded through a share brings two; here one costs about 60: the parts are references to values the rest of the
 * storage holds already (names, ids, the instant of a batch), attribute keys and actors are shared, and attribute
 * values that repeat (versions, the time a batch of links opened) are shared through a small cache. Events are
 * built again when read, equal to those appended.
 *
 * <p>Not thread-safe: the provider's lock guards it.
 */
final class EventLog {
  private static final EventType[] TYPES = EventType.values();
  private static final Object[] NONE = new Object[0];
  private static final int CACHE = 256;

  private final ProviderId provider;
  private final OrgTable table;
  private byte[] types = new byte[16];
  private Instant[] occurredAt = new Instant[16];
  private String[] actors = new String[16];
  /** The organization's ordinal in {@link #table}, or -1 for none. */
  private int[] organizations = new int[16];
  /** Organizations the table does not hold, by event position: none that the SDK writes, kept all the same. */
  private final Map<Integer, ConsumerOrganizationId> strangers = new HashMap<>();
  private ShareId[] shares = new ShareId[16];
  /** Attributes as key, value, key, value, in key order; a value is a String or a {@link PackedId}. */
  private Object[][] before = new Object[16][];
  private Object[][] after = new Object[16][];
  private int size;

  /** Actors and attribute keys: few, and repeated on every event. */
  private final Map<String, String> shared = new HashMap<>();
  /** Recently seen attribute values by hash: "1", the instant a batch opened its links, a removal's reason. */
  private final String[] recentValues = new String[CACHE];

  EventLog(ProviderId provider, OrgTable table) {
    this.provider = provider;
    this.table = table;
  }

  int size() {
    return size;
  }

  /** Appends an event as the next sequence. */
  void append(ChangeEvent event) {
    if (size == types.length) {
      grow();
    }
    types[size] = (byte) event.type().ordinal();
    occurredAt[size] = event.occurredAt();
    actors[size] = share(event.actorId());
    organizations[size] = event.organizationId().map(this::ordinal).orElse(-1);
    shares[size] = event.shareId().orElse(null);
    before[size] = flatten(event.before());
    after[size] = flatten(event.after());
    size++;
  }

  /** Drops the newest event: undoes an append. */
  void removeLast() {
    size--;
    occurredAt[size] = null;
    actors[size] = null;
    strangers.remove(size);
    shares[size] = null;
    before[size] = null;
    after[size] = null;
  }

  /** The event of sequence {@code sequence} (from 1). */
  RecordedEvent get(long sequence) {
    int i = (int) (sequence - 1);
    return new RecordedEvent(sequence, new ChangeEvent(provider, TYPES[types[i]], occurredAt[i], actors[i],
        Optional.ofNullable(organization(i)), Optional.ofNullable(shares[i]), map(before[i]), map(after[i])));
  }

  /** Events after {@code afterSequence}, at most {@code limit}. */
  List<RecordedEvent> read(long afterSequence, int limit) {
    int from = (int) Math.min(afterSequence, size);
    int to = (int) Math.min((long) from + limit, size);
    RecordedEvent[] page = new RecordedEvent[to - from];
    for (int i = from; i < to; i++) {
      page[i - from] = get(i + 1L);
    }
    return List.of(page);
  }

  private int ordinal(ConsumerOrganizationId id) {
    int ordinal = table.ordinalOf(id);
    if (ordinal < 0) {
      strangers.put(size, id);
    }
    return ordinal;
  }

  private ConsumerOrganizationId organization(int i) {
    int ordinal = organizations[i];
    return ordinal >= 0 ? table.id(ordinal) : strangers.get(i);
  }

  private Object[] flatten(Map<String, String> attributes) {
    if (attributes.isEmpty()) {
      return NONE;
    }
    Object[] flat = new Object[attributes.size() * 2];
    int i = 0;
    for (Map.Entry<String, String> entry : attributes.entrySet()) {
      flat[i++] = share(entry.getKey());
      String value = entry.getValue();
      flat[i++] = Uuids.packable(value) ? new PackedId(Uuids.high(value), Uuids.low(value)) : recent(value);
    }
    return flat;
  }

  private static Map<String, String> map(Object[] flat) {
    if (flat.length == 0) {
      return Map.of();
    }
    Map<String, String> attributes = new HashMap<>();
    for (int i = 0; i < flat.length; i += 2) {
      Object value = flat[i + 1];
      attributes.put((String) flat[i], value instanceof PackedId id ? Uuids.format(id.high(), id.low()) : (String) value);
    }
    return attributes;
  }

  /** An attribute value in the default id form (a link's id): 32 bytes where the string costs 80. */
  private record PackedId(long high, long low) {}

  private String share(String text) {
    String known = shared.putIfAbsent(text, text);
    return known != null ? known : text;
  }

  private String recent(String value) {
    int slot = value.hashCode() & (CACHE - 1);
    String seen = recentValues[slot];
    if (value.equals(seen)) {
      return seen;
    }
    recentValues[slot] = value;
    return value;
  }

  private void grow() {
    int length = types.length * 2;
    types = Arrays.copyOf(types, length);
    occurredAt = Arrays.copyOf(occurredAt, length);
    actors = Arrays.copyOf(actors, length);
    organizations = Arrays.copyOf(organizations, length);
    shares = Arrays.copyOf(shares, length);
    before = Arrays.copyOf(before, length);
    after = Arrays.copyOf(after, length);
  }
}
