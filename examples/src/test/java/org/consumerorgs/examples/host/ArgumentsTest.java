package org.consumerorgs.examples.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

  @Test
  void splitsOptionsFromPositionalWordsInBothSpellings() {
    Arguments args = Arguments.parse(List.of("sales", "--org", "Globex", "--new=Umbrella Corp", "--org", "x"),
        Set.of("org", "new"));
    assertEquals(List.of("sales"), args.positional());
    assertEquals(List.of("Globex", "x"), args.options("org"));
    assertEquals(Optional.of("x"), args.option("org"), "the last value of a repeated option");
    assertEquals(List.of(Map.entry("org", "Globex"), Map.entry("new", "Umbrella Corp"), Map.entry("org", "x")),
        args.inOrder(), "the order typed, across options");
  }

  @Test
  void aDoubleDashEndsTheOptions() {
    Arguments args = Arguments.parse(List.of("--limit", "3", "--", "--not-an-option"), Set.of("limit"));
    assertEquals(List.of("--not-an-option"), args.positional());
    assertEquals(3, args.number("limit", 20, 1, 10));
  }

  @Test
  void leadingOptionsStopAtTheCommand() {
    Arguments args = Arguments.parseLeading(List.of("--db", "h2", "list", "--limit", "2"), Set.of("db"));
    assertEquals(Optional.of("h2"), args.option("db"));
    assertEquals(List.of("list", "--limit", "2"), args.positional(), "the command's options are the command's");
  }

  @Test
  void refusesWhatItCannotUnderstand() {
    assertEquals("Unknown option --limt; expected one of: --after, --limit.", assertThrows(UsageException.class,
        () -> Arguments.parse(List.of("--limt", "2"), Set.of("limit", "after"))).getMessage());
    assertEquals("Unknown option --x; this command takes none.", assertThrows(UsageException.class,
        () -> Arguments.parse(List.of("--x=1"), Set.of())).getMessage());
    assertEquals("Option --limit needs a value.", assertThrows(UsageException.class,
        () -> Arguments.parse(List.of("--limit"), Set.of("limit"))).getMessage());
    Arguments args = Arguments.parse(List.of("--limit", "11", "a", "b"), Set.of("limit"));
    assertEquals("--limit must be a whole number from 1 to 10; got \u201C11\u201D.",
        assertThrows(UsageException.class, () -> args.number("limit", 5, 1, 10)).getMessage());
    assertEquals("Missing share id.", assertThrows(UsageException.class, () -> args.required(2, "share id"))
        .getMessage());
    assertEquals("Unexpected \u201Cb\u201D; put names with spaces in quotes.",
        assertThrows(UsageException.class, () -> args.atMost(1)).getMessage());
    assertEquals("a b", args.rest(0, "name"));
  }
}
