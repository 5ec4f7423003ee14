package org.consumerorgs.examples.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class WordsProperties {

  /** Whatever a person named something, the shell can echo a command that, typed again, gives back the same words. */
  @Property(tries = 500)
  void quotingThenSplittingGivesBackTheWords(@ForAll @Size(min = 1, max = 6) List<String> words) {
    String line = words.stream().map(Words::quote).collect(Collectors.joining(" "));
    assertEquals(words, Words.split(line));
  }

  @Example
  void quotesKeepNamesWithSpacesTogether() {
    assertEquals(List.of("rename", "Globex", "1", "Globex Corp"), Words.split("rename Globex 1 \"Globex Corp\""));
    assertEquals(List.of("create", "it's", "  spaced  "), Words.split("create \"it's\" '  spaced  '"));
    assertEquals(List.of("create", "Glo\u200Bbex"), Words.split("create \"Glo\\u200Bbex\""));
    assertEquals(List.of("create", ""), Words.split("create \"\""));
    assertEquals(List.of(), Words.split("   # a comment"));
    assertEquals(List.of("search", "#1"), Words.split("search #1"));
  }

  @Example
  void anUnclosedQuoteIsAnError() {
    assertThrows(UsageException.class, () -> Words.split("create \"Globex"));
  }
}
