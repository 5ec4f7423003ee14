package org.consumerorgs.inmemory;

import java.util.Arrays;

/**
 * A set of organization ordinals kept in an order the caller defines (name order), as a list of small sorted
 * {@code int} chunks: an insert or a removal moves at most one chunk, a lookup is two binary searches, and a million
 * entries cost about five bytes each instead of the forty-odd of a tree node with a boxed key.
 *
 * <p>The order is passed to each call rather than held, so that the many small lists of an index share one. It must
 * not change while an ordinal is in the list: callers take an ordinal out before changing its name.
 */
final class SortedOrdinals {
  /** A total order over ordinals. */
  interface Order {
    int compare(int a, int b);
  }

  /** Where an outside value falls against the listed ordinals: negative if {@code ordinal} sorts before it. */
  interface Probe {
    int compareOrdinal(int ordinal);
  }

  static final int MAX_CHUNK = 256;
  private static final int[][] NO_CHUNKS = new int[0][];
  private static final int[] NO_SIZES = new int[0];

  private int[][] chunks = NO_CHUNKS;
  private int[] sizes = NO_SIZES;
  private int chunkCount;
  private int size;

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** Adds {@code ordinal} in its place; false if it was there already. */
  boolean add(int ordinal, Order order) {
    if (chunkCount == 0) {
      chunks = new int[1][];
      sizes = new int[1];
      chunks[0] = new int[] {ordinal};
      sizes[0] = 1;
      chunkCount = 1;
      size = 1;
      return true;
    }
    int c = chunkFor(ordinal, order);
    int pos = search(chunks[c], sizes[c], ordinal, order);
    if (pos >= 0) {
      return false;
    }
    pos = -pos - 1;
    if (sizes[c] == MAX_CHUNK && pos == MAX_CHUNK && c == chunkCount - 1) {
      // appending in order (a bulk load sorted by name): a new chunk, so that the full ones stay full
      insertChunk(c + 1, new int[] {ordinal, 0, 0, 0}, 1);
      size++;
      return true;
    }
    if (sizes[c] == MAX_CHUNK) {
      split(c);
      if (pos > sizes[c]) {
        pos -= sizes[c];
        c++;
      }
    }
    int[] chunk = chunks[c];
    int n = sizes[c];
    if (n == chunk.length) {
      chunk = Arrays.copyOf(chunk, Math.min(MAX_CHUNK, n + (n >> 1) + 1));
      chunks[c] = chunk;
    }
    System.arraycopy(chunk, pos, chunk, pos + 1, n - pos);
    chunk[pos] = ordinal;
    sizes[c] = n + 1;
    size++;
    return true;
  }

  /** Removes {@code ordinal}, which must still sort where it was added; false if it was not there. */
  boolean remove(int ordinal, Order order) {
    if (chunkCount == 0) {
      return false;
    }
    int c = chunkFor(ordinal, order);
    int pos = search(chunks[c], sizes[c], ordinal, order);
    if (pos < 0) {
      return false;
    }
    int[] chunk = chunks[c];
    int n = sizes[c];
    System.arraycopy(chunk, pos + 1, chunk, pos, n - pos - 1);
    sizes[c] = n - 1;
    size--;
    if (n == 1) {
      removeChunk(c);
    } else if (n - 1 < chunk.length / 4 && chunk.length > 8) {
      chunks[c] = Arrays.copyOf(chunk, Math.max(n - 1, 4));
    }
    return true;
  }

  /** A cursor at the first ordinal that does not sort before {@code probe}. */
  Cursor from(Probe probe) {
    int lo = 0;
    int hi = chunkCount - 1;
    // the first chunk whose last entry is not before the probe
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (probe.compareOrdinal(chunks[mid][sizes[mid] - 1]) < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (lo == chunkCount) {
      return new Cursor(chunkCount, 0);
    }
    int[] chunk = chunks[lo];
    int a = 0;
    int b = sizes[lo] - 1;
    while (a <= b) {
      int mid = (a + b) >>> 1;
      if (probe.compareOrdinal(chunk[mid]) < 0) {
        a = mid + 1;
      } else {
        b = mid - 1;
      }
    }
    return new Cursor(lo, a);
  }

  Cursor first() {
    return new Cursor(0, 0);
  }

  /** A cursor at the {@code rank}-th ordinal (from 0). */
  Cursor atRank(int rank) {
    int c = 0;
    while (c < chunkCount && rank >= sizes[c]) {
      rank -= sizes[c++];
    }
    return new Cursor(c, c < chunkCount ? rank : 0);
  }

  /** How many ordinals sort before {@code ordinal}, which is listed. */
  int rankOf(int ordinal, Order order) {
    int c = chunkFor(ordinal, order);
    int rank = search(chunks[c], sizes[c], ordinal, order);
    for (int i = 0; i < c; i++) {
      rank += sizes[i];
    }
    return rank;
  }

  /**
   * The ordinals just before and just after {@code ordinal}, which is listed, as {@code (before + 1) << 32 | (after
   * + 1)}: 0 in either half where there is none.
   */
  long neighbours(int ordinal, Order order) {
    int c = chunkFor(ordinal, order);
    int i = search(chunks[c], sizes[c], ordinal, order);
    int before = i > 0 ? chunks[c][i - 1] : c > 0 ? chunks[c - 1][sizes[c - 1] - 1] : -1;
    int after = i + 1 < sizes[c] ? chunks[c][i + 1] : c + 1 < chunkCount ? chunks[c + 1][0] : -1;
    return ((long) (before + 1) << 32) | (after + 1L);
  }

  /** Reads the list forward from a position; invalid once the list changes. */
  final class Cursor {
    private int chunk;
    private int index;

    private Cursor(int chunk, int index) {
      this.chunk = chunk;
      this.index = index;
    }

    boolean hasNext() {
      return chunk < chunkCount;
    }

    /** Whether this cursor is at an earlier position than {@code other}, of the same list. */
    boolean before(Cursor other) {
      return chunk < other.chunk || (chunk == other.chunk && index < other.index);
    }

    int next() {
      int ordinal = chunks[chunk][index];
      if (++index == sizes[chunk]) {
        chunk++;
        index = 0;
      }
      return ordinal;
    }
  }

  /** The chunk where {@code ordinal} is or belongs: the first whose last entry does not sort before it, else the last. */
  private int chunkFor(int ordinal, Order order) {
    int lo = 0;
    int hi = chunkCount - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (order.compare(chunks[mid][sizes[mid] - 1], ordinal) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int search(int[] chunk, int n, int ordinal, Order order) {
    int lo = 0;
    int hi = n - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = order.compare(chunk[mid], ordinal);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -(lo + 1);
  }

  private void split(int c) {
    int half = MAX_CHUNK / 2;
    int[] full = chunks[c];
    int[] right = Arrays.copyOfRange(full, half, MAX_CHUNK + (half >> 2));
    chunks[c] = Arrays.copyOf(full, half + (half >> 2));
    sizes[c] = half;
    insertChunk(c + 1, right, MAX_CHUNK - half);
  }

  private void insertChunk(int at, int[] chunk, int n) {
    if (chunkCount == chunks.length) {
      int grown = chunkCount + (chunkCount >> 1) + 1;
      chunks = Arrays.copyOf(chunks, grown);
      sizes = Arrays.copyOf(sizes, grown);
    }
    System.arraycopy(chunks, at, chunks, at + 1, chunkCount - at);
    System.arraycopy(sizes, at, sizes, at + 1, chunkCount - at);
    chunks[at] = chunk;
    sizes[at] = n;
    chunkCount++;
  }

  private void removeChunk(int c) {
    System.arraycopy(chunks, c + 1, chunks, c, chunkCount - c - 1);
    System.arraycopy(sizes, c + 1, sizes, c, chunkCount - c - 1);
    chunkCount--;
    chunks[chunkCount] = null;
    if (chunkCount == 0) {
      chunks = NO_CHUNKS;
      sizes = NO_SIZES;
    } else if (chunkCount < chunks.length / 4) {
      chunks = Arrays.copyOf(chunks, chunkCount * 2);
      sizes = Arrays.copyOf(sizes, chunkCount * 2);
    }
  }
}
