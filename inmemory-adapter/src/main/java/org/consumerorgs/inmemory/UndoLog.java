package org.consumerorgs.inmemory;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;

/**
 * What a transaction changed, as the steps that take it back. Every write to a provider's state goes through here, so
 * a use case that fails half way leaves nothing behind: the steps run newest first.
 */
final class UndoLog {
  private final Deque<Runnable> steps = new ArrayDeque<>();

  <K, V> void put(Map<K, V> map, K key, V value) {
    boolean had = map.containsKey(key);
    V previous = map.put(key, value);
    steps.push(had ? () -> map.put(key, previous) : () -> map.remove(key));
  }

  <K, V> void remove(Map<K, V> map, K key) {
    if (map.containsKey(key)) {
      V previous = map.remove(key);
      steps.push(() -> map.put(key, previous));
    }
  }

  <E> void add(Collection<E> collection, E element) {
    if (collection.add(element)) {
      steps.push(() -> collection.remove(element));
    }
  }

  <E> void remove(Collection<E> collection, E element) {
    if (collection.remove(element)) {
      steps.push(() -> collection.add(element));
    }
  }

  void add(OrdinalSet set, int ordinal) {
    if (set.add(ordinal)) {
      steps.push(() -> set.remove(ordinal));
    }
  }

  void remove(OrdinalSet set, int ordinal) {
    if (set.remove(ordinal)) {
      steps.push(() -> set.add(ordinal));
    }
  }

  void onUndo(Runnable step) {
    steps.push(step);
  }

  void undo() {
    while (!steps.isEmpty()) {
      steps.pop().run();
    }
  }
}
