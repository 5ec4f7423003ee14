package org.consumerorgs;

import static org.consumerorgs.Ports.VISITOR;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.function.Function;
import java.util.stream.Stream;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.error.NotAllowedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** "You must be a Provider": an actor acting for no provider may do nothing, and is refused before any port is used. */
class NotAllowedTest {
  private static final ConsumerOrganizationId ORG = ConsumerOrganizationId.of("org-1");
  private static final ShareId GOLD = ShareId.of("gold");

  static Stream<Arguments> everyCall() {
    return Stream.of(
        call("providers().register", sdk -> sdk.providers().register(VISITOR, "Acme Data")),
        call("providers().find", sdk -> sdk.providers().find(VISITOR)),
        call("shares().register", sdk -> sdk.shares().register(VISITOR, GOLD, "Gold feed")),
        call("shares().find", sdk -> sdk.shares().find(VISITOR, GOLD)),
        call("shares().list", sdk -> sdk.shares().list(VISITOR, PageRequest.first())),
        call("shares().delete", sdk -> sdk.shares().delete(VISITOR, GOLD)),
        call("shares().addConsumers", sdk -> sdk.shares().addConsumers(VISITOR, GOLD,
            AddConsumersRequest.builder().newOrganization("Initech").existing(ORG).build())),
        call("shares().removeConsumer", sdk -> sdk.shares().removeConsumer(VISITOR, GOLD, ORG)),
        call("shares().consumers", sdk -> sdk.shares().consumers(VISITOR, GOLD, PageRequest.first())),
        call("organizations().create", sdk -> sdk.organizations().create(VISITOR, "Globex")),
        call("organizations().rename", sdk -> sdk.organizations().rename(VISITOR, ORG, 1, "Globex")),
        call("organizations().find", sdk -> sdk.organizations().find(VISITOR, ORG)),
        call("organizations().get", sdk -> sdk.organizations().get(VISITOR, ORG)),
        call("organizations().list", sdk -> sdk.organizations().list(VISITOR, PageRequest.first())),
        call("organizations().search", sdk -> sdk.organizations().search(VISITOR, SearchRequest.of("acme"))),
        call("organizations().sharesOf", sdk -> sdk.organizations().sharesOf(VISITOR, ORG, PageRequest.first())),
        call("organizations().previewDelete", sdk -> sdk.organizations().previewDelete(VISITOR, ORG)),
        call("organizations().delete", sdk -> sdk.organizations().delete(VISITOR, ORG)),
        call("monthlyActiveConsumers().report",
            sdk -> sdk.monthlyActiveConsumers().report(VISITOR, YearMonth.of(2026, 3))),
        call("events().read", sdk -> sdk.events().read(VISITOR, 0, 100)));
  }

  private static Arguments call(String name, Function<ConsumerOrgs, Object> call) {
    return Arguments.of(name, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyCall")
  void anActorWithoutProviderIsRefusedBeforeAnyPortIsTouched(String name, Function<ConsumerOrgs, Object> call) {
    Ports ports = new Ports();
    ConsumerOrgs sdk = ports.sdk();

    NotAllowedException e = assertThrows(NotAllowedException.class, () -> ports.act(() -> call.apply(sdk)));

    assertTrue(e.getMessage().startsWith("You must be a Provider to "), e.getMessage());
    ports.assertUntouched();
  }

  static Stream<Arguments> callsWithBadArguments() {
    return Stream.of(
        call("organizations().create", sdk -> sdk.organizations().create(VISITOR, "\u0000")),
        call("organizations().rename", sdk -> sdk.organizations().rename(VISITOR, ORG, 0, "")),
        call("shares().register", sdk -> sdk.shares().register(VISITOR, GOLD, "\u202E")),
        call("shares().addConsumers", sdk -> sdk.shares().addConsumers(VISITOR, GOLD,
            AddConsumersRequest.builder().newOrganization("x").build())),
        call("events().read", sdk -> sdk.events().read(VISITOR, -1, 0)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("callsWithBadArguments")
  void whoMayActIsDecidedBeforeTheArgumentsAreJudged(String name, Function<ConsumerOrgs, Object> call) {
    Ports ports = new Ports();
    ConsumerOrgs sdk = ports.sdk();
    assertThrows(NotAllowedException.class, () -> ports.act(() -> call.apply(sdk)));
    ports.assertUntouched();
  }
}
