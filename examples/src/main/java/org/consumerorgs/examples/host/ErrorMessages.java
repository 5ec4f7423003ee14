package org.consumerorgs.examples.host;

import java.io.PrintStream;
import java.util.stream.Collectors;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.error.AlreadyExistsException;
import org.consumerorgs.error.BatchRejectedException;
import org.consumerorgs.error.ConsumerOrgsException;
import org.consumerorgs.error.DeletionRefusedException;
import org.consumerorgs.error.DuplicateNameException;
import org.consumerorgs.error.InvalidCursorException;
import org.consumerorgs.error.InvalidNameException;
import org.consumerorgs.error.NotAllowedException;
import org.consumerorgs.error.NotFoundException;
import org.consumerorgs.error.ObjectKind;
import org.consumerorgs.error.StaleVersionException;
import org.consumerorgs.error.StorageException;

/**
 * Turns every failure into words for the person at the keyboard. Each SDK exception already carries a message meant
 * for end users; a host shows it as it is and adds what only the host knows: which command would help next. One case
 * per exception type, so that a reader sees what a host must tell apart.
 */
final class ErrorMessages {
  private final PrintStream out;

  ErrorMessages(PrintStream out) {
    this.out = out;
  }

  void show(RuntimeException failure) {
    if (failure instanceof InvalidNameException e) {
      refused(e.getMessage());
    } else if (failure instanceof DuplicateNameException e) {
      // The holder's id lets the person pick the organization that exists instead of creating a twin.
      refused(e.getMessage() + e.existingOrganizationId().map(id -> " (It has id " + id + ".)").orElse(""));
    } else if (failure instanceof StaleVersionException e) {
      refused(e.getMessage() + " Type: get " + e.organizationId());
    } else if (failure instanceof NotAllowedException e) {
      refused(e.getMessage() + " Type: login <provider-id> [user]");
    } else if (failure instanceof NotFoundException e) {
      refused(e.getMessage() + (e.kind() == ObjectKind.PROVIDER ? " Type: register-provider <name>" : ""));
    } else if (failure instanceof DeletionRefusedException e) {
      refused(e.getMessage() + " Linked to: "
          + e.linkedShares().stream().map(ShareId::value).collect(Collectors.joining(", ")) + ".");
    } else if (failure instanceof BatchRejectedException e) {
      // Nothing of the batch was applied; list every wrong entry at once, as the dialog would beside each line.
      refused("Nothing was added: " + e.rejections().size() + (e.rejections().size() == 1 ? " entry is" : " entries are")
          + " wrong. Fix them and send the whole batch again.");
      Table table = new Table("#", "ENTRY", "WHY");
      e.rejections().forEach(r -> table.row(r.index() + 1, Views.entry(r.entry()), r.reason().getMessage()));
      table.print(out, "");
    } else if (failure instanceof InvalidCursorException e) {
      refused(e.getMessage());
    } else if (failure instanceof AlreadyExistsException e) {
      refused(e.getMessage());
    } else if (failure instanceof StorageException e) {
      // Not a rule: the database failed. The SDK has already retried what was worth retrying.
      out.println("Database error: " + e.getMessage() + (e.isRetryable() ? " Try again in a moment." : ""));
    } else if (failure instanceof ConsumerOrgsException e) {
      refused(e.getMessage());
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

  private void refused(String message) {
    out.println("Refused: " + message);
  }
}
