package org.consumerorgs;

import static org.consumerorgs.Ports.ALICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.ConsumerEntry;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.error.ErrorCode;
import org.consumerorgs.error.Limit;
import org.consumerorgs.error.LimitExceededException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The limits a user can exceed in one call (page size, search limit and text, batch size) are the services' to
 * refuse: the request values carry any size, and the call that would act on one says which limit it broke.
 */
class RequestLimitsTest {
  private final Ports ports = new Ports();

  @ParameterizedTest
  @ValueSource(ints = {1001, Integer.MAX_VALUE})
  void aPageOfMoreThan1000ItemsIsRefusedBeforeTouchingAnyPort(int size) {
    ConsumerOrgs sdk = ports.sdk();
    assertLimit(() -> ports.act(() -> sdk.organizations().list(ALICE, PageRequest.first(size))), Limit.PAGE_SIZE,
        1000, size, "A page can show at most 1000 items; " + size + " were asked for.");
    assertLimit(() -> ports.act(() -> sdk.shares().list(ALICE, PageRequest.after("cursor", size))), Limit.PAGE_SIZE,
        1000, size, "at most 1000 items");
    assertLimit(() -> ports.act(() -> sdk.shares().consumers(ALICE, ShareId.of("sales"), PageRequest.first(size))),
        Limit.PAGE_SIZE, 1000, size, "at most 1000 items");
    assertLimit(() -> ports.act(() -> sdk.organizations().sharesOf(ALICE, ConsumerOrganizationId.of("org-1"),
        PageRequest.first(size))), Limit.PAGE_SIZE, 1000, size, "at most 1000 items");
    ports.assertUntouched();
  }

  @Test
  void aSearchForMoreThan200HitsIsRefusedBeforeTouchingAnyPort() {
    ConsumerOrgs sdk = ports.sdk();
    assertLimit(() -> ports.act(() -> sdk.organizations().search(ALICE, SearchRequest.of("acme").withLimit(201))),
        Limit.SEARCH_LIMIT, 200, 201, "A search can show at most 200 results; 201 were asked for.");
    ports.assertUntouched();
  }

  @Test
  void aSearchTextOfMoreThan1000CharactersIsRefusedBeforeTouchingAnyPort() {
    ConsumerOrgs sdk = ports.sdk();
    String tooLong = "\uD83D\uDE00".repeat(1000) + "a"; // 1001 characters, 2001 UTF-16 units
    assertLimit(() -> ports.act(() -> sdk.organizations().search(ALICE, SearchRequest.of(tooLong))),
        Limit.SEARCH_TEXT_LENGTH, 1000, 1001, "A search text can be at most 1000 characters long; it has 1001.");
    ports.assertUntouched();
  }

  @Test
  void addingMoreThan1000ConsumersInOneStepIsRefusedBeforeTouchingAnyPort() {
    ConsumerOrgs sdk = ports.sdk();
    AddConsumersRequest tooMany =
        new AddConsumersRequest(Collections.nCopies(1001, ConsumerEntry.newOrganization("Acme")));
    assertLimit(() -> ports.act(() -> sdk.shares().addConsumers(ALICE, ShareId.of("sales"), tooMany)),
        Limit.BATCH_SIZE, 1000, 1001, "At most 1000 consumers can be added in one step; 1001 were given.");
    ports.assertUntouched();
  }

  private static void assertLimit(Executable call, Limit limit, int maximum, int requested, String messagePart) {
    LimitExceededException e = assertThrows(LimitExceededException.class, call);
    assertEquals(ErrorCode.LIMIT_EXCEEDED, e.code());
    assertEquals(limit, e.limit());
    assertEquals(maximum, e.maximum());
    assertEquals(requested, e.requested());
    assertTrue(e.getMessage().contains(messagePart), () -> "\"" + e.getMessage() + "\" does not say " + messagePart);
  }
}
