package org.consumerorgs.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.UUID;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Packed ids come back exactly as given, and only the one form that does is packed. */
class UuidsProperties {

  @Property
  void aLowercaseUuidPacksAndComesBack(@ForAll long high, @ForAll long low) {
    String id = new UUID(high, low).toString();

    assertTrue(Uuids.packable(id));
    assertEquals(id, Uuids.format(Uuids.high(id), Uuids.low(id)));
    assertEquals(Uuids.hash(high, low), Uuids.hash(Uuids.high(id), Uuids.low(id)));
  }

  @Property
  void otherSpellingsOfAUuidAreKeptAsGiven(@ForAll long high, @ForAll long low) {
    String id = new UUID(high, low).toString();

    assertFalse(Uuids.packable(id.toUpperCase(Locale.ROOT)) && !id.equals(id.toUpperCase(Locale.ROOT)));
    assertFalse(Uuids.packable(id.replace("-", "")));
    assertFalse(Uuids.packable("{" + id.substring(1) + "}"));
  }

  @Example
  void idsOfOtherShapesAreNotPacked() {
    assertFalse(Uuids.packable("org-1"));
    assertFalse(Uuids.packable("0123456789abcdef0123456789abcdef0123"));
    assertFalse(Uuids.packable("01234567-89ab-cdef-0123-456789abcdeg"));
  }
}
