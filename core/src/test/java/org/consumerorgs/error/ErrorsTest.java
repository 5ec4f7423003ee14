package org.consumerorgs.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.consumerorgs.domain.ConsumerEntry;
import org.consumerorgs.domain.ConsumerOrganizationId;
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
    StaleVersionException stale = new StaleVersionException(ConsumerOrganizationId.of("org-1"), 1, 3);
    assertTrue(stale.getMessage().contains("version 3, you had version 1"), stale.getMessage());
  }
}
