package org.consumerorgs.domain;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the share dialog's "Done" sends: existing organizations and new names, applied in order as one atomic step.
 * Build one with {@link #builder()} or {@link #of}. No entry at all is an {@link IllegalArgumentException} here; more
 * than {@link #MAX_ENTRIES} entries are refused by {@code ShareService.addConsumers} with a
 * {@link org.consumerorgs.error.LimitExceededException}.
 */
public record AddConsumersRequest(List<ConsumerEntry> entries) {
  /** Larger batches belong in an import job, not in one transaction holding locks. */
  public static final int MAX_ENTRIES = 1000;

  /**
   * Copies the entries, so that the request stays immutable, and checks their number.
   *
   * @param entries the entries, in order: at least one, at most {@value #MAX_ENTRIES}
   * @throws IllegalArgumentException if there are no entries
   */
  public AddConsumersRequest {
    entries = ImmutableList.copyOf(entries);
    checkArgument(!entries.isEmpty(), "a request to add consumers needs at least one entry");
  }

  /**
   * A request of these entries, in this order.
   *
   * @param entries at least one, at most {@value #MAX_ENTRIES}
   * @return the request
   */
  public static AddConsumersRequest of(ConsumerEntry... entries) {
    return new AddConsumersRequest(Arrays.asList(entries));
  }

  /** {@return an empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects entries in the order the user chose them. */
  public static final class Builder {
    private final List<ConsumerEntry> entries = new ArrayList<>();

    private Builder() {}

    /**
     * Adds an organization that already exists, such as one picked from search.
     *
     * @param id the organization
     * @return this builder
     */
    public Builder existing(ConsumerOrganizationId id) {
      entries.add(ConsumerEntry.existing(id));
      return this;
    }

    /**
     * Adds a new organization to create, by the name as typed.
     *
     * @param name the name, checked when the request is applied
     * @return this builder
     */
    public Builder newOrganization(String name) {
      entries.add(ConsumerEntry.newOrganization(name));
      return this;
    }

    /**
     * {@return the request of the entries added so far, in order}
     *
     * @throws IllegalArgumentException if there are no entries or more than {@value #MAX_ENTRIES}
     */
    public AddConsumersRequest build() {
      return new AddConsumersRequest(entries);
    }
  }
}
