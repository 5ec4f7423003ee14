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
 * @param deleted false for a preview
 */
public record DeletionImpact(
    ConsumerOrganization organization, List<Share> sharesLosingAccess, List<MacEffect> macEffects, boolean deleted) {

  public DeletionImpact {
    requireNonNull(organization, "organization");
    sharesLosingAccess = ImmutableList.copyOf(sharesLosingAccess);
    macEffects = ImmutableList.copyOf(macEffects);
  }

  /** A sentence or two a host can show in a confirmation dialog, in English. */
  public String summary() {
    StringBuilder text = new StringBuilder();
    text.append(deleted ? "Deleted \u201C" : "Deleting \u201C").append(organization.name()).append("\u201D ");
    if (sharesLosingAccess.isEmpty()) {
      text.append(deleted ? "removed it from no share." : "removes it from no share.");
    } else {
      text.append(deleted ? "removed it from " : "removes it from ").append(sharesLosingAccess.size())
          .append(sharesLosingAccess.size() == 1 ? " share: " : " shares: ")
          .append(sharesLosingAccess.stream().map(Share::name).collect(Collectors.joining(", "))).append('.');
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
