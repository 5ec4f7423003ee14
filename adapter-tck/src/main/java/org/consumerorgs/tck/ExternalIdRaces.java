package org.consumerorgs.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Optional;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.EventType;
import org.consumerorgs.domain.ExternalId;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.error.DuplicateExternalIdException;

/**
 * What must hold after the races of {@link ExternalIdContract}: in round {@code r} every thread wanted the external id
 * {@code crm-race-r}, for a new organization or for one of its own.
 */
final class ExternalIdRaces {
  private ExternalIdRaces() {}

  private static ExternalId contended(int round) {
    return ExternalId.of("crm-race-" + round);
  }

  /** One call of each round won; every other was refused as a duplicate external id that names the winner. */
  static void oneWinnerEachRoundTheOthersNameIt(RaceOutcomes<Attempt<ConsumerOrganization>> outcomes, int rounds) {
    for (int round = 0; round < rounds; round++) {
      int r = round;
      List<Attempt<ConsumerOrganization>> attempts = outcomes.round(round);
      List<ConsumerOrganization> winners = attempts.stream().filter(Attempt::succeeded).map(Attempt::value).toList();
      assertEquals(1, winners.size(), () -> "round " + r + ": exactly one call must win; outcomes " + attempts);
      ConsumerOrganization winner = winners.get(0);
      assertEquals(Optional.of(contended(round)), winner.externalId(), "round " + r + ": the winner's external id");
      for (Attempt<ConsumerOrganization> attempt : attempts) {
        if (!attempt.succeeded()) {
          DuplicateExternalIdException duplicate = assertInstanceOf(DuplicateExternalIdException.class,
              attempt.failure(), () -> "round " + r + ": a losing call must be a duplicate external id, got "
                  + attempt);
          assertEquals(winner.id(), duplicate.existingOrganizationId(),
              () -> "round " + r + ": the refusal must name the winner; " + attempt);
        }
      }
    }
  }

  /** Only the winners of the creates exist, each found by its external id and created once in the log. */
  static void theWinnerAloneIsStoredAndLogged(ContractWorld world,
      RaceOutcomes<Attempt<ConsumerOrganization>> creates, int rounds) {
    List<ConsumerOrganization> winners = creates.where(Attempt::succeeded).stream().map(Attempt::value).toList();
    assertEquals(winners.stream().map(ConsumerOrganization::id).sorted(ExternalIdRaces::byId).toList(),
        world.organizations(world.alice).stream().map(ConsumerOrganization::id).sorted(ExternalIdRaces::byId)
            .toList(), "the live organizations are the winners");
    List<RecordedEvent> created = world.events(world.alice).stream()
        .filter(e -> e.event().type() == EventType.ORGANIZATION_CREATED).toList();
    assertEquals(rounds, created.size(), "one creation event per round");
    for (int round = 0; round < rounds; round++) {
      ConsumerOrganization winner = winnerOf(creates.round(round));
      assertEquals(Optional.of(winner), world.sdk.organizations().findByExternalId(world.alice, contended(round)));
      assertEquals(1, created.stream()
          .filter(e -> e.event().organizationId().equals(Optional.of(winner.id()))).count());
    }
  }

  /** Only each round's winner has the external id and a change event; every loser is still at version 1 without one. */
  static void onlyTheWinnerChanged(ContractWorld world, RaceOutcomes<Attempt<ConsumerOrganization>> changes,
      int rounds) {
    List<ConsumerOrganization> live = world.organizations(world.alice);
    List<RecordedEvent> changed = world.events(world.alice).stream()
        .filter(e -> e.event().type() == EventType.ORGANIZATION_EXTERNAL_ID_CHANGED).toList();
    assertEquals(rounds, changed.size(), "one change event per round");
    for (int round = 0; round < rounds; round++) {
      ConsumerOrganization winner = winnerOf(changes.round(round));
      assertEquals(Optional.of(winner), world.sdk.organizations().findByExternalId(world.alice, contended(round)));
      Optional<ExternalId> contended = Optional.of(contended(round));
      assertEquals(List.of(winner), live.stream().filter(org -> org.externalId().equals(contended)).toList());
    }
    assertEquals(rounds, live.stream().filter(org -> org.version() == 2).count(), "only the winners changed");
    assertEquals(rounds, live.stream().filter(org -> org.externalId().isPresent()).count());
  }

  private static ConsumerOrganization winnerOf(List<Attempt<ConsumerOrganization>> round) {
    return round.stream().filter(Attempt::succeeded).map(Attempt::value).findFirst().orElseThrow();
  }

  private static int byId(ConsumerOrganizationId a, ConsumerOrganizationId b) {
    return a.value().compareTo(b.value());
  }
}
