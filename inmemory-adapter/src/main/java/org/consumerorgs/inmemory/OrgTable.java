package org.consumerorgs.inmemory;

import java.time.Instant;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.ExternalId;
import org.consumerorgs.domain.NormalizedName;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.spi.Keyset;
import org.consumerorgs.spi.KeysetOrder;
import org.jspecify.annotations.Nullable;

/**
 * One provider's organizations, live and deleted, as columns indexed by an ordinal given at insert (never reused, but
 * for the last one when its insert is undone). A million organizations must fit in a few hundred bytes each: no object
 * per organization, ids in the default UUID form packed into two longs, the uniqueness key sharing the search key's
 * string when they are equal (most names have no accents), instants shared between the organizations of one batch.
 * {@link ConsumerOrganization} values are built when read.
 *
 * <p>Every change goes through the caller's {@link UndoLog}, indexes included. Not thread-safe: the provider's lock
 * guards it.
 */
final class OrgTable {
  private final ProviderId provider;
  /** The id as given, or null when it is packed into {@link #idHigh} and {@link #idLow}. */
  private @Nullable String[] ids = new String[16];
  private long[] idHigh = new long[16];
  private long[] idLow = new long[16];
  private String[] names = new String[16];
  private String[] uniquenessKeys = new String[16];
  private String[] searchKeys = new String[16];
  private long[] versions = new long[16];
  private Instant[] createdAt = new Instant[16];
  private Instant[] updatedAt = new Instant[16];
  /** Null when it has none. */
  private @Nullable String[] externalIds = new String[16];
  /** Null while live. */
  private @Nullable Instant[] deletedAt = new Instant[16];
  /** Each search key's trigrams as 64 bits: see {@link SearchIndex#signature}. */
  private long[] signatures = new long[16];
  /** Each live organization's place in name order as a number: see {@link SearchIndex}. */
  private long[] labels = new long[16];
  private int count;
  private int live;

  private final OrdinalHash byId = new OrdinalHash(this::idHash);
  private final OrdinalHash liveByKey = new OrdinalHash(o -> uniquenessKeys[o].hashCode());
  /** A map, not an {@link OrdinalHash}: most organizations have no external id, and those pay nothing. */
  private final Map<String, Integer> liveByExternalId = new HashMap<>();
  private final SearchIndex index = new SearchIndex(this);

  /**
   * The ordinals whose search key holds a surrogate. Without surrogates, UTF-16 order is code point order, and
   * {@link String#compareTo} (vectorised) can stand in for {@link CodePoints#compare}: indexing a name compares it
   * with a score of others, so this is most of the cost of a write.
   */
  private final BitSet surrogateKeys = new BitSet();

  /** Name order, the order of every list: search key, then id, both by code point. */
  final SortedOrdinals.Order nameOrder = (a, b) -> {
    if (a == b) {
      return 0;
    }
    int byKey = surrogateKeys.get(a) || surrogateKeys.get(b)
        ? CodePoints.compare(searchKeys[a], searchKeys[b])
        : searchKeys[a].compareTo(searchKeys[b]);
    return byKey != 0 ? byKey : CodePoints.compare(idString(a), idString(b));
  };

  /** Name order by label: two array reads instead of two string comparisons, for the many lists of the index. */
  final SortedOrdinals.Order labelOrder = (a, b) -> Long.compare(labels[a], labels[b]);

  OrgTable(ProviderId provider) {
    this.provider = provider;
  }

  SearchIndex index() {
    return index;
  }

  /** Ordinals run from 0 to {@code count() - 1}, live or deleted. */
  int count() {
    return count;
  }

  int liveCount() {
    return live;
  }

  /** The ordinal of the organization with this id, live or deleted, or -1. */
  int ordinalOf(ConsumerOrganizationId id) {
    String value = id.value();
    if (Uuids.packable(value)) {
      long high = Uuids.high(value);
      long low = Uuids.low(value);
      return byId.find(Uuids.hash(high, low), o -> ids[o] == null && idHigh[o] == high && idLow[o] == low);
    }
    return byId.find(value.hashCode(), o -> value.equals(ids[o]));
  }

  /** The live organization holding this uniqueness key, or -1. */
  int liveOrdinalOfKey(String uniquenessKey) {
    return liveByKey.find(uniquenessKey.hashCode(), o -> uniquenessKeys[o].equals(uniquenessKey));
  }

  /** The live organization holding this external id, or -1. */
  int liveOrdinalOfExternalId(ExternalId externalId) {
    Integer ordinal = liveByExternalId.get(externalId.value());
    return ordinal == null ? -1 : ordinal;
  }

  boolean isLive(int ordinal) {
    return deletedAt[ordinal] == null;
  }

  Instant deletedAt(int ordinal) {
    return deletedAt[ordinal];
  }

  long signature(int ordinal) {
    return signatures[ordinal];
  }

  long label(int ordinal) {
    return labels[ordinal];
  }

  void setLabel(int ordinal, long label) {
    labels[ordinal] = label;
  }

  String searchKey(int ordinal) {
    return searchKeys[ordinal];
  }

  String uniquenessKey(int ordinal) {
    return uniquenessKeys[ordinal];
  }

  long version(int ordinal) {
    return versions[ordinal];
  }

  String idString(int ordinal) {
    String id = ids[ordinal];
    return id != null ? id : Uuids.format(idHigh[ordinal], idLow[ordinal]);
  }

  ConsumerOrganizationId id(int ordinal) {
    return ConsumerOrganizationId.of(idString(ordinal));
  }

  ConsumerOrganization organization(int ordinal) {
    String externalId = externalIds[ordinal];
    return new ConsumerOrganization(id(ordinal), provider, names[ordinal], versions[ordinal], createdAt[ordinal],
        updatedAt[ordinal], externalId == null ? Optional.empty() : Optional.of(ExternalId.of(externalId)));
  }

  Keyset keyset(int ordinal) {
    return new Keyset(searchKeys[ordinal], idString(ordinal));
  }

  /** Compares an ordinal with an outside position in name order. */
  int compare(int ordinal, Keyset position) {
    int byKey = CodePoints.compare(searchKeys[ordinal], position.sortKey());
    return byKey != 0 ? byKey : KeysetOrder.compareCodePoints(idString(ordinal), position.id());
  }

  /** Stores a new live organization, whose id, uniqueness key and external id the caller has checked are free. */
  int insert(ConsumerOrganization organization, NormalizedName name, UndoLog undo) {
    if (count == ids.length) {
      grow();
    }
    int ordinal = count++;
    String id = organization.id().value();
    if (Uuids.packable(id)) {
      idHigh[ordinal] = Uuids.high(id);
      idLow[ordinal] = Uuids.low(id);
    } else {
      ids[ordinal] = id;
    }
    setName(ordinal, name, organization.name());
    versions[ordinal] = organization.version();
    createdAt[ordinal] = organization.createdAt();
    updatedAt[ordinal] = organization.updatedAt();
    String externalId = organization.externalId().map(ExternalId::value).orElse(null);
    externalIds[ordinal] = externalId;
    live++;
    byId.add(ordinal);
    liveByKey.add(ordinal);
    if (externalId != null) {
      liveByExternalId.put(externalId, ordinal);
    }
    index.add(ordinal);
    undo.onUndo(() -> {
      index.remove(ordinal);
      if (externalId != null) {
        liveByExternalId.remove(externalId);
      }
      externalIds[ordinal] = null;
      liveByKey.remove(ordinal);
      byId.remove(ordinal);
      live--;
      ids[ordinal] = null;
      names[ordinal] = null;
      uniquenessKeys[ordinal] = null;
      searchKeys[ordinal] = null;
      surrogateKeys.clear(ordinal);
      createdAt[ordinal] = null;
      updatedAt[ordinal] = null;
      count--;
    });
    return ordinal;
  }

  /** Renames a live organization to {@code name} with the next version, at {@code at}. */
  void rename(int ordinal, NormalizedName name, Instant at, UndoLog undo) {
    String oldName = names[ordinal];
    String oldUniquenessKey = uniquenessKeys[ordinal];
    String oldSearchKey = searchKeys[ordinal];
    Instant oldUpdatedAt = updatedAt[ordinal];
    index.remove(ordinal);
    liveByKey.remove(ordinal);
    setName(ordinal, name, name.value());
    versions[ordinal]++;
    updatedAt[ordinal] = at;
    liveByKey.add(ordinal);
    index.add(ordinal);
    undo.onUndo(() -> {
      index.remove(ordinal);
      liveByKey.remove(ordinal);
      names[ordinal] = oldName;
      uniquenessKeys[ordinal] = oldUniquenessKey;
      setSearchKey(ordinal, oldSearchKey);
      versions[ordinal]--;
      updatedAt[ordinal] = oldUpdatedAt;
      liveByKey.add(ordinal);
      index.add(ordinal);
    });
  }

  /**
   * Sets a live organization's external id (none if null) with the next version, at {@code at}; the caller has
   * checked that no other live organization holds it.
   */
  void changeExternalId(int ordinal, @Nullable String externalId, Instant at, UndoLog undo) {
    String oldExternalId = externalIds[ordinal];
    Instant oldUpdatedAt = updatedAt[ordinal];
    if (oldExternalId != null) {
      liveByExternalId.remove(oldExternalId);
    }
    if (externalId != null) {
      liveByExternalId.put(externalId, ordinal);
    }
    externalIds[ordinal] = externalId;
    versions[ordinal]++;
    updatedAt[ordinal] = at;
    undo.onUndo(() -> {
      if (externalId != null) {
        liveByExternalId.remove(externalId);
      }
      if (oldExternalId != null) {
        liveByExternalId.put(oldExternalId, ordinal);
      }
      externalIds[ordinal] = oldExternalId;
      versions[ordinal]--;
      updatedAt[ordinal] = oldUpdatedAt;
    });
  }

  /**
   * Marks a live organization deleted at {@code at}: its name and external id are free and it leaves the search
   * indexes. It keeps its external id, as it keeps its name, for what reads deleted organizations.
   */
  void markDeleted(int ordinal, Instant at, UndoLog undo) {
    index.remove(ordinal);
    liveByKey.remove(ordinal);
    String externalId = externalIds[ordinal];
    if (externalId != null) {
      liveByExternalId.remove(externalId);
    }
    deletedAt[ordinal] = at;
    live--;
    undo.onUndo(() -> {
      live++;
      deletedAt[ordinal] = null;
      if (externalId != null) {
        liveByExternalId.put(externalId, ordinal);
      }
      liveByKey.add(ordinal);
      index.add(ordinal);
    });
  }

  private void setName(int ordinal, NormalizedName name, String value) {
    names[ordinal] = value;
    setSearchKey(ordinal, name.searchKey());
    uniquenessKeys[ordinal] = name.uniquenessKey().equals(name.searchKey()) ? name.searchKey() : name.uniquenessKey();
  }

  private void setSearchKey(int ordinal, String key) {
    searchKeys[ordinal] = key;
    signatures[ordinal] = SearchIndex.signature(key);
    boolean surrogates = false;
    for (int i = 0; i < key.length() && !surrogates; i++) {
      surrogates = Character.isSurrogate(key.charAt(i));
    }
    surrogateKeys.set(ordinal, surrogates);
  }

  private int idHash(int ordinal) {
    String id = ids[ordinal];
    return id != null ? id.hashCode() : Uuids.hash(idHigh[ordinal], idLow[ordinal]);
  }

  private void grow() {
    int length = ids.length * 2;
    ids = Arrays.copyOf(ids, length);
    idHigh = Arrays.copyOf(idHigh, length);
    idLow = Arrays.copyOf(idLow, length);
    names = Arrays.copyOf(names, length);
    uniquenessKeys = Arrays.copyOf(uniquenessKeys, length);
    searchKeys = Arrays.copyOf(searchKeys, length);
    versions = Arrays.copyOf(versions, length);
    createdAt = Arrays.copyOf(createdAt, length);
    updatedAt = Arrays.copyOf(updatedAt, length);
    deletedAt = Arrays.copyOf(deletedAt, length);
    externalIds = Arrays.copyOf(externalIds, length);
    labels = Arrays.copyOf(labels, length);
    signatures = Arrays.copyOf(signatures, length);
  }
}
