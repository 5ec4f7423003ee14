package org.consumerorgs.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consumerorgs.domain.ConsumerEntry;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.ExternalId;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.error.BatchRejectedException.EntryRejection;
import org.junit.jupiter.api.Test;

/** Every message is a sentence a host can show its user as it is. */
class ErrorsTest {

  @Test
  void aDuplicateNameSaysWhoHoldsIt() {
    DuplicateNameException sameSpelling =
        new DuplicateNameException("Globex", ConsumerOrganizationId.of("org-9"), "Globex");
    assertEquals("A consumer organization named \u201CGlobex\u201D already exists; names must be unique.",
        sameSpelling.getMessage());
    assertEquals(Optional.of(ConsumerOrganizationId.of("org-9")), sameSpelling.existingOrganizationId());
    DuplicateNameException otherCase = new DuplicateNameException("GLOBEX", ConsumerOrganizationId.of("org-9"), "Globex");
    assertTrue(otherCase.getMessage().contains("regardless of letter case"), otherCase.getMessage());
    DuplicateNameException twice = DuplicateNameException.withinRequest("Initech");
    assertEquals(Optional.empty(), twice.existingOrganizationId());
    assertEquals("The name \u201CInitech\u201D is given more than once in this request.", twice.getMessage());
  }

  @Test
  void aRejectedBatchListsEveryEntryFromOne() {
    BatchRejectedException e = new BatchRejectedException(List.of(
        new EntryRejection(0, ConsumerEntry.newOrganization("x"),
            new InvalidNameException(NameRule.TOO_SHORT, "x", "The name must be longer than 2 characters.")),
        new EntryRejection(2, ConsumerEntry.existing(ConsumerOrganizationId.of("ghost")),
            new NotFoundException(ObjectKind.CONSUMER_ORGANIZATION, "ghost"))));
    assertEquals("Nothing was added: entry 1: The name must be longer than 2 characters."
        + " entry 3: No consumer organization with id \u201Cghost\u201D was found.", e.getMessage());
    assertEquals(2, e.rejections().size());
    assertThrows(IllegalArgumentException.class, () -> new BatchRejectedException(List.of()));
  }

  @Test
  void otherFailuresExplainThemselves() {
    assertEquals("You must be a Provider to create a consumer organization.",
        NotAllowedException.notAProvider("create a consumer organization").getMessage());
    assertEquals("No share with id \u201Cgold\u201D was found.",
        new NotFoundException(ObjectKind.SHARE, "gold").getMessage());
    assertEquals("A provider with id \u201Cacme\u201D is already registered; ids are never reused.",
        new AlreadyExistsException(ObjectKind.PROVIDER, "acme").getMessage());
    assertEquals("\u201CGlobex\u201D cannot be deleted while it is linked to 2 shares; remove it from its shares first.",
        new DeletionRefusedException(ConsumerOrganizationId.of("org-1"), "Globex",
            List.of(ShareId.of("gold"), ShareId.of("silver"))).getMessage());
    assertTrue(new DeletionRefusedException(ConsumerOrganizationId.of("org-1"), "Globex", List.of(ShareId.of("gold")))
        .getMessage().contains("linked to 1 share;"));
    assertEquals("The consumer organization \u201CGlobex\u201D already has the external id \u201Ccrm-42\u201D; "
        + "external ids must be unique.",
        new DuplicateExternalIdException(ExternalId.of("crm-42"), ConsumerOrganizationId.of("org-1"), "Globex")
            .getMessage());
    StaleVersionException stale = new StaleVersionException(ConsumerOrganizationId.of("org-1"), 1, 3);
    assertTrue(stale.getMessage().contains("version 3, you had version 1"), stale.getMessage());
  }

  @Test
  void everyExceptionCarriesTheCodeOfItsCase() {
    Map<ErrorCode, ConsumerOrgsException> one = new EnumMap<>(ErrorCode.class);
    for (ConsumerOrgsException e : oneOfEach()) {
      assertEquals(null, one.put(e.code(), e), "two exceptions share the code " + e.code());
    }
    assertEquals(EnumSet.allOf(ErrorCode.class), one.keySet(), "every code is thrown by one case");
    assertEquals(ErrorCode.DUPLICATE_NAME, DuplicateNameException.withinRequest("Initech").code());
    assertEquals(NameRule.LINE_BREAK, ((InvalidNameException) one.get(ErrorCode.INVALID_NAME)).rule());
  }

  @Test
  void theHierarchyIsClosedSoThatAHostsHandlingCanBeCheckedByTheCompiler() {
    assertTrue(ConsumerOrgsException.class.isSealed());
    List<Class<?>> permitted = Arrays.asList(ConsumerOrgsException.class.getPermittedSubclasses());
    assertEquals(ErrorCode.values().length - 4, permitted.size(), "one class per code, StorageException for five");
    for (Class<?> type : permitted) {
      assertTrue(Modifier.isFinal(type.getModifiers()), type + " is final");
    }
    // What a host writes on Java 17: a switch expression over the code with no default, which stops compiling the
    // day a code is added. It is compiled here, so this test fails to build if one is missing.
    for (ConsumerOrgsException e : oneOfEach()) {
      int status = switch (e.code()) {
        case NOT_ALLOWED -> 403;
        case NOT_FOUND -> 404;
        case ALREADY_EXISTS, DUPLICATE_NAME, DUPLICATE_EXTERNAL_ID, STALE_VERSION, DELETION_REFUSED -> 409;
        case INVALID_NAME, BATCH_REJECTED, INVALID_CURSOR, LIMIT_EXCEEDED -> 400;
        case STORAGE_CONFLICT, STORAGE_UNAVAILABLE, STORAGE_HOST_TRANSACTION_LOST -> 503;
        case STORAGE_OUTCOME_UNKNOWN, STORAGE_FAILURE -> 500;
      };
      assertEquals(e instanceof StorageException, status >= 500, e.code() + " is " + status);
    }
  }

  @Test
  void aStorageFailureSaysWhetherTheChangeMayHaveBeenSavedAndWhetherToRetry() {
    record Expected(ErrorCode code, WriteOutcome outcome, boolean retryable) {}
    for (Expected expected : List.of(
        new Expected(ErrorCode.STORAGE_CONFLICT, WriteOutcome.NOT_APPLIED, true),
        new Expected(ErrorCode.STORAGE_UNAVAILABLE, WriteOutcome.NOT_APPLIED, true),
        new Expected(ErrorCode.STORAGE_OUTCOME_UNKNOWN, WriteOutcome.UNKNOWN, false),
        new Expected(ErrorCode.STORAGE_HOST_TRANSACTION_LOST, WriteOutcome.NOT_APPLIED, false),
        new Expected(ErrorCode.STORAGE_FAILURE, WriteOutcome.NOT_APPLIED, false))) {
      StorageException e = new StorageException(expected.code(), "lost", null);
      assertEquals(expected, new Expected(e.code(), e.outcome(), e.isRetryable()));
    }
    assertEquals(ErrorCode.STORAGE_CONFLICT, new StorageException("deadlock", null, true).code());
    assertEquals(ErrorCode.STORAGE_FAILURE, new StorageException("no table", null, false).code());
    IllegalArgumentException notStorage = assertThrows(IllegalArgumentException.class,
        () -> new StorageException(ErrorCode.NOT_FOUND, "no", null));
    assertTrue(notStorage.getMessage().contains("NOT_FOUND"), notStorage.getMessage());
    for (ErrorCode code : ErrorCode.values()) {
      assertEquals(code.name().startsWith("STORAGE_"), code.isStorage(), code.name());
    }
  }

  @Test
  void aLimitExceededNamesTheLimitAndItsMaximum() {
    LimitExceededException e = new LimitExceededException(Limit.BATCH_SIZE, 1000, 1500);
    assertEquals("At most 1000 consumers can be added in one step; 1500 were given.", e.getMessage());
    assertEquals(ErrorCode.LIMIT_EXCEEDED, e.code());
    LimitExceededException.check(Limit.PAGE_SIZE, 10, 10);
    assertEquals(11, assertThrows(LimitExceededException.class,
        () -> LimitExceededException.check(Limit.PAGE_SIZE, 10, 11)).requested());
  }

  private static List<ConsumerOrgsException> oneOfEach() {
    ConsumerOrganizationId org = ConsumerOrganizationId.of("org-1");
    List<ConsumerOrgsException> all = new ArrayList<>(List.of(
        NotAllowedException.notAProvider("create"),
        new NotFoundException(ObjectKind.SHARE, "gold"),
        new AlreadyExistsException(ObjectKind.PROVIDER, "acme"),
        new DuplicateNameException("Globex", org, "Globex"),
        new DuplicateExternalIdException(ExternalId.of("crm-42"), org, "Globex"),
        new InvalidNameException(NameRule.LINE_BREAK, "a\nb", "A name is one line."),
        new StaleVersionException(org, 1, 2),
        new BatchRejectedException(List.of(new EntryRejection(0, ConsumerEntry.existing(org),
            new NotFoundException(ObjectKind.CONSUMER_ORGANIZATION, "org-1")))),
        new DeletionRefusedException(org, "Globex", List.of(ShareId.of("gold"))),
        new InvalidCursorException("This cursor was not handed out for this list."),
        new LimitExceededException(Limit.PAGE_SIZE, 1000, 1001)));
    for (ErrorCode code : ErrorCode.values()) {
      if (code.isStorage()) {
        all.add(new StorageException(code, "lost", null));
      }
    }
    return all;
  }
}
