package org.consumerorgs.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a store is asked to search for, and when a name may match anywhere in it. */
class SearchCriteriaTest {
  private static final String ROCKET = "\uD83D\uDE80";

  @ParameterizedTest
  @ValueSource(strings = {"", "a", "ab", ROCKET, ROCKET + ROCKET, "x" + ROCKET})
  void textsShorterThanThreeCodePointsDoNotMatchAnywhere(String text) {
    assertFalse(criteria(text).matchesAnywhere(), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "a b", ROCKET + ROCKET + ROCKET, "x" + ROCKET + "y", "longer text"})
  void textsOfThreeCodePointsOrMoreMatchAnywhere(String text) {
    assertTrue(criteria(text).matchesAnywhere(), text);
  }

  @Test
  void theThresholdIsThreeCodePoints() {
    assertEquals(3, SearchCriteria.ANYWHERE_MIN_LENGTH);
  }

  @Test
  void theLimitMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new SearchCriteria("abc", 0, Optional.empty()));
  }

  private static SearchCriteria criteria(String text) {
    return new SearchCriteria(text, 20, Optional.empty());
  }
}
