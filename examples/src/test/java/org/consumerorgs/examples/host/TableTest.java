package org.consumerorgs.examples.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TableTest {

  @Test
  void alignsColumnsByCharactersNotUtf16Units() {
    String printed = print(new Table("NAME", "N").row("\uD83D\uDE80 Rocket", 1).row("Caf\u00E9 du Commerce", 22));
    assertEquals(String.join("\n",
        "  NAME              N",
        "  ----------------  --",
        "  \uD83D\uDE80 Rocket          1",
        "  Caf\u00E9 du Commerce  22",
        ""), printed);
  }

  @Test
  void saysSoWhenEmpty() {
    assertEquals("  (nothing found)\n", print(new Table("NAME")));
  }

  @Test
  void refusesARowOfTheWrongWidth() {
    assertThrows(IllegalArgumentException.class, () -> new Table("A", "B").row("only one"));
  }

  private static String print(Table table) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      table.print(out, "(nothing found)");
    }
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }
}
