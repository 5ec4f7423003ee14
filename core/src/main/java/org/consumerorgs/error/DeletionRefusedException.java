package org.consumerorgs.error;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.ShareId;

/**
 * The deletion policy {@link org.consumerorgs.policy.DeletionPolicy#REFUSE_WHILE_LINKED} refused to delete an
 * organization that is still linked to shares. Nothing was changed.
 */
public final class DeletionRefusedException extends ConsumerOrgsException {
  private final ConsumerOrganizationId organizationId;
  private final List<ShareId> linkedShares;

  /**
   * A refused deletion.
   *
   * @param organizationId the organization
   * @param name its name, for the message
   * @param linkedShares the shares it is still linked to
   */
  public DeletionRefusedException(ConsumerOrganizationId organizationId, String name, List<ShareId> linkedShares) {
    super(ErrorCode.DELETION_REFUSED, "\u201C" + name + "\u201D cannot be deleted while it is linked to "
        + linkedShares.size()
        + (linkedShares.size() == 1 ? " share" : " shares") + "; remove it from its shares first.");
    this.organizationId = requireNonNull(organizationId, "organizationId");
    this.linkedShares = ImmutableList.copyOf(linkedShares);
  }

  /**
   * {@return the organization that was not deleted}
   */
  public ConsumerOrganizationId organizationId() {
    return organizationId;
  }

  /**
   * The shares it is still linked to.
   *
   * @return the shares
   */
  public List<ShareId> linkedShares() {
    return linkedShares;
  }
}
