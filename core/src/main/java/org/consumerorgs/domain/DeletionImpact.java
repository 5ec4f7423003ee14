package org.consumerorgs.domain;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What deleting an organization does (or did): the shares that lose it and its effect on Monthly Active Consumers for
 * the current and the next month. The same type answers a preview and a real deletion.
 *
 * @param allowed whether the deletion policy lets it be deleted now (a preview under
 *     {@link org.consumerorgs.policy.DeletionPolicy#REFUSE_WHILE_LINKED} of a linked organization says false)
 * @param deleted false for a preview
 */
public record DeletionImpact(
    ConsumerOrganization organization,
    List<Share> sharesLosingAccess,
    List<MacEffect> macEffects,
    boolean allowed,
    boolean deleted) {

  /**
   * Checks the fields and copies the lists, so that the value stays immutable.
   *
   * @param organization the organization
   * @param sharesLosingAccess the live shares it is (or was) linked to, by name
   * @param macEffects its effect on Monthly Active Consumers, for each month a deletion now can change
   * @param allowed whether the deletion policy lets it be deleted now (a preview under {@link
   *     org.consumerorgs.policy.DeletionPolicy#REFUSE_WHILE_LINKED} of a linked organization says false)
   * @param deleted false for a preview
   * @throws IllegalArgumentException if it says the organization was deleted though the policy refused it
   */
  public DeletionImpact {
    requireNonNull(organization, "organization");
    sharesLosingAccess = ImmutableList.copyOf(sharesLosingAccess);
    macEffects = ImmutableList.copyOf(macEffects);
    if (deleted && !allowed) {
      throw new IllegalArgumentException("an organization the policy refuses to delete cannot have been deleted");
    }
  }

  /**
   * A sentence or two a host can show in a confirmation dialog or after the deletion, in English.
   *
   * @return the summary, naming the organization and the shares it leaves
   */
  public String summary() {
    String name = "\u201C" + organization.name() + "\u201D";
    String shares = sharesLosingAccess.size() + (sharesLosingAccess.size() == 1 ? " share: " : " shares: ")
        + sharesLosingAccess.stream().map(Share::name).collect(Collectors.joining(", ")) + ".";
    StringBuilder text = new StringBuilder();
    if (deleted) {
      text.append(name).append(sharesLosingAccess.isEmpty()
          ? " was deleted; it was not linked to any share."
          : " was deleted and removed from " + shares);
    } else if (!allowed) {
      text.append(name).append(" cannot be deleted while it is linked to ").append(shares)
          .append(" Remove it from them first.");
      return text.toString();
    } else {
      text.append(sharesLosingAccess.isEmpty()
          ? name + " is not linked to any share."
          : "Deleting " + name + " removes it from " + shares);
    }
    for (MacEffect effect : macEffects) {
      String month = effect.month().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
          + effect.month().getYear();
      if (effect.change() < 0) {
        text.append(" It no longer counts toward Monthly Active Consumers for ").append(month).append('.');
      } else if (effect.countsAfterDeletion()) {
        text.append(" It still counts toward Monthly Active Consumers for ").append(month).append('.');
      }
    }
    return text.toString();
  }
}
