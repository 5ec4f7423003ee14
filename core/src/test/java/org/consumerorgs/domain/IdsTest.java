package org.consumerorgs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IdsTest {

  static Stream<Arguments> idTypes() {
    return Stream.of(
        Arguments.of("provider id", (Function<String, Object>) ProviderId::of),
        Arguments.of("share id", (Function<String, Object>) ShareId::of),
        Arguments.of("consumer organization id", (Function<String, Object>) ConsumerOrganizationId::of),
        Arguments.of("link id", (Function<String, Object>) LinkId::of),
        Arguments.of("external id", (Function<String, Object>) ExternalId::of));
  }

  @ParameterizedTest
  @MethodSource("idTypes")
  void printableAsciiUpTo64CharactersIsAnId(String kind, Function<String, Object> of) {
    String longest = "x".repeat(64);
    assertEquals(longest, of.apply(longest).toString());
    assertEquals("a", of.apply("a").toString());
    assertEquals("!~:/#?%", of.apply("!~:/#?%").toString());
    assertEquals("4f0c2d7e-1b7a-4a59-9d6e-0a1b2c3d4e5f", of.apply("4f0c2d7e-1b7a-4a59-9d6e-0a1b2c3d4e5f").toString());
  }

  @ParameterizedTest
  @MethodSource("idTypes")
  void anEmptyIdIsRefused(String kind, Function<String, Object> of) {
    assertRefused(() -> of.apply(""), kind + " must not be empty");
  }

  @ParameterizedTest
  @MethodSource("idTypes")
  void anIdLongerThan64CharactersIsRefused(String kind, Function<String, Object> of) {
    assertRefused(() -> of.apply("x".repeat(65)), kind + " must be at most 64 characters, got 65");
  }

  @ParameterizedTest
  @MethodSource("idTypes")
  void spacesControlsAndNonAsciiAreRefused(String kind, Function<String, Object> of) {
    assertRefused(() -> of.apply("acme data"), kind + " may contain only printable ASCII characters without spaces,"
        + " found U+0020 at position 5");
    assertRefused(() -> of.apply("caf\u00E9"), "found U+00E9 at position 4");
    assertRefused(() -> of.apply("a\tb"), "found U+0009");
    assertRefused(() -> of.apply("ab\u007F"), "found U+007F");
    assertRefused(() -> of.apply("\uD83D\uDE00"), "found U+D83D");
    assertRefused(() -> of.apply("\uFF41"), "found U+FF41"); // full-width a
  }

  @ParameterizedTest
  @MethodSource("idTypes")
  void aNullIdIsAProgrammingError(String kind, Function<String, Object> of) {
    NullPointerException e = assertThrows(NullPointerException.class, () -> of.apply(null));
    assertEquals(kind + " must not be null", e.getMessage());
  }

  @Test
  void idsAreValuesComparedByTheirText() {
    assertEquals(ProviderId.of("acme"), ProviderId.of("acme"));
    assertEquals(ConsumerOrganizationId.of("org-1").hashCode(), ConsumerOrganizationId.of("org-1").hashCode());
  }

  private static void assertRefused(Executable creation, String expectedMessagePart) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, creation);
    assertTrue(e.getMessage().contains(expectedMessagePart),
        () -> "\"" + e.getMessage() + "\" does not say \"" + expectedMessagePart + "\"");
  }
}
