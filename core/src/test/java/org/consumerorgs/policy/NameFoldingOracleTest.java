package org.consumerorgs.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.consumerorgs.testing.Texts;
import org.junit.jupiter.api.Test;

/**
 * The uniqueness key is Unicode's NFKC_Casefold, checked against ICU4J's implementation over every code point
 * (surrogates excepted: alone they are not text, and the naming policy refuses them), alone and between two letters.
 *
 * <p>ICU4J carries a newer Unicode version than the JDK (Java 17 has Unicode 13). A code point that ICU assigns but
 * the JDK does not has no case mapping or decomposition in the JDK, so the key cannot know it; those code points are
 * left out of the comparison with ICU, counted, and held to what {@link NameFolding} documents for them instead: the
 * key keeps them as they are, or drops them if they are default-ignorable. Every other code point, assigned in both
 * versions or in neither, must give exactly ICU's answer.
 */
class NameFoldingOracleTest {
  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
  /** Any difference is reported with the first few examples; more would only make the report unreadable. */
  private static final int EXAMPLES = 40;

  @Test
  void everyCodePointAloneFoldsAsNfkcCasefold() {
    compareEveryCodePoint(Texts::string);
  }

  @Test
  void everyCodePointBetweenTwoLettersFoldsAsNfkcCasefold() {
    // an upper-case letter before, so that composing with it and case folding around it are both exercised
    compareEveryCodePoint(cp -> "A" + Texts.string(cp) + "b");
  }

  @Test
  void codePointsNewerThanTheJdkAreKeptOrDroppedAsDocumented() {
    List<String> wrong = new ArrayList<>();
    int newer = 0;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (!isNewerThanTheJdk(cp)) {
        continue;
      }
      newer++;
      String text = "A" + Texts.string(cp) + "b";
      String expected = DefaultIgnorables.contains(cp) ? "ab" : "a" + Texts.string(cp) + "b";
      if (!expected.equals(NameFolding.uniquenessKey(text)) && wrong.size() < EXAMPLES) {
        wrong.add(String.format("U+%04X", cp));
      }
    }
    assertTrue(newer > 0, "ICU4J " + UCharacter.getUnicodeVersion() + " assigns nothing the JDK lacks: "
        + "then this test and the exclusion in the comparison are no longer needed");
    assertEquals(List.of(), wrong);
  }

  private static void compareEveryCodePoint(IntFunction<String> text) {
    List<String> differences = new ArrayList<>();
    int compared = 0;
    int mismatches = 0;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.getType(cp) == Character.SURROGATE || isNewerThanTheJdk(cp)) {
        continue;
      }
      compared++;
      String input = text.apply(cp);
      String expected = NFKC_CASEFOLD.normalize(input);
      String actual = NameFolding.uniquenessKey(input);
      // the key must also be its own key, or the loop in NameFolding stopped before its fixed point
      if (!expected.equals(actual) || !actual.equals(NameFolding.uniquenessKey(actual))) {
        mismatches++;
        if (differences.size() < EXAMPLES) {
          differences.add(Texts.describe(input) + ": ICU " + Texts.describe(expected) + ", ours "
              + Texts.describe(actual));
        }
      }
    }
    // all of Unicode minus surrogates is 1,112,064 code points; those newer than the JDK are some tens of thousands
    assertTrue(compared > 1_000_000, "compared only " + compared + " code points");
    assertEquals(0, mismatches, () -> String.join("\n", differences));
  }

  private static boolean isNewerThanTheJdk(int cp) {
    return Character.getType(cp) == Character.UNASSIGNED && UCharacter.getType(cp) != UCharacterCategory.UNASSIGNED;
  }
}
