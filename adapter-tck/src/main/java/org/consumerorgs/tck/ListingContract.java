package org.consumerorgs.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.Page;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.Share;
import org.consumerorgs.error.InvalidCursorException;
import org.consumerorgs.spi.KeysetOrder;
import org.junit.jupiter.api.Test;

/**
 * A provider's organizations sorted by name (case and accents ignored, then id), a page at a time through opaque
 * cursors that survive changes between pages and are refused when they belong elsewhere.
 */
public interface ListingContract extends StorageFactory {

  @Test
  default void anEmptyListIsOneEmptyPage() {
    ContractWorld world = ContractWorld.create(this);
    Page<ConsumerOrganization> page = world.sdk.organizations().list(world.alice, PageRequest.first());
    assertEquals(List.of(), page.items());
    assertFalse(page.hasNext());
  }

  @Test
  default void organizationsAreSortedByNameIgnoringCaseAndAccents() {
    ContractWorld world = ContractWorld.create(this);
    for (String name : List.of("zulu", "\u00C9mile", "beta", "Alpha", "emil", "\u00C4rger", "EMILY",
        "\u00C5ngstr\u00F6m")) {
      world.organization(name);
    }

    assertEquals(List.of("Alpha", "\u00C5ngstr\u00F6m", "\u00C4rger", "beta", "emil", "\u00C9mile", "EMILY", "zulu"),
        world.organizationNames(world.alice));
  }

  @Test
  default void namesThatSortTheSameAreOrderedById() {
    ContractWorld world = ContractWorld.create(this);
    List<ConsumerOrganization> same = new ArrayList<>();
    // three different names (accents make names different) with one sort key: "alpha"
    same.add(world.organization("Alpha"));
    world.organization("Beta");
    same.add(world.organization("\u00C1LPHA"));
    same.add(world.organization("\u00E4lpha"));
    same.sort(Comparator.comparing((ConsumerOrganization o) -> o.id().value(), KeysetOrder.CODE_POINT_ORDER));

    List<ConsumerOrganization> listed = world.organizations(world.alice);
    assertEquals(same, listed.subList(0, 3));
    assertEquals("Beta", listed.get(3).name());
    assertEquals(listed, ContractWorld.readAll(page -> world.sdk.organizations().list(world.alice, page), 1));
  }

  @Test
  default void namesAreComparedByCodePointNotByUtf16Unit() {
    ContractWorld world = ContractWorld.create(this);
    // U+FA0E sorts before U+1F600 by code point; in UTF-16 the emoji's surrogates (U+D83D...) would come first
    world.organization("Zz \uD83D\uDE00");
    world.organization("Zz \uFA0E");

    assertEquals(List.of("Zz \uFA0E", "Zz \uD83D\uDE00"), world.organizationNames(world.alice));
    assertEquals(List.of("Zz \uFA0E", "Zz \uD83D\uDE00"), ContractWorld.readAll(
        page -> world.sdk.organizations().list(world.alice, page), 1).stream().map(ConsumerOrganization::name)
        .toList());
  }

  @Test
  default void everyPageSizeCoversEveryOrganizationExactlyOnceInOrder() {
    ContractWorld world = ContractWorld.create(this);
    List<ConsumerOrganization> all = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      all.add(world.organization(String.format("Org %02d", (i * 7) % 25)));
    }
    all.sort(Comparator.comparing(ConsumerOrganization::name));

    for (int size : List.of(1, 2, 3, 7, 24, 25, 26, PageRequest.MAX_SIZE)) {
      List<Page<ConsumerOrganization>> pages =
          ContractWorld.pages(page -> world.sdk.organizations().list(world.alice, page), size);
      List<ConsumerOrganization> seen = new ArrayList<>();
      for (int p = 0; p < pages.size(); p++) {
        Page<ConsumerOrganization> page = pages.get(p);
        boolean last = p == pages.size() - 1;
        assertEquals(last ? 25 - size * p : size, page.items().size(), "page " + p + " of size " + size);
        assertEquals(!last, page.hasNext());
        seen.addAll(page.items());
      }
      assertEquals(all, seen, "page size " + size);
      assertEquals((25 + size - 1) / size, pages.size(), "page size " + size);
    }
  }

  @Test
  default void pagingStaysCorrectWhenOrganizationsAreAddedAndDeletedBetweenPages() {
    ContractWorld world = ContractWorld.create(this);
    List<ConsumerOrganization> orgs = new ArrayList<>();
    for (String name : List.of("b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8")) {
      orgs.add(world.organization(name + " org"));
    }
    Page<ConsumerOrganization> first = world.sdk.organizations().list(world.alice, PageRequest.first(3));
    assertEquals(orgs.subList(0, 3), first.items());

    world.organization("a0 org");                                     // before the cursor: not shown any more
    world.organization("b3 org later");                               // right after the cursor
    world.organization("z9 org");                                     // at the end
    world.sdk.organizations().delete(world.alice, orgs.get(2).id());   // the cursor's own row
    world.sdk.organizations().delete(world.alice, orgs.get(5).id());   // an unseen row
    world.sdk.organizations().delete(world.alice, orgs.get(0).id());   // a seen row

    List<String> rest = new ArrayList<>();
    Optional<PageRequest> next = first.next(3);
    while (next.isPresent()) {
      Page<ConsumerOrganization> page = world.sdk.organizations().list(world.alice, next.get());
      page.items().forEach(o -> rest.add(o.name()));
      next = page.next(3);
    }
    assertEquals(List.of("b3 org later", "b4 org", "b5 org", "b7 org", "b8 org", "z9 org"), rest);
  }

  @Test
  default void deletedOrganizationsAreNotListedAndRenamedOnesMove() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization alpha = world.organization("Alpha");
    ConsumerOrganization beta = world.organization("Beta");
    ConsumerOrganization gamma = world.organization("Gamma");
    world.sdk.organizations().delete(world.alice, beta.id());
    ConsumerOrganization omega = world.sdk.organizations().rename(world.alice, alpha.id(), 1, "Omega");

    assertEquals(List.of(gamma, omega), world.organizations(world.alice));
  }

  @Test
  default void eachProviderListsOnlyItsOwnOrganizations() {
    ContractWorld world = ContractWorld.create(this);
    ConsumerOrganization ofAlice = world.organization("Alpha");
    ConsumerOrganization ofBob = world.sdk.organizations().create(world.bob, "Beta");

    assertEquals(List.of(ofAlice), world.organizations(world.alice));
    assertEquals(List.of(ofBob), world.organizations(world.bob));
    assertEquals(List.of(), world.organizations(world.carol));
  }

  @Test
  default void aCursorWorksOnAnotherHostInstance() {
    ContractWorld world = ContractWorld.create(this);
    for (String name : List.of("Alpha", "Beta", "Gamma")) {
      world.organization(name);
    }
    Page<ConsumerOrganization> first = world.sdk.organizations().list(world.alice, PageRequest.first(2));

    Page<ConsumerOrganization> second =
        world.secondHost().organizations().list(world.alice, first.next(2).orElseThrow());

    assertEquals(List.of("Gamma"), second.items().stream().map(ConsumerOrganization::name).toList());
  }

  @Test
  default void aMadeUpCursorIsRefused() {
    ContractWorld world = ContractWorld.create(this);
    world.organization("Alpha");
    for (String garbage : List.of("garbage", "", "%%%", "AAAAAAAA", "eyJwYWdlIjoyfQ")) {
      assertThrows(InvalidCursorException.class,
          () -> world.sdk.organizations().list(world.alice, PageRequest.after(garbage, 10)), garbage);
    }
  }

  @Test
  default void aTruncatedCursorIsRefused() {
    ContractWorld world = ContractWorld.create(this);
    for (String name : List.of("Alpha", "Beta", "Gamma")) {
      world.organization(name);
    }
    String cursor = world.sdk.organizations().list(world.alice, PageRequest.first(1)).nextCursor().orElseThrow();

    for (int cut : List.of(1, 2, 4, cursor.length() / 2)) {
      String truncated = cursor.substring(0, cursor.length() - cut);
      assertThrows(InvalidCursorException.class,
          () -> world.sdk.organizations().list(world.alice, PageRequest.after(truncated, 10)), truncated);
    }
  }

  @Test
  default void aCursorOfAnotherListIsRefused() {
    ContractWorld world = ContractWorld.create(this);
    Share s1 = world.share("s1");
    Share s2 = world.share("s2");
    Share s3 = world.share("s3");
    ConsumerOrganization alpha = world.organization("Alpha");
    ConsumerOrganization beta = world.organization("Beta");
    world.link(s1, alpha, beta);
    world.link(s2, alpha, beta);
    world.link(s3, alpha);

    String organizations = world.sdk.organizations().list(world.alice, PageRequest.first(1)).nextCursor().orElseThrow();
    String shares = world.sdk.shares().list(world.alice, PageRequest.first(1)).nextCursor().orElseThrow();
    String consumersOfS1 = world.sdk.shares().consumers(world.alice, s1.id(), PageRequest.first(1)).nextCursor()
        .orElseThrow();
    String sharesOfAlpha = world.sdk.organizations().sharesOf(world.alice, alpha.id(), PageRequest.first(1))
        .nextCursor().orElseThrow();

    assertThrows(InvalidCursorException.class,
        () -> world.sdk.organizations().list(world.alice, PageRequest.after(shares, 10)));
    assertThrows(InvalidCursorException.class,
        () -> world.sdk.shares().list(world.alice, PageRequest.after(organizations, 10)));
    assertThrows(InvalidCursorException.class,
        () -> world.sdk.shares().consumers(world.alice, s2.id(), PageRequest.after(consumersOfS1, 10)));
    assertThrows(InvalidCursorException.class,
        () -> world.sdk.shares().consumers(world.alice, s1.id(), PageRequest.after(organizations, 10)));
    assertThrows(InvalidCursorException.class,
        () -> world.sdk.organizations().sharesOf(world.alice, beta.id(), PageRequest.after(sharesOfAlpha, 10)));
    assertThrows(InvalidCursorException.class,
        () -> world.sdk.organizations().list(world.alice, PageRequest.after(sharesOfAlpha, 10)));
    // and each works where it belongs
    assertEquals(1, world.sdk.shares().consumers(world.alice, s1.id(), PageRequest.after(consumersOfS1, 10))
        .items().size());
    assertEquals(2, world.sdk.organizations().sharesOf(world.alice, alpha.id(), PageRequest.after(sharesOfAlpha, 10))
        .items().size());
  }

  /**
   * Cursors cannot be forged or carried over: ones in the earlier format that held the position in clear under a
   * checksum anyone can redo (with U+0000, which PostgreSQL cannot store, among them), a made-up one, and a genuine
   * cursor over other data are each an invalid cursor on every adapter, never a storage failure.
   */
  @Test
  default void aForgedCursorOrOneOverOtherDataIsRefused() throws IOException {
    ContractWorld world = ContractWorld.create(this);
    ContractWorld other = ContractWorld.create(this);
    for (String name : List.of("Alpha", "Beta", "Gamma")) {
      world.organization(name);
      other.organization(name);
    }
    List<String> forged = new ArrayList<>();
    for (String[] position : new String[][] {{"alpha\u0000", "x"}, {"alpha", "\u0000"}, {"\u0000", "\u0000\u0000"},
        {"beta", world.organizations(world.alice).get(1).id().value()}}) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        out.writeByte(2);
        out.writeUTF("organizations");
        out.writeUTF(position[0]);
        out.writeUTF(position[1]);
        CRC32C crc = new CRC32C();
        crc.update(bytes.toByteArray());
        out.writeInt((int) crc.getValue());
      }
      forged.add(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray()));
    }
    forged.add("Aw" + "A".repeat(150));
    forged.add(other.sdk.organizations().list(other.alice, PageRequest.first(1)).nextCursor().orElseThrow());

    for (String cursor : forged) {
      assertThrows(InvalidCursorException.class,
          () -> world.sdk.organizations().list(world.alice, PageRequest.after(cursor, 10)), cursor);
      assertThrows(InvalidCursorException.class,
          () -> world.secondHost().organizations().list(world.alice, PageRequest.after(cursor, 10)), cursor);
    }
  }

  @Test
  default void theInvalidCursorMessageTellsTheUserWhatToDo() {
    ContractWorld world = ContractWorld.create(this);
    InvalidCursorException e = assertThrows(InvalidCursorException.class,
        () -> world.sdk.organizations().list(world.alice, PageRequest.after("garbage", 10)));
    assertTrue(e.getMessage().contains("first page"), e.getMessage());
  }
}
