package org.consumerorgs;

import static org.consumerorgs.Ports.ALICE;
import static org.consumerorgs.Ports.PROVIDER;
import static org.mockito.Mockito.when;

import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.spi.TransactionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every read runs in one read-only transaction, so that an adapter can send it to a replica and take no lock. */
class ReadsTest {
  private static final ConsumerOrganizationId ORG = ConsumerOrganizationId.of("org-1");
  private static final ShareId GOLD = ShareId.of("gold");

  static Stream<Arguments> reads() {
    return Stream.of(
        read("providers().find", sdk -> sdk.providers().find(ALICE)),
        read("shares().find", sdk -> sdk.shares().find(ALICE, GOLD)),
        read("shares().list", sdk -> sdk.shares().list(ALICE, PageRequest.first())),
        read("shares().consumers", sdk -> sdk.shares().consumers(ALICE, GOLD, PageRequest.first())),
        read("organizations().find", sdk -> sdk.organizations().find(ALICE, ORG)),
        read("organizations().get", sdk -> sdk.organizations().get(ALICE, ORG)),
        read("organizations().list", sdk -> sdk.organizations().list(ALICE, PageRequest.first())),
        read("organizations().search", sdk -> sdk.organizations().search(ALICE, SearchRequest.of("acme"))),
        read("organizations().sharesOf", sdk -> sdk.organizations().sharesOf(ALICE, ORG, PageRequest.first())),
        read("organizations().previewDelete", sdk -> sdk.organizations().previewDelete(ALICE, ORG)),
        read("monthlyActiveConsumers().report",
            sdk -> sdk.monthlyActiveConsumers().report(ALICE, YearMonth.of(2026, 3))),
        read("events().read", sdk -> sdk.events().read(ALICE, 0, 100)));
  }

  private static Arguments read(String name, Function<ConsumerOrgs, Object> call) {
    return Arguments.of(name, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reads")
  void aReadRunsInOneReadOnlyTransaction(String name, Function<ConsumerOrgs, Object> call) {
    Ports ports = new Ports();
    when(ports.organizations.findLive(PROVIDER, ORG)).thenReturn(Optional.of(Ports.organization("org-1", "Acme", 1)));
    when(ports.shares.findLive(PROVIDER, GOLD)).thenReturn(Optional.of(Ports.share("gold", "Gold feed")));
    ConsumerOrgs sdk = ports.sdk();

    ports.act(() -> call.apply(sdk));

    ports.assertOneTransaction(TransactionMode.READ_ONLY);
  }
}
