package org.consumerorgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the layering of core's packages, as each package-info states it: a package may use only the packages below
 * it, so there is no loop and each layer can be read, tested and changed without the ones above. It reads the compiled
 * classes, whose constant pools name every class they use (in code, signatures and annotations alike), so a
 * fully-qualified name in code is caught as well as an import.
 */
class PackageLayeringTest {
  /** Bottom first: each package may depend on the ones before it. */
  private static final List<String> LAYERS = List.of(
      "org.consumerorgs.domain",
      "org.consumerorgs.error",
      "org.consumerorgs.policy",
      "org.consumerorgs.spi",
      "org.consumerorgs");

  private static final Pattern REFERENCE = Pattern.compile("org/consumerorgs/((?:[a-z0-9_]+/)*)[A-Za-z_$][\\w$]*");

  @Test
  void everyPackageUsesOnlyTheLayersBelowIt() throws IOException, URISyntaxException {
    Map<String, Set<String>> uses = dependencies();
    List<String> forbidden = new ArrayList<>();
    uses.forEach((from, targets) -> {
      for (String to : targets) {
        if (LAYERS.indexOf(to) >= LAYERS.indexOf(from)) {
          forbidden.add(from + " -> " + to);
        }
      }
    });
    assertEquals(List.of(), forbidden, "edges that go up or sideways in " + LAYERS);
  }

  @Test
  void everyPackageOfCoreHasItsPlaceInTheLayers() throws IOException, URISyntaxException {
    Map<String, Set<String>> uses = dependencies();
    assertEquals(new TreeSet<>(LAYERS), new TreeSet<>(uses.keySet()),
        "a new package must be given its layer here and in its package-info; a removed one taken out");
    // the reading of the class files works: the services use every layer below them
    assertTrue(uses.get("org.consumerorgs").containsAll(Set.of("org.consumerorgs.domain", "org.consumerorgs.error",
        "org.consumerorgs.policy", "org.consumerorgs.spi")), () -> "services use " + uses.get("org.consumerorgs"));
  }

  /** For each package of core's main classes, the other packages of core its classes refer to. */
  private static Map<String, Set<String>> dependencies() throws IOException, URISyntaxException {
    Path classes = Path.of(ConsumerOrgs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Map<String, Set<String>> uses = new TreeMap<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
        String from = packageOf(classes.relativize(file.getParent()).toString().replace('\\', '/'));
        Set<String> targets = uses.computeIfAbsent(from, p -> new TreeSet<>());
        for (String text : constantPoolTexts(file)) {
          Matcher m = REFERENCE.matcher(text);
          while (m.find()) {
            String to = packageOf("org/consumerorgs/" + m.group(1));
            if (!to.equals(from)) {
              targets.add(to);
            }
          }
        }
      }
    }
    return uses;
  }

  private static String packageOf(String directory) {
    String path = directory.endsWith("/") ? directory.substring(0, directory.length() - 1) : directory;
    return path.replace('/', '.');
  }

  /** The UTF-8 entries of a class file's constant pool: class names, descriptors, signatures and string constants. */
  private static List<String> constantPoolTexts(Path classFile) throws IOException {
    try (InputStream stream = Files.newInputStream(classFile); DataInputStream in = new DataInputStream(stream)) {
      if (in.readInt() != 0xCAFEBABE) {
        throw new IOException("not a class file: " + classFile);
      }
      in.readUnsignedShort(); // minor version
      in.readUnsignedShort(); // major version
      int count = in.readUnsignedShort();
      List<String> texts = new ArrayList<>();
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> texts.add(in.readUTF()); // the class file's length-prefixed modified UTF-8 is readUTF's format
          case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
          case 15 -> in.skipNBytes(3);
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
          case 5, 6 -> {
            in.skipNBytes(8);
            i++; // a long or double takes two entries
          }
          default -> throw new IOException("unknown constant pool tag " + tag + " in " + classFile);
        }
      }
      return texts;
    }
  }
}
