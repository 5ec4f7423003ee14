package org.consumerorgs.inmemory;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quick start exactly as a newcomer pastes it: the first {@code java} block after the "Quick start"
 * heading is compiled as a file of its own, imports and all, against this module's class path, then run. If the README's
 * code stops compiling, or stops doing what the README says, the build fails.
 */
class ReadmeQuickStartTest {
  private static final Pattern QUICK_START_BLOCK =
      Pattern.compile("(?s)\n## Quick start\n.*?```java\n(.*?)```");

  @Test
  void theQuickStartCompilesAsPastedAndRunsAsTheReadmeSays(@TempDir Path work) throws Exception {
    String source = quickStartBlock();
    Path file = work.resolve("QuickStart.java");
    Files.writeString(file, source, UTF_8);

    compile(file, work);
    String printed = run(work);

    List<String> lines = printed.lines().toList();
    assertEquals(4, lines.size(), printed);
    assertEquals(List.of("Globex Corp: LINKED", "Initech: CREATED_AND_LINKED"), lines.subList(0, 2), printed);
    assertTrue(lines.get(2).startsWith("Deleting \u201CGlobex Corp\u201D removes it from 1 share: Sales 2026."),
        printed);
    assertEquals("Monthly Active Consumers: 2", lines.get(3), printed);
  }

  private static String quickStartBlock() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), UTF_8);
    Matcher block = QUICK_START_BLOCK.matcher(readme);
    assertTrue(block.find(), "README.md has no ```java block under its \"## Quick start\" heading");
    return block.group(1);
  }

  private static void compile(Path file, Path out) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "the tests run on a JDK, which has a Java compiler");
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = javac.run(null, diagnostics, diagnostics, "-proc:none", "-classpath", System.getProperty("java.class.path"), "-d", out.toString(), file.toString());
    assertEquals(0, status, "the README's quick start does not compile as pasted:\n"
        + diagnostics.toString(UTF_8));
  }

  private static String run(Path classes) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ReadmeQuickStartTest.class.getClassLoader())) {
      Method main = loader.loadClass("QuickStart").getMethod("main", String[].class);
      System.setOut(new PrintStream(printed, true, UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    return printed.toString(UTF_8);
  }
}
