package org.consumerorgs.inmemory;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A set of organization ordinals: the open consumers of a share. Small sets are an open-addressing table (about eight
 * bytes an entry); once a set holds more than a sixteenth of the ordinals below its largest, it turns into a bit set
 * (an eighth of a byte per ordinal), so a share with a million consumers costs 125 kB, and the few organizations
 * outside it can be found a word of 64 at a time.
 */
final class OrdinalSet {
  private static final int MIN_DENSE = 1024;

  /** Ordinal + 1 per slot, 0 empty; null once dense. */
  private int @Nullable [] slots = new int[8];
  /** Set once dense. */
  private long @Nullable [] bits;
  private int size;
  private int max = -1;

  int size() {
    return size;
  }

  boolean contains(int ordinal) {
    if (bits != null) {
      int word = ordinal >>> 6;
      return word < bits.length && (bits[word] & (1L << ordinal)) != 0;
    }
    int mask = slots.length - 1;
    for (int i = spread(ordinal) & mask; slots[i] != 0; i = (i + 1) & mask) {
      if (slots[i] == ordinal + 1) {
        return true;
      }
    }
    return false;
  }

  boolean add(int ordinal) {
    if (contains(ordinal)) {
      return false;
    }
    max = Math.max(max, ordinal);
    size++;
    if (bits != null) {
      setBit(ordinal);
      return true;
    }
    if (size >= MIN_DENSE && (long) size * 16 > max) {
      toBits();
      setBit(ordinal);
      return true;
    }
    if (size * 2 > slots.length) {
      int[] old = slots;
      slots = new int[old.length * 2];
      for (int slot : old) {
        if (slot != 0) {
          insert(slot - 1);
        }
      }
    }
    insert(ordinal);
    return true;
  }

  boolean remove(int ordinal) {
    if (!contains(ordinal)) {
      return false;
    }
    size--;
    if (bits != null) {
      bits[ordinal >>> 6] &= ~(1L << ordinal);
      return true;
    }
    int mask = slots.length - 1;
    int i = spread(ordinal) & mask;
    while (slots[i] != ordinal + 1) {
      i = (i + 1) & mask;
    }
    int gap = i;
    for (int j = (gap + 1) & mask; slots[j] != 0; j = (j + 1) & mask) {
      int home = spread(slots[j] - 1) & mask;
      if (((j - home) & mask) >= ((j - gap) & mask)) {
        slots[gap] = slots[j];
        gap = j;
      }
    }
    slots[gap] = 0;
    return true;
  }

  /** The smallest ordinal not below {@code from} that is not in the set. */
  int nextAbsent(int from) {
    if (bits == null) {
      int o = from;
      while (contains(o)) {
        o++;
      }
      return o;
    }
    int word = from >>> 6;
    if (word >= bits.length) {
      return from;
    }
    long free = ~bits[word] & (-1L << from);
    while (free == 0) {
      if (++word == bits.length) {
        return word << 6;
      }
      free = ~bits[word];
    }
    return (word << 6) + Long.numberOfTrailingZeros(free);
  }

  /** Hands every member to {@code action}, in no particular order; the set must not change meanwhile. */
  void forEach(IntConsumer action) {
    if (bits != null) {
      for (int word = 0; word < bits.length; word++) {
        for (long w = bits[word]; w != 0; w &= w - 1) {
          action.accept((word << 6) + Long.numberOfTrailingZeros(w));
        }
      }
    } else {
      for (int slot : slots) {
        if (slot != 0) {
          action.accept(slot - 1);
        }
      }
    }
  }

  private void insert(int ordinal) {
    int mask = slots.length - 1;
    int i = spread(ordinal) & mask;
    while (slots[i] != 0) {
      i = (i + 1) & mask;
    }
    slots[i] = ordinal + 1;
  }

  private void toBits() {
    bits = new long[(max >>> 6) + 1];
    for (int slot : slots) {
      if (slot != 0) {
        setBit(slot - 1);
      }
    }
    slots = null;
  }

  private void setBit(int ordinal) {
    int word = ordinal >>> 6;
    if (word >= bits.length) {
      bits = Arrays.copyOf(bits, Math.max(word + 1, bits.length + (bits.length >> 1)));
    }
    bits[word] |= 1L << ordinal;
  }

  private static int spread(int ordinal) {
    int mixed = ordinal * 0x9E3779B9;
    return mixed ^ (mixed >>> 16);
  }
}
