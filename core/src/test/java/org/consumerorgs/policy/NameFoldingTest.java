package org.consumerorgs.policy;

import static org.consumerorgs.policy.NameFolding.searchKey;
import static org.consumerorgs.policy.NameFolding.uniquenessKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameFoldingTest {

  @ParameterizedTest
  @ValueSource(strings = {"Acme", "ACME", "acme", "aCmE", "\uFF21\uFF43\uFF4D\uFF45", "\uFF41\uFF43\uFF4D\uFF45"})
  void caseAndWidthVariantsShareOneKey(String name) {
    assertEquals("acme", uniquenessKey(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Stra\u00DFe", "STRASSE", "strasse", "STRA\u1E9EE", "Strasse"})
  void sharpSFoldsToSs(String name) {
    assertEquals("strasse", uniquenessKey(name));
  }

  @Test
  void compatibilityFormsAreFolded() {
    assertEquals(uniquenessKey("fi"), uniquenessKey("\uFB01")); // ﬁ ligature
    assertEquals(uniquenessKey("K"), uniquenessKey("\u212A")); // Kelvin sign
    assertEquals(uniquenessKey("1"), uniquenessKey("\u2460")); // circled digit one
    assertEquals(uniquenessKey("\u00C5"), uniquenessKey("\u212B")); // Ångström sign
    assertEquals(uniquenessKey("\u00E9"), uniquenessKey("e\u0301"));
  }

  @Test
  void differentWhiteSpaceMakesNoDifferentKey() {
    assertEquals(uniquenessKey("Acme Corp"), uniquenessKey("Acme\u00A0Corp"));
    assertEquals(uniquenessKey("Acme Corp"), uniquenessKey("Acme\u3000Corp"));
  }

  @ParameterizedTest
  @CsvSource({"Acme, Acne", "Acme, Acme Inc", "Acme Inc, AcmeInc", "Caf\u00E9, Cafe", "Acme, Ac-me", "\u00D8st, Ost",
      "Zoe, Zo\u00EB", "Acme 1, Acme 2"})
  void namesAPersonTellsApartHaveDifferentKeys(String one, String other) {
    assertNotEquals(uniquenessKey(one), uniquenessKey(other));
  }

  @Test
  void dotlessIAndIAreDifferentLetters() {
    // NFKC case folding keeps U+0131 (ı) apart from i: "Sıla" and "Sila" are two Turkish names.
    assertNotEquals(uniquenessKey("S\u0131la"), uniquenessKey("Sila"));
    assertEquals(uniquenessKey("S\u0131la"), uniquenessKey("S\u0131LA".replace('L', 'l').replace('A', 'a')));
  }

  @Test
  void finalSigmaFoldsToSigmaAsCaseFoldingDoes() {
    // Full case folding maps final sigma (ς) to σ; NameFolding's own documentation promises the same.
    assertEquals("\u03BF\u03B4\u03BF\u03C3", uniquenessKey("\u039F\u0394\u039F\u03A3")); // ΟΔΟΣ
    assertEquals(uniquenessKey("\u03BF\u03B4\u03BF\u03C2"), uniquenessKey("\u03BF\u03B4\u03BF\u03C3"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Glo\u034Fbex", "Glo\uFE00bex", "Globex\uFE0F", "\u3164Globex", "Glo\u115F\u1160bex",
      "Glo\uFFA0bex", "G\uDB40\uDD00lobex", "Glo\u180Bbex", "Glo\u200Dbex", "Glo\u2065bex", "Glo\uDB40\uDFFFbex"})
  void defaultIgnorableCodePointsAreNotPartOfTheKey(String name) {
    // NFKC_Casefold removes Default_Ignorable_Code_Point, reserved ones (U+2065, U+E0FFF) included
    assertEquals(uniquenessKey("Globex"), uniquenessKey(name));
    assertEquals(searchKey("Globex"), searchKey(name));
  }

  @Test
  void anAccentComposesAcrossARemovedIgnorable() {
    // e, combining grapheme joiner, acute: the joiner keeps NFC from composing, removing it lets the two compose
    assertEquals("caf\u00E9", uniquenessKey("Cafe\u034F\u0301"));
    assertEquals(uniquenessKey("Caf\u00E9"), uniquenessKey("Cafe\u034F\u0301"));
  }

  @Test
  void cherokeeFoldsToItsCapitalsAsCaseFoldingDoes() {
    // U+13A0 CHEROKEE LETTER A and U+AB70 CHEROKEE SMALL LETTER A: case folding maps to the capital, not the small
    assertEquals("\u13A0\u13A1\u13A2", uniquenessKey("\uAB70\uAB71\uAB72"));
    assertEquals("\u13A0\u13A1\u13A2", uniquenessKey("\u13A0\uAB71\u13A2"));
  }

  @Test
  void aSpacingDiacriticKeepsItsSpaceInTheKeyAsInNfkcCasefold() {
    // U+00A8 DIAERESIS is a space and a combining diaeresis; the key keeps both, the search key drops both
    assertEquals(" \u0308abc", uniquenessKey("\u00A8abc"));
    assertEquals("abc", searchKey("\u00A8abc"));
  }

  @ParameterizedTest
  @CsvSource({"\u00C9mile, emile", "\u00C9MILE, emile", "E\u0301mile, emile", "Cr\u00E8me Br\u00FBl\u00E9e, creme brulee",
      "\uFF25\uFF4D\uFF49\uFF4C\uFF45, emile", "\u00C5ngstr\u00F6m, angstrom", "Na\u00EFve Caf\u00E9, naive cafe"})
  void theSearchKeyIgnoresAccentsCaseAndWidth(String name, String expected) {
    assertEquals(expected, searchKey(name));
  }

  @Test
  void theSearchKeyLeavesOutJoiners() {
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69";
    assertEquals("\uD83D\uDC68\uD83D\uDC69", searchKey(family));
    assertEquals("\u0645\u06CC\u062E", searchKey("\u0645\u06CC\u200C\u062E"));
  }
}
