package org.consumerorgs.examples.host;

import java.io.PrintStream;
import java.util.stream.Collectors;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.error.BatchRejectedException;
import org.consumerorgs.error.ConsumerOrgsException;
import org.consumerorgs.error.DeletionRefusedException;
import org.consumerorgs.error.DuplicateExternalIdException;
import org.consumerorgs.error.DuplicateNameException;
import org.consumerorgs.error.NotFoundException;
import org.consumerorgs.error.ObjectKind;
import org.consumerorgs.error.StaleVersionException;

/**
 * Turns every failure into words for the person at the keyboard. Each SDK exception already carries a message meant
 * for end users; a host shows it as it is and adds what only the host knows: which command would help next.
 *
 * <p>It goes by each exception's {@link ConsumerOrgsException#code() code}, never by class names or messages: one
 * case per code in a {@code switch} expression without a {@code default}, so that a code added in a later SDK
 * release stops this class compiling until the host decides what to say. (A web host maps the same codes to HTTP
 * statuses in the same way.)
 */
final class ErrorMessages {
  private final PrintStream out;

  ErrorMessages(PrintStream out) {
    this.out = out;
  }

  void show(RuntimeException failure) {
    if (failure instanceof ConsumerOrgsException e) {
      out.println(words(e));
      if (e instanceof BatchRejectedException batch) {
        // Nothing of the batch was applied; list every wrong entry at once, as the dialog would beside each line.
        Table table = new Table("#", "ENTRY", "CODE", "WHY");
        batch.rejections().forEach(r -> table.row(r.index() + 1, Views.entry(r.entry()), r.reason().code(),
            r.reason().getMessage()));
        table.print(out, "");
      }
    } else if (failure instanceof UnknownOrganizationException e) {
      refused(e.getMessage());
    } else if (failure instanceof UsageException e) {
      out.println("Invalid command: " + e.getMessage());
    } else if (failure instanceof IllegalArgumentException e) {
      // The SDK checks its arguments (an id with a space in it, a page size of 0) before touching anything. In a
      // program those are bugs; here they come from what the person typed, so say it plainly.
      out.println("Invalid input: " + e.getMessage() + ".");
    } else {
      throw failure;
    }
  }

  private static String words(ConsumerOrgsException e) {
    String message = e.getMessage();
    return switch (e.code()) {
      case INVALID_NAME, INVALID_CURSOR, ALREADY_EXISTS, LIMIT_EXCEEDED -> refusal(message);
      // The holder's id lets the person pick the organization that exists instead of creating a twin.
      case DUPLICATE_NAME -> refusal(message + ((DuplicateNameException) e).existingOrganizationId()
          .map(id -> " (It has id " + id + ".)").orElse(""));
      case DUPLICATE_EXTERNAL_ID -> refusal(message + " (It has id "
          + ((DuplicateExternalIdException) e).existingOrganizationId() + ".)");
      case STALE_VERSION -> refusal(message + " Type: get " + ((StaleVersionException) e).organizationId());
      case NOT_ALLOWED -> refusal(message + " Type: login <provider-id> [user]");
      case NOT_FOUND -> refusal(message
          + (((NotFoundException) e).kind() == ObjectKind.PROVIDER ? " Type: register-provider <name>" : ""));
      case DELETION_REFUSED -> refusal(message + " Linked to: " + ((DeletionRefusedException) e).linkedShares()
          .stream().map(ShareId::value).collect(Collectors.joining(", ")) + ".");
      case BATCH_REJECTED -> {
        int wrong = ((BatchRejectedException) e).rejections().size();
        yield refusal("Nothing was added: " + wrong + (wrong == 1 ? " entry is" : " entries are")
            + " wrong. Fix them and send the whole batch again.");
      }
      // Not a rule: the database failed, and the SDK already retried what was safe to retry. What the person may do
      // next depends on whether the change may have been saved (e.outcome() says the same as the code).
      case STORAGE_CONFLICT, STORAGE_UNAVAILABLE, STORAGE_HOST_TRANSACTION_LOST ->
          "Database error: " + message + " Try again in a moment.";
      case STORAGE_OUTCOME_UNKNOWN -> "Database error: " + message + " Type: events, to see whether it was saved.";
      case STORAGE_FAILURE -> "Database error: " + message;
    };
  }

  private static String refusal(String message) {
    return "Refused: " + message;
  }

  private void refused(String message) {
    out.println(refusal(message));
  }
}
