package org.consumerorgs.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.consumerorgs.testing.Texts;

class KeysetOrderProperties {

  @Property(tries = 1500)
  void itIsTheLexicographicOrderOfCodePoints(@ForAll("text") String a, @ForAll("text") String b) {
    int expected = Integer.signum(Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()));
    assertEquals(expected, Integer.signum(KeysetOrder.compareCodePoints(a, b)),
        () -> Texts.describe(a) + " vs " + Texts.describe(b));
  }

  @Property
  void itIsAntisymmetricAndConsistentWithEquals(@ForAll("text") String a, @ForAll("text") String b) {
    assertEquals(Integer.signum(KeysetOrder.compareCodePoints(a, b)),
        -Integer.signum(KeysetOrder.compareCodePoints(b, a)));
    assertEquals(a.equals(b), KeysetOrder.compareCodePoints(a, b) == 0);
  }

  /** Short texts over a small alphabet straddling the UTF-16 trap, so that comparisons reach deep; any text too. */
  @Provide
  Arbitrary<String> text() {
    List<String> alphabet = List.of("a", "b", "\uE000", "\uFFFD", "\uFFFF", "\uD83D\uDE00", "\uD800\uDC00",
        "\uD800", "\uDC00", "\u00E9", " ");
    Arbitrary<String> tricky = Arbitraries.of(alphabet).list().ofMaxSize(6).map(parts -> String.join("", parts));
    return Arbitraries.oneOf(tricky, Texts.anyText());
  }
}
