package org.consumerorgs.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.Link;

/**
 * An organization, live or deleted, with its links that intersect a time window: what
 * {@link LinkStore#forEachLinkedOrganization} hands to the Monthly Active Consumers report.
 *
 * @param name its current name (a deleted organization keeps the one it had when deleted)
 * @param searchKey the {@link org.consumerorgs.domain.NormalizedName#searchKey()} of that name, whole, as stored with
 *     it: the report is sorted on it, and reads it rather than fold every name again
 * @param deletedAt when it was deleted, if it was
 * @param links its links that intersect the window, at least one, in any order
 */
public record LinkedOrganization(
    ConsumerOrganizationId id, String name, String searchKey, Optional<Instant> deletedAt, List<Link> links) {

  /**
   * Checks the fields and copies the links, so that the value stays immutable.
   *
   * @param id the organization
   * @param name its current name (a deleted organization keeps the one it had when deleted)
   * @param searchKey the {@link org.consumerorgs.domain.NormalizedName#searchKey()} of that name, whole, as stored with
   *     it: the report is sorted on it, and reads it rather than fold every name again
   * @param deletedAt when it was deleted, if it was
   * @param links its links that intersect the window, at least one, in any order
   * @throws IllegalArgumentException if there are no links, or a link of another organization
   */
  public LinkedOrganization {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(searchKey, "searchKey");
    requireNonNull(deletedAt, "deletedAt");
    links = ImmutableList.copyOf(links);
    checkArgument(!links.isEmpty(), "organization %s is handed without links", id);
    for (Link link : links) {
      checkArgument(link.organizationId().equals(id), "link %s of organization %s is handed with organization %s",
          link.id(), link.organizationId(), id);
    }
  }
}
