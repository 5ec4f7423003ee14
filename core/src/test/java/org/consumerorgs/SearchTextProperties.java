package org.consumerorgs;

import static org.consumerorgs.testing.Texts.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.consumerorgs.domain.NormalizedName;
import org.consumerorgs.policy.NamingPolicy;
import org.consumerorgs.testing.Texts;

class SearchTextProperties {

  @Property
  void typingANameExactlyGivesItsSearchKey(@ForAll("names") String raw) {
    NormalizedName name = NamingPolicy.defaults().check(raw);
    assertEquals(name.searchKey(), SearchText.fold(raw), () -> describe(raw));
  }

  @Property
  void typingTheBeginningOfANameGivesABeginningOfItsSearchKey(@ForAll("names") String raw,
      @ForAll @IntRange(min = 0, max = 1000) int cut) {
    NormalizedName name = NamingPolicy.defaults().check(raw);
    String value = name.value();
    int length = value.codePointCount(0, value.length());
    String typed = value.substring(0, value.offsetByCodePoints(0, cut % (length + 1)));
    String folded = SearchText.fold(typed);
    assertTrue(name.searchKey().startsWith(folded),
        () -> describe(typed) + " folds to " + describe(folded) + ", not a prefix of " + describe(name.searchKey()));
  }

  @Property
  void foldingNeverFailsAndKeepsNoUnsearchableCharacter(@ForAll("anyText") String text) {
    String folded = SearchText.fold(text);
    assertTrue(folded.codePoints().noneMatch(cp -> Character.getType(cp) == Character.CONTROL
        || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.SURROGATE),
        () -> describe(folded));
  }

  @Provide
  Arbitrary<String> names() {
    return Texts.plainName();
  }

  @Provide
  Arbitrary<String> anyText() {
    return Texts.anyText();
  }
}
