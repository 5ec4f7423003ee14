package org.consumerorgs.examples.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium, driven through Debian's chromedriver (never a downloaded browser or driver), with the waits
 * the tests need: the page answers asynchronously, so every check waits for what it expects, up to a bound.
 */
final class Browser implements AutoCloseable {
  private static final Duration WAIT = Duration.ofSeconds(20);
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final ChromeDriver driver;
  private final String base;
  private final Path profile;

  Browser(String base) {
    this.base = base;
    try {
      this.profile = Files.createTempDirectory("console-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(ChromiumAvailable.CHROMIUM.toFile());
    // The flags keep Chromium from reaching out to the network at start (this machine's network is closed), and
    // --no-sandbox lets it run as root in a container.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--window-size=1280,1000", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(ChromiumAvailable.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    this.driver = new ChromeDriver(service, options);
  }

  /** Loads the page afresh at {@code path} (through a blank page, so that a change of the hash alone reloads too). */
  void open(String path) {
    driver.get("about:blank");
    driver.get(base + path);
  }

  /** Forgets who was signed in: a new person at this browser. */
  void forgetSession() {
    driver.get(base + "/console.css");
    driver.manage().deleteAllCookies();
  }

  WebElement find(String css) {
    return until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  void type(String css, String text) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(text);
  }

  void click(String css) {
    until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
  }

  /** Waits until {@code css} shows text containing {@code expected}, and returns all of it. */
  String textOf(String css, String expected) {
    until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), expected));
    return find(css).getText();
  }

  /** Waits until the texts of the elements {@code css} are exactly {@code expected}, in order. */
  void texts(String css, List<String> expected) {
    until(d -> d.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList().equals(expected));
  }

  List<String> texts(String css) {
    return all(css).stream().map(WebElement::getText).toList();
  }

  <T> T until(Function<WebDriver, T> condition) {
    // The page re-renders lists as answers arrive: an element read while it is being replaced is read again.
    return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(condition);
  }

  /** Saves what the browser shows as {@code target/screenshots/<name>.png}, for a person to review. */
  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
      Files.move(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var paths = Files.walk(profile)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temp profile is harmless
    }
  }
}
