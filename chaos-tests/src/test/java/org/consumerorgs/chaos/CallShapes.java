package org.consumerorgs.chaos;

import java.util.List;
import org.consumerorgs.domain.EventType;

/**
 * Whether the events a call of unknown outcome recorded are the whole of some outcome of that call, not a part: a
 * deletion with its organization's event, not only some of its links closed; a batch whose every new organization
 * was also linked. (Its exact outcome cannot be known: other calls moved the data on meanwhile.)
 */
final class CallShapes {
  private CallShapes() {}

  /** {@code what} is the call as logged ("delete org-1"); {@code recorded} its events' signatures, sorted. */
  static boolean wholeCall(String what, List<String> recorded) {
    String operation = what.substring(0, what.indexOf(' '));
    return switch (operation) {
      case "create" -> only(recorded, EventType.ORGANIZATION_CREATED);
      case "rename" -> only(recorded, EventType.ORGANIZATION_RENAMED);
      case "removeConsumer" -> only(recorded, EventType.CONSUMER_REMOVED);
      case "registerShare" -> only(recorded, EventType.SHARE_REGISTERED);
      case "delete" -> oneClosingWithRemovals(recorded, EventType.ORGANIZATION_DELETED);
      case "deleteShare" -> oneClosingWithRemovals(recorded, EventType.SHARE_DELETED);
      case "addConsumers" -> batch(recorded);
      default -> throw new IllegalArgumentException("no shape for " + what);
    };
  }

  private static boolean only(List<String> recorded, EventType type) {
    return recorded.size() == 1 && recorded.get(0).startsWith(type + " ");
  }

  private static boolean oneClosingWithRemovals(List<String> recorded, EventType closing) {
    long closings = recorded.stream().filter(s -> s.startsWith(closing + " ")).count();
    long removals = recorded.stream().filter(s -> s.startsWith(EventType.CONSUMER_REMOVED + " ")).count();
    return closings == 1 && closings + removals == recorded.size();
  }

  private static boolean batch(List<String> recorded) {
    List<String> added = recorded.stream().filter(s -> s.startsWith(EventType.CONSUMER_ADDED + " ")).toList();
    List<String> created = recorded.stream().filter(s -> s.startsWith(EventType.ORGANIZATION_CREATED + " "))
        .toList();
    boolean everyNewOneLinked = created.stream().map(CallShapes::organization)
        .allMatch(org -> added.stream().anyMatch(a -> a.contains(" org=" + org + " ")));
    return !added.isEmpty() && added.size() + created.size() == recorded.size() && everyNewOneLinked;
  }

  private static String organization(String signature) {
    String rest = signature.substring(signature.indexOf(" org=") + 5);
    return rest.substring(0, rest.indexOf(' '));
  }
}
