package org.consumerorgs.chaos;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A few names in several spellings that the SDK takes for one name (case, white space), so that creates, renames
 * and new organizations in batches keep colliding, within a host and across hosts.
 */
final class NamePool {
  private static final List<String> NAMES = List.of("Globex", "Initech", "Umbrella Corp", "Acme Data", "Hooli",
      "Soylent Green", "Stark Industries", "Wayne Enterprises", "Cyberdyne", "Tyrell Corp", "Vandelay Imports",
      "Wonka Industries");

  private NamePool() {}

  static String pick(Random random) {
    String name = NAMES.get(random.nextInt(NAMES.size()));
    return switch (random.nextInt(5)) {
      case 0 -> name.toUpperCase(Locale.ROOT);
      case 1 -> name.toLowerCase(Locale.ROOT);
      case 2 -> "  " + name.replace(" ", "   ") + " ";
      default -> name;
    };
  }
}
