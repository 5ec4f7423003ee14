package org.consumerorgs.domain;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.consumerorgs.error.Limit;
import org.consumerorgs.error.LimitExceededException;

/**
 * What the share dialog's "Done" sends: existing organizations and new names, applied in order as one atomic step.
 * Build one with {@link #builder()} or {@link #of}. More than {@link #MAX_ENTRIES} entries is a
 * {@link LimitExceededException}; none at all an {@link IllegalArgumentException}.
 */
public record AddConsumersRequest(List<ConsumerEntry> entries) {
  /** Larger batches belong in an import job, not in one transaction holding locks. */
  public static final int MAX_ENTRIES = 1000;

  public AddConsumersRequest {
    entries = ImmutableList.copyOf(entries);
    checkArgument(!entries.isEmpty(), "a request to add consumers needs at least one entry");
    LimitExceededException.check(Limit.BATCH_SIZE, MAX_ENTRIES, entries.size());
  }

  public static AddConsumersRequest of(ConsumerEntry... entries) {
    return new AddConsumersRequest(Arrays.asList(entries));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects entries in the order the user chose them. */
  public static final class Builder {
    private final List<ConsumerEntry> entries = new ArrayList<>();

    private Builder() {}

    public Builder existing(ConsumerOrganizationId id) {
      entries.add(ConsumerEntry.existing(id));
      return this;
    }

    public Builder newOrganization(String name) {
      entries.add(ConsumerEntry.newOrganization(name));
      return this;
    }

    public AddConsumersRequest build() {
      return new AddConsumersRequest(entries);
    }
  }
}
