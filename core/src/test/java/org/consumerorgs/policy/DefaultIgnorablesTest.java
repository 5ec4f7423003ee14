package org.consumerorgs.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultIgnorablesTest {

  @Test
  void theTableIsUnicodesDefaultIgnorableCodePointPropertyOverEveryCodePoint() {
    // the property covers reserved code points too, so this holds whatever the JDK's Unicode version
    List<String> wrong = new ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean expected = UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
      if (DefaultIgnorables.contains(cp) != expected) {
        wrong.add(String.format("U+%04X should%s be default-ignorable", cp, expected ? "" : " not"));
      }
    }
    assertEquals(List.of(), wrong.subList(0, Math.min(wrong.size(), 40)), "ICU4J " + UCharacter.getUnicodeVersion());
  }

  @Test
  void removingKeepsEverythingElseInOrder() {
    assertEquals("Globex", DefaultIgnorables.remove("Glo\u034Fbex"));
    assertEquals("Globex", DefaultIgnorables.remove("\uFE00Glo\uDB40\uDD00bex\u3164"));
    assertEquals("\uD83D\uDE80ab", DefaultIgnorables.remove("\uD83D\uDE80a\u200Db"));
    assertEquals("", DefaultIgnorables.remove("\u115F\u1160\uFFA0"));
    String untouched = "Caf\u00E9 \uD83D\uDE80";
    assertEquals(untouched, DefaultIgnorables.remove(untouched));
  }
}
