package org.consumerorgs.error;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import org.consumerorgs.domain.ConsumerEntry;

/**
 * A batch ("Done" in the add-consumers dialog) was refused as a whole: nothing of it was applied. {@link #rejections()}
 * says which entries were wrong and why; every other entry was fine and can be sent again as it is.
 */
public final class BatchRejectedException extends ConsumerOrgsException {
  private final List<EntryRejection> rejections;

  /**
   * A refused batch; the message lists every rejection.
   *
   * @param rejections the wrong entries, at least one, in request order
   * @throws IllegalArgumentException if there is none
   */
  public BatchRejectedException(List<EntryRejection> rejections) {
    super(ErrorCode.BATCH_REJECTED, message(rejections));
    this.rejections = ImmutableList.copyOf(rejections);
  }

  /**
   * {@return the wrong entries, in request order}
   */
  public List<EntryRejection> rejections() {
    return rejections;
  }

  private static String message(List<EntryRejection> rejections) {
    if (rejections.isEmpty()) {
      throw new IllegalArgumentException("a rejected batch has at least one rejected entry");
    }
    return "Nothing was added: " + rejections.stream()
        .map(r -> "entry " + (r.index() + 1) + ": " + r.reason().getMessage())
        .collect(Collectors.joining(" "));
  }

  /**
   * One refused entry: its position in the request (from 0), the entry, and the failure it would have raised on its
   * own ({@link InvalidNameException}, {@link DuplicateNameException} or {@link NotFoundException}).
   *
   * @param index the entry's position in the request, from 0
   * @param entry the entry
   * @param reason why it was refused
   */
  public record EntryRejection(int index, ConsumerEntry entry, ConsumerOrgsException reason) {}
}
