package org.consumerorgs.tck;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.consumerorgs.error.AlreadyExistsException;
import org.consumerorgs.error.BatchRejectedException;
import org.consumerorgs.error.BatchRejectedException.EntryRejection;
import org.consumerorgs.error.DuplicateNameException;
import org.consumerorgs.error.InvalidNameException;
import org.consumerorgs.error.NameRule;
import org.consumerorgs.error.NotAllowedException;
import org.consumerorgs.error.NotFoundException;
import org.consumerorgs.error.ObjectKind;
import org.consumerorgs.error.StaleVersionException;

/**
 * The words both sides of the model-based contract describe outcomes in, so that the reference model's expectation
 * and the adapter's actual outcome compare as two strings and a failure reads like a sentence: organizations by label
 * ({@code org3}) rather than by generated id, names quoted with invisible characters spelled out.
 */
final class Outcomes {
  private static final int LONGEST_QUOTE = 40;

  private Outcomes() {}

  /** {@code org3 "Acme" v2} */
  static String organization(String label, String name, long version) {
    return label + " " + quote(name) + " v" + version;
  }

  static String invalidName(NameRule rule) {
    return "InvalidNameException " + rule;
  }

  static String duplicateHeldBy(String holderLabel) {
    return "DuplicateNameException held by " + holderLabel;
  }

  static String duplicateWithinRequest() {
    return "DuplicateNameException within the request";
  }

  static String notFound(ObjectKind kind, String label) {
    return "NotFoundException " + kind + " " + label;
  }

  static String stale(long expected, long current) {
    return "StaleVersionException expected v" + expected + ", current v" + current;
  }

  static String alreadyExists(ObjectKind kind, String id) {
    return "AlreadyExistsException " + kind + " " + id;
  }

  static String notAllowed() {
    return "NotAllowedException";
  }

  /** {@code BatchRejectedException [#0 InvalidNameException TOO_SHORT; #2 NotFoundException ...]} */
  static String batchRejected(List<String> entries) {
    return "BatchRejectedException [" + String.join("; ", entries) + "]";
  }

  static String rejectedEntry(int index, String reason) {
    return "#" + index + " " + reason;
  }

  /** Any exception, in the words above; {@code labels} turns an organization id into its label. */
  static String failure(RuntimeException e, Function<String, String> labels) {
    if (e instanceof InvalidNameException invalid) {
      return invalidName(invalid.rule());
    } else if (e instanceof DuplicateNameException duplicate) {
      return duplicate.existingOrganizationId().map(id -> duplicateHeldBy(labels.apply(id.value())))
          .orElse(duplicateWithinRequest());
    } else if (e instanceof NotFoundException notFound) {
      return notFound(notFound.kind(), notFound.kind() == ObjectKind.CONSUMER_ORGANIZATION
          ? labels.apply(notFound.id())
          : notFound.id());
    } else if (e instanceof StaleVersionException stale) {
      return stale(stale.expectedVersion(), stale.currentVersion());
    } else if (e instanceof AlreadyExistsException exists) {
      return alreadyExists(exists.kind(), exists.id());
    } else if (e instanceof NotAllowedException) {
      return notAllowed();
    } else if (e instanceof BatchRejectedException rejected) {
      return batchRejected(rejected.rejections().stream()
          .map((EntryRejection r) -> rejectedEntry(r.index(), failure(r.reason(), labels)))
          .toList());
    }
    return "unexpected " + e;
  }

  /** Names in quotes, with anything a reader could not see or tell apart written as {@code \}{@code uXXXX}. */
  static String quote(String text) {
    int length = text.codePointCount(0, text.length());
    String shown = length > LONGEST_QUOTE
        ? text.substring(0, text.offsetByCodePoints(0, LONGEST_QUOTE)) + "\u2026(" + length + " characters)"
        : text;
    return shown.codePoints()
        .mapToObj(cp -> isPlain(cp) ? Character.toString(cp) : String.format(Locale.ROOT, "\\u%04X", cp))
        .collect(Collectors.joining("", "\"", "\""));
  }

  private static boolean isPlain(int cp) {
    if (cp == ' ') {
      return true;
    }
    int type = Character.getType(cp);
    return !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && type != Character.CONTROL
        && type != Character.FORMAT && type != Character.PRIVATE_USE && type != Character.SURROGATE
        && type != Character.UNASSIGNED;
  }
}
