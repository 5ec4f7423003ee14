package org.consumerorgs.inmemory;

import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * Finds an ordinal by a key that the ordinal's own columns hold (an id, a uniqueness key): an open-addressing table of
 * ordinals, about eight bytes an entry, where a {@code HashMap<String, Integer>} spends some fifty on its node and
 * boxed value. The key's hash is read back through {@code hashOf}, so it must not change while the ordinal is here.
 */
final class OrdinalHash {
  private final IntUnaryOperator hashOf;
  /** Ordinal + 1 per slot; 0 is empty. Linear probing; removals shift entries back, so there are no tombstones. */
  private int[] slots = new int[16];
  private int size;

  OrdinalHash(IntUnaryOperator hashOf) {
    this.hashOf = hashOf;
  }

  int size() {
    return size;
  }

  /** The ordinal with this key's hash that {@code matches} accepts, or -1. */
  int find(int hash, IntPredicate matches) {
    int mask = slots.length - 1;
    for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
      int slot = slots[i];
      if (slot == 0) {
        return -1;
      }
      if (matches.test(slot - 1)) {
        return slot - 1;
      }
    }
  }

  /** Adds an ordinal whose key no other entry has. */
  void add(int ordinal) {
    if ((size + 1) * 2 > slots.length) {
      resize(slots.length * 2);
    }
    insert(slots, ordinal);
    size++;
  }

  /** Removes the ordinal, found by its key; false if it is not here. */
  boolean remove(int ordinal) {
    int mask = slots.length - 1;
    int i = spread(hashOf.applyAsInt(ordinal)) & mask;
    while (slots[i] != ordinal + 1) {
      if (slots[i] == 0) {
        return false;
      }
      i = (i + 1) & mask;
    }
    // backward shift: move later entries of the run into the gap when their home slot allows it
    int gap = i;
    for (int j = (gap + 1) & mask; slots[j] != 0; j = (j + 1) & mask) {
      int home = spread(hashOf.applyAsInt(slots[j] - 1)) & mask;
      if (((j - home) & mask) >= ((j - gap) & mask)) {
        slots[gap] = slots[j];
        gap = j;
      }
    }
    slots[gap] = 0;
    size--;
    if (slots.length > 16 && size * 8 < slots.length) {
      resize(slots.length / 2);
    }
    return true;
  }

  private void insert(int[] table, int ordinal) {
    int mask = table.length - 1;
    int i = spread(hashOf.applyAsInt(ordinal)) & mask;
    while (table[i] != 0) {
      i = (i + 1) & mask;
    }
    table[i] = ordinal + 1;
  }

  private void resize(int length) {
    int[] old = slots;
    slots = new int[length];
    for (int slot : old) {
      if (slot != 0) {
        insert(slots, slot - 1);
      }
    }
  }

  private static int spread(int hash) {
    int mixed = hash * 0x9E3779B9;
    return mixed ^ (mixed >>> 16);
  }
}
