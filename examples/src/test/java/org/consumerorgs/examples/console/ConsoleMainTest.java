package org.consumerorgs.examples.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.consumerorgs.examples.host.UsageException;
import org.junit.jupiter.api.Test;

class ConsoleMainTest {
  @Test
  void thePortComesFromTheOptionElseTheEnvironmentElseTheDefault() {
    List<String> options = new ArrayList<>(List.of("--db", "h2", "--port", "9090", "--deletion", "refuse"));
    assertEquals(9090, ConsoleMain.takePort(options, Map.of("CORG_PORT", "7070")));
    assertEquals(List.of("--db", "h2", "--deletion", "refuse"), options, "the rest goes to the host's options");
    assertEquals(7070, ConsoleMain.takePort(new ArrayList<>(), Map.of("CORG_PORT", "7070")));
    assertEquals(ConsoleMain.DEFAULT_PORT, ConsoleMain.takePort(new ArrayList<>(), Map.of()));
  }

  @Test
  void aWrongPortIsAUsageErrorInWords() {
    assertEquals("The port must be a number from 0 to 65535; got \u201Ceighty\u201D.", assertThrows(
        UsageException.class, () -> ConsoleMain.takePort(new ArrayList<>(List.of("--port", "eighty")), Map.of()))
        .getMessage());
    assertThrows(UsageException.class, () -> ConsoleMain.takePort(new ArrayList<>(List.of("--port")), Map.of()));
    assertThrows(UsageException.class, () -> ConsoleMain.takePort(new ArrayList<>(), Map.of("CORG_PORT", "70000")));
  }
}
