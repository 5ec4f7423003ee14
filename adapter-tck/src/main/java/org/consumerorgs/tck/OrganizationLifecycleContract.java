package org.consumerorgs.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.consumerorgs.OrganizationService;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.SearchHit;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.error.DuplicateNameException;
import org.consumerorgs.error.NotFoundException;
import org.consumerorgs.error.ObjectKind;
import org.consumerorgs.error.StaleVersionException;
import org.junit.jupiter.api.Test;

/** Create, read, rename and delete one organization: ids, versions, and names unique the way a person compares them. */
public interface OrganizationLifecycleContract extends StorageFactory {

  // ---- create and read ----

  @Test
  default void createdOrganizationHasItsNameVersionOneAndTheTimeOfCreation() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization created = world.organization("Globex");

    assertEquals("Globex", created.name());
    assertEquals(1, created.version());
    assertEquals(ContractWorld.PROVIDER_A, created.providerId());
    assertEquals(ContractWorld.START, created.createdAt());
    assertEquals(ContractWorld.START, created.updatedAt());
  }

  @Test
  default void createdOrganizationReadsBackExactlyAsReturned() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization created = world.organization("Globex");

    assertEquals(Optional.of(created), world.sdk.organizations().find(world.alice, created.id()));
    assertEquals(created, world.sdk.organizations().get(world.alice, created.id()));
    assertEquals(List.of(created), world.organizations(world.alice));
  }

  @Test
  default void timestampsReadBackToTheMicrosecond() {
    ContractWorld world = ContractWorld.create(this);
    world.clock.set(Instant.parse("2026-03-10T09:00:00.123456789Z"));
    ConsumerOrganization created = world.organization("Globex");

    Instant micros = Instant.parse("2026-03-10T09:00:00.123456Z");
    assertEquals(micros, created.createdAt());
    assertEquals(created, world.sdk.organizations().get(world.alice, created.id()));

    world.clock.set(Instant.parse("2026-03-10T09:00:01.000000999Z"));
    ConsumerOrganization renamed = world.sdk.organizations().rename(world.alice, created.id(), 1, "Globex Corp");
    assertEquals(Instant.parse("2026-03-10T09:00:01Z"), renamed.updatedAt());
    assertEquals(micros, renamed.createdAt());
    assertEquals(renamed, world.sdk.organizations().get(world.alice, created.id()));
  }

  @Test
  default void unknownIdIsNotFound() {
    ContractWorld world = ContractWorld.create(this);
    world.organization("Globex");
    ConsumerOrganizationId unknown = ConsumerOrganizationId.of("no-such-organization");

    assertEquals(Optional.empty(), world.sdk.organizations().find(world.alice, unknown));
    NotFoundException e = assertThrows(NotFoundException.class,
        () -> world.sdk.organizations().get(world.alice, unknown));
    assertEquals(ObjectKind.CONSUMER_ORGANIZATION, e.kind());
    assertEquals("no-such-organization", e.id());
  }

  @Test
  default void everyOrganizationGetsItsOwnId() {
    ContractWorld world = ContractWorld.create(this);
    Set<ConsumerOrganizationId> ids = new HashSet<>();
    for (int i = 0; i < 30; i++) {
      ids.add(world.organization("Organization " + i).id());
    }
    assertEquals(30, ids.size());
  }

  @Test
  default void aSecondHostInstanceSeesWhatTheFirstWrote() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization created = world.organization("Globex");
    OrganizationService elsewhere = world.secondHost().organizations();

    assertEquals(created, elsewhere.get(world.alice, created.id()));
    ConsumerOrganization renamed = elsewhere.rename(world.alice, created.id(), 1, "Globex Corp");
    assertEquals(renamed, world.sdk.organizations().get(world.alice, created.id()));
    assertThrows(DuplicateNameException.class, () -> elsewhere.create(world.alice, "GLOBEX CORP"));
  }

  // ---- rename ----

  @Test
  default void renameChangesTheNameAndAddsOneToTheVersion() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization created = world.organization("Globex");
    Instant later = world.tick();

    ConsumerOrganization renamed = world.sdk.organizations().rename(world.alice, created.id(), 1, "Globex Corp");

    assertEquals("Globex Corp", renamed.name());
    assertEquals(2, renamed.version());
    assertEquals(ContractWorld.START, renamed.createdAt());
    assertEquals(later, renamed.updatedAt());
    assertEquals(renamed, world.sdk.organizations().get(world.alice, created.id()));
  }

  @Test
  default void theIdNeverChangesAcrossRenames() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization org = world.organization("Globex");
    ConsumerOrganizationId id = org.id();
    for (String name : List.of("Globex Corp", "Globex Corporation", "Initech", "initech")) {
      world.tick();
      org = world.sdk.organizations().rename(world.alice, id, org.version(), name);
      assertEquals(id, org.id());
    }
    assertEquals(5, org.version());
    assertEquals("initech", world.sdk.organizations().get(world.alice, id).name());
    assertEquals(List.of(org), world.organizations(world.alice));
  }

  @Test
  default void renameWithAStaleVersionIsAConflictAndChangesNothing() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization created = world.organization("Globex");
    ConsumerOrganization renamed = world.sdk.organizations().rename(world.alice, created.id(), 1, "Globex Corp");
    int events = world.events(world.alice).size();

    StaleVersionException e = assertThrows(StaleVersionException.class,
        () -> world.sdk.organizations().rename(world.alice, created.id(), 1, "Initech"));

    assertEquals(created.id(), e.organizationId());
    assertEquals(1, e.expectedVersion());
    assertEquals(2, e.currentVersion());
    assertEquals(renamed, world.sdk.organizations().get(world.alice, created.id()));
    assertEquals(events, world.events(world.alice).size());
    world.organization("Initech"); // the name the stale rename wanted was never taken
  }

  @Test
  default void renameWithAVersionFromTheFutureIsAConflict() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization created = world.organization("Globex");

    StaleVersionException e = assertThrows(StaleVersionException.class,
        () -> world.sdk.organizations().rename(world.alice, created.id(), 7, "Initech"));
    assertEquals(1, e.currentVersion());
    assertEquals(created, world.sdk.organizations().get(world.alice, created.id()));
  }

  @Test
  default void renameToTheNameItAlreadyHasChangesNothing() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization created = world.organization("Globex Corp");
    int events = world.events(world.alice).size();
    world.tick();

    assertEquals(created, world.sdk.organizations().rename(world.alice, created.id(), 1, "Globex Corp"));
    assertEquals(created, world.sdk.organizations().rename(world.alice, created.id(), 1, "  Globex \u00A0 Corp "));

    assertEquals(created, world.sdk.organizations().get(world.alice, created.id()));
    assertEquals(events, world.events(world.alice).size());
  }

  @Test
  default void renameToALetterCaseVariantOfItsOwnNameIsAllowed() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization created = world.organization("Globex");

    ConsumerOrganization upper = world.sdk.organizations().rename(world.alice, created.id(), 1, "GLOBEX");
    assertEquals("GLOBEX", upper.name());
    assertEquals(2, upper.version());
    String fullWidth = "\uFF27\uFF4C\uFF4F\uFF42\uFF45\uFF58"; // Ｇｌｏｂｅｘ
    ConsumerOrganization wide = world.sdk.organizations().rename(world.alice, created.id(), 2, fullWidth);
    assertEquals(fullWidth, wide.name());
    assertEquals(List.of(wide), world.organizations(world.alice));
    // the name is still held: by the same organization, under its new spelling
    assertThrows(DuplicateNameException.class, () -> world.organization("globex"));
  }

  @Test
  default void renameToAnotherOrganizationsNameIsRefusedAndNamesItsHolder() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization globex = world.organization("Globex");
    ConsumerOrganization initech = world.organization("Initech");

    DuplicateNameException e = assertThrows(DuplicateNameException.class,
        () -> world.sdk.organizations().rename(world.alice, initech.id(), 1, "gLoBeX"));

    assertEquals(Optional.of(globex.id()), e.existingOrganizationId());
    assertEquals("gLoBeX", e.name());
    assertTrue(e.getMessage().contains("Globex"), e.getMessage());
    assertEquals(initech, world.sdk.organizations().get(world.alice, initech.id()));
    assertEquals(globex, world.sdk.organizations().get(world.alice, globex.id()));
  }

  @Test
  default void renameFreesTheOldName() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization created = world.organization("Globex");
    world.sdk.organizations().rename(world.alice, created.id(), 1, "Initech");

    ConsumerOrganization again = world.organization("GLOBEX");

    assertNotEquals(created.id(), again.id());
    assertThrows(DuplicateNameException.class, () -> world.organization("initech"));
  }

  @Test
  default void renameMayTakeTheNameOfADeletedOrganization() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization old = world.organization("Globex");
    ConsumerOrganization other = world.organization("Initech");
    world.sdk.organizations().delete(world.alice, old.id());

    ConsumerOrganization renamed = world.sdk.organizations().rename(world.alice, other.id(), 1, "globex");
    assertEquals("globex", renamed.name());
  }

  @Test
  default void renamedOrganizationIsFoundByItsNewNameAndNotByItsOldOne() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization created = world.organization("Globex");
    ConsumerOrganization renamed = world.sdk.organizations().rename(world.alice, created.id(), 1, "Initech");

    List<SearchHit> byNew = world.sdk.organizations().search(world.alice, SearchRequest.of("initech"));
    assertEquals(List.of(renamed), byNew.stream().map(SearchHit::organization).toList());
    assertEquals(List.of(), world.sdk.organizations().search(world.alice, SearchRequest.of("globex")));
  }

  // ---- delete ----

  @Test
  default void deletedOrganizationIsNotFoundAnyMore() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization created = world.organization("Globex");
    ConsumerOrganization kept = world.organization("Initech");

    world.sdk.organizations().delete(world.alice, created.id());

    assertEquals(Optional.empty(), world.sdk.organizations().find(world.alice, created.id()));
    assertThrows(NotFoundException.class, () -> world.sdk.organizations().get(world.alice, created.id()));
    assertEquals(List.of(kept), world.organizations(world.alice));
  }

  @Test
  default void deletedOrganizationCanNeitherBeRenamedNorDeletedAgain() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization created = world.organization("Globex");
    world.sdk.organizations().delete(world.alice, created.id());
    int events = world.events(world.alice).size();

    NotFoundException rename = assertThrows(NotFoundException.class,
        () -> world.sdk.organizations().rename(world.alice, created.id(), 1, "Initech"));
    assertEquals(ObjectKind.CONSUMER_ORGANIZATION, rename.kind());
    assertThrows(NotFoundException.class, () -> world.sdk.organizations().delete(world.alice, created.id()));
    assertThrows(NotFoundException.class, () -> world.sdk.organizations().previewDelete(world.alice, created.id()));
    assertEquals(events, world.events(world.alice).size());
  }

  @Test
  default void deletedOrganizationsNameIsFreeAgainForANewOrganization() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization old = world.organization("Globex");
    world.sdk.organizations().delete(world.alice, old.id());

    ConsumerOrganization again = world.organization("Globex");

    assertNotEquals(old.id(), again.id());
    assertEquals(1, again.version());
    assertEquals(List.of(again), world.organizations(world.alice));
    assertThrows(DuplicateNameException.class, () -> world.organization("GLOBEX"));
  }

  @Test
  default void aNameCanBeDeletedAndReusedManyTimes() {
    ContractWorld world = ContractWorld.create(this);
    Set<ConsumerOrganizationId> ids = new HashSet<>();
    for (int round = 0; round < 5; round++) {
      ConsumerOrganization org = world.organization(round % 2 == 0 ? "Globex" : "GLOBEX");
      ids.add(org.id());
      world.tick();
      world.sdk.organizations().delete(world.alice, org.id());
    }
    assertEquals(5, ids.size());
    assertEquals(List.of(), world.organizations(world.alice));
  }

  // ---- unique names ----

  @Test
  default void duplicateNameIsRefusedWithTheExistingOrganizationsId() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization globex = world.organization("Globex");
    ContractWorld.Snapshot before = world.snapshot();

    DuplicateNameException e = assertThrows(DuplicateNameException.class, () -> world.organization("Globex"));

    assertEquals(Optional.of(globex.id()), e.existingOrganizationId());
    assertEquals("Globex", e.name());
    assertEquals(before, world.snapshot());
  }

  @Test
  default void duplicateNamesAreComparedIgnoringLetterCase() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization acme = world.organization("Acme");

    for (String variant : List.of("ACME", "acme", "aCmE")) {
      DuplicateNameException e = assertThrows(DuplicateNameException.class, () -> world.organization(variant),
          variant);
      assertEquals(Optional.of(acme.id()), e.existingOrganizationId());
    }
    assertEquals(List.of(acme), world.organizations(world.alice));
  }

  @Test
  default void duplicateNamesAreComparedWithCompatibilityFormsFolded() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization acme = world.organization("Acme");

    DuplicateNameException wide = assertThrows(DuplicateNameException.class,
        () -> world.organization("\uFF21\uFF43\uFF4D\uFF45")); // full-width Ａｃｍｅ
    assertEquals(Optional.of(acme.id()), wide.existingOrganizationId());

    ConsumerOrganization fraktur = world.organization("\uD835\uDD09\uD835\uDD2F\uD835\uDD1E\uD835\uDD28"
        + "\uD835\uDD31\uD835\uDD32\uD835\uDD2F"); // mathematical fraktur "Fraktur"
    DuplicateNameException plain = assertThrows(DuplicateNameException.class, () -> world.organization("FRAKTUR"));
    assertEquals(Optional.of(fraktur.id()), plain.existingOrganizationId());

    ConsumerOrganization ligature = world.organization("\uFB03ce Supplies"); // ﬃ ligature
    DuplicateNameException spelled = assertThrows(DuplicateNameException.class,
        () -> world.organization("Ffice supplies"));
    assertEquals(Optional.of(ligature.id()), spelled.existingOrganizationId());
  }

  @Test
  default void duplicateNamesAreComparedWithFullCaseFolding() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization strasse = world.organization("Stra\u00DFe Logistics");
    ConsumerOrganization sigma = world.organization("\u039F\u0394\u039F\u03A3 Travel"); // ΟΔΟΣ

    DuplicateNameException e = assertThrows(DuplicateNameException.class,
        () -> world.organization("STRASSE LOGISTICS"));
    assertEquals(Optional.of(strasse.id()), e.existingOrganizationId());
    DuplicateNameException f = assertThrows(DuplicateNameException.class,
        () -> world.organization("\u03BF\u03B4\u03BF\u03C2 travel")); // οδος with final sigma
    assertEquals(Optional.of(sigma.id()), f.existingOrganizationId());
  }

  @Test
  default void composedAndDecomposedSpellingsAreTheSameName() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization composed = world.organization("\u00C9cole Normale");

    DuplicateNameException e = assertThrows(DuplicateNameException.class,
        () -> world.organization("E\u0301cole normale"));
    assertEquals(Optional.of(composed.id()), e.existingOrganizationId());
  }

  @Test
  default void namesThatDifferOnlyInWhiteSpaceAreTheSameName() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization acme = world.organization("Acme Data Corp");

    DuplicateNameException e = assertThrows(DuplicateNameException.class,
        () -> world.organization("  acme\u00A0\u00A0data \u3000 corp "));
    assertEquals(Optional.of(acme.id()), e.existingOrganizationId());
  }

  @Test
  default void accentsMakeDifferentNames() {
    ContractWorld world = ContractWorld.create(this);
    // Uniqueness folds case and compatibility forms, not accents: an accent-insensitive store index is wrong here.
    ConsumerOrganization plain = world.organization("Emile Consulting");
    ConsumerOrganization accented = world.organization("\u00C9mile Consulting");
    ConsumerOrganization resume = world.organization("Resume");
    ConsumerOrganization resumeAccented = world.organization("R\u00E9sum\u00E9");

    assertEquals(4, Set.of(plain.id(), accented.id(), resume.id(), resumeAccented.id()).size());
    assertEquals(4, world.organizations(world.alice).size());
  }

  @Test
  default void namesAreUniquePerProviderOnly() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization ofAlice = world.organization("Acme");
    ConsumerOrganization ofBob = world.sdk.organizations().create(world.bob, "ACME");

    assertNotEquals(ofAlice.id(), ofBob.id());
    assertEquals(ContractWorld.PROVIDER_B, ofBob.providerId());
    assertEquals(List.of(ofAlice), world.organizations(world.alice));
    assertEquals(List.of(ofBob), world.organizations(world.bob));
  }
}
