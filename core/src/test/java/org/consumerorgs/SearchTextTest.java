package org.consumerorgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.policy.NameFolding;
import org.junit.jupiter.api.Test;

class SearchTextTest {

  @Test
  void whatIsTypedIsFoldedLikeANameSearchKey() {
    assertEquals("emile", SearchText.fold("  \u00C9MILE "));
    assertEquals("creme brulee", SearchText.fold("Cr\u00E8me\u00A0\u00A0BR\u00DBL\u00C9E"));
    assertEquals("acme", SearchText.fold("\uFF41\uFF23\uFF4D\uFF45"));
    assertEquals("", SearchText.fold("   "));
  }

  @Test
  void wildcardsAreOrdinaryCharacters() {
    assertEquals("50%_off*?", SearchText.fold("50%_OFF*?"));
    assertEquals("a\\b[c]", SearchText.fold("A\\B[C]"));
  }

  @Test
  void charactersNoNameCanHoldAreDropped() {
    assertEquals("acme", SearchText.fold("ac\u200Bme"));
    assertEquals("acme", SearchText.fold("ac\u0000m\u0007e"));
    assertEquals("acme", SearchText.fold("ac\uD800me"));
    assertEquals("acme", SearchText.fold("\u202Eacme\u202C"));
  }

  @Test
  void aDefaultIgnorableOnEitherSideDoesNotStopAMatch() {
    // a name may hold a variation selector or a filler that the typist does not type, and the other way round
    assertEquals(NameFolding.searchKey("Globex"), SearchText.fold("Glo\u034Fbex"));
    assertEquals(NameFolding.searchKey("Glo\u3164bex"), SearchText.fold("globex"));
    assertEquals(NameFolding.searchKey("\u2764\uFE0F Fans"), SearchText.fold("\u2764 fans"));
  }

  @Test
  void theLongestTextARequestAllowsIsFoldedWhole() {
    // the search refuses more than MAX_TEXT_LENGTH code points; what it lets through is never cut
    String longest = "A".repeat(SearchRequest.MAX_TEXT_LENGTH - 1) + "\uD83D\uDE00";
    assertEquals("a".repeat(SearchRequest.MAX_TEXT_LENGTH - 1) + "\uD83D\uDE00", SearchText.fold(longest));
  }

  @Test
  void aPrefixEndingInSigmaFindsTheName() {
    // Typing "Οδοσ" into the dropdown must find "Οδοσαλ"; a final-sigma form of the typed text would not.
    String name = NameFolding.searchKey("\u039F\u03B4\u03BF\u03C3\u03B1\u03BB"); // Οδοσαλ
    String typed = SearchText.fold("\u039F\u03B4\u03BF\u03C3"); // Οδοσ
    assertTrue(name.startsWith(typed), () -> name + " does not start with " + typed);
  }
}
