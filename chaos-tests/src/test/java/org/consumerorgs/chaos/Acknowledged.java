package org.consumerorgs.chaos;

import java.util.List;

/**
 * What an acknowledged call says it did: the events it must have recorded ({@link EventSignature}), and the pairs
 * ({@code share/organization}) it reported as already linked before it, which must have been linked when it committed.
 */
record Acknowledged(List<String> events, List<String> alreadyLinked) {
  Acknowledged {
    events = List.copyOf(events);
    alreadyLinked = List.copyOf(alreadyLinked);
  }

  static Acknowledged events(List<String> events) {
    return new Acknowledged(events, List.of());
  }
}
