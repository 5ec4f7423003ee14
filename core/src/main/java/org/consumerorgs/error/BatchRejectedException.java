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

  public BatchRejectedException(List<EntryRejection> rejections) {
    super(ErrorCode.BATCH_REJECTED, message(rejections));
    this.rejections = ImmutableList.copyOf(rejections);
  }

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
   */
  public record EntryRejection(int index, ConsumerEntry entry, ConsumerOrgsException reason) {}
}
