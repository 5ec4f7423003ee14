package org.consumerorgs.examples.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.SearchHit;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.examples.host.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The web console in a real browser (headless Chromium) against the real application on a random port, on H2: every
 * flow of the product page, each refusal, the drop-down by keyboard, and search as you type against the SDK's own
 * ranking. Each test acts for a provider of its own, so the tests share one application and one browser.
 */
@ExtendWith(ChromiumAvailable.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest {
  private static final AtomicInteger PROVIDERS = new AtomicInteger();

  private ConfigurableApplicationContext application;
  private ConsumerOrgs sdk;
  private String base;
  private Browser browser;

  @BeforeAll
  void start() {
    String url = "jdbc:h2:mem:console-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    application = ConsoleApplication.start(Settings.parse(List.of("--jdbc-url", url), Map.of()), 0);
    sdk = application.getBean(ConsumerOrgs.class);
    base = "http://localhost:" + ((WebServerApplicationContext) application).getWebServer().getPort();
    browser = new Browser(base);
  }

  @BeforeEach
  void newPerson() {
    browser.forgetSession();
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (application != null) {
      application.close();
    }
  }

  /** A provider of the test's own, registered, and the browser signed in as its user alice. */
  private Actor signedInProvider() {
    ProviderId provider = ProviderId.of("provider-" + PROVIDERS.incrementAndGet());
    Actor actor = Actor.ofProvider(provider, "alice");
    sdk.providers().register(actor, "Provider " + provider.value());
    signIn(browser, provider.value(), "alice");
    browser.find("#orgs");
    return actor;
  }

  private static void signIn(Browser browser, String provider, String user) {
    browser.open("/#/sign-in");
    browser.type("#provider", provider);
    browser.type("#user", user);
    browser.click("#sign-in button[type=submit]");
  }

  private List<String> organizationRows() {
    return browser.texts("#orgs tbody td.name");
  }

  @Test
  void aVisitorWhoActsForNoProviderIsToldSo() {
    signIn(browser, "", "visitor");
    assertTrue(browser.textOf("#page-error", "You must be a Provider").startsWith("You must be a Provider"));
    browser.screenshot("visitor");
  }

  @Test
  void aNewProviderRegistersItselfAndAShareFromTheConsole() {
    String provider = "new-provider-" + PROVIDERS.incrementAndGet();
    signIn(browser, provider, "bob");
    browser.type("#provider-name", "Weather Co");
    browser.screenshot("register-provider");
    browser.click("#register-provider button[type=submit]");
    browser.textOf("#who", "Weather Co");
    browser.click("nav a[href='#/shares']");
    browser.type("#share-id", "weather-daily");
    browser.type("#share-name", "Weather Daily");
    browser.click("#register-share button[type=submit]");
    browser.texts("#shares tbody a", List.of("Weather Daily"));
    browser.type("#share-id", "weather-daily");
    browser.type("#share-name", "Weather again");
    browser.click("#register-share button[type=submit]");
    browser.textOf("#share-error", "already");
    browser.screenshot("shares");
    Actor actor = Actor.ofProvider(ProviderId.of(provider), "check");
    assertEquals("Weather Daily", sdk.shares().find(actor, ShareId.of("weather-daily")).orElseThrow().name());
  }

  @Test
  void createRefusesAShortNameAndTheSameNameInOtherLetterCaseBesideTheField() {
    Actor actor = signedInProvider();
    createInDialog("Globex Corporation");
    browser.texts("#orgs tbody td.name", List.of("Globex Corporation"));

    browser.click("#create-org");
    browser.type("#org-name", "ab");
    browser.click("#org-save");
    browser.textOf("#org-error", "longer than 2 characters");
    browser.type("#org-name", "GLOBEX corporation");
    browser.click("#org-save");
    browser.textOf("#org-error", "already exists");
    browser.screenshot("create-refused");
    browser.click("#org-cancel");
    assertEquals(1, sdk.organizations().list(actor, PageRequest.first(10)).items().size());
  }

  private void createInDialog(String name) {
    browser.click("#create-org");
    browser.type("#org-name", name);
    browser.click("#org-save");
    browser.until(d -> !browser.find("#orgs").isDisplayed() || organizationRows().contains(name));
  }

  @Test
  void anEditOfAnOrganizationChangedMeanwhileShowsTheChangeAndReloadsTheForm() {
    Actor actor = signedInProvider();
    ConsumerOrganization hooli = sdk.organizations().create(actor, "Hooli");
    browser.open("/#/organizations");
    browser.texts("#orgs tbody td.name", List.of("Hooli"));
    openRowMenu("Hooli").findElement(By.cssSelector("button.edit")).click();
    browser.find("#org-name");

    sdk.organizations().rename(Actor.ofProvider(actor.actingFor().orElseThrow(), "carol"), hooli.id(), 1, "Hooli XYZ");
    browser.type("#org-name", "Hooli Labs");
    browser.click("#org-save");
    browser.textOf("#org-error", "changed");
    browser.until(d -> browser.find("#org-name").getAttribute("value").equals("Hooli XYZ"));
    browser.screenshot("edit-stale");
    browser.type("#org-name", "Hooli Labs");
    browser.click("#org-save");
    browser.texts("#orgs tbody td.name", List.of("Hooli Labs"));
    assertEquals(3, sdk.organizations().get(actor, hooli.id()).version());
  }

  private WebElement openRowMenu(String name) {
    WebElement row = browser.until(d -> d.findElements(By.cssSelector("#orgs tbody tr")).stream()
        .filter(r -> r.findElement(By.cssSelector("td.name")).getText().equals(name)).findFirst().orElse(null));
    row.findElement(By.cssSelector("button.ellipsis")).click();
    return row;
  }

  @Test
  void deleteShowsTheImpactFirstThenDeletes() {
    Actor actor = signedInProvider();
    ShareId sales = sdk.shares().register(actor, ShareId.of("sales"), "Sales 2026").id();
    ConsumerOrganization initech = sdk.organizations().create(actor, "Initech");
    sdk.shares().addConsumers(actor, sales, AddConsumersRequest.builder().existing(initech.id()).build());
    String expected = sdk.organizations().previewDelete(actor, initech.id()).summary();
    browser.open("/#/organizations");
    openRowMenu("Initech").findElement(By.cssSelector("button.delete")).click();
    assertEquals(expected, browser.textOf("#impact-summary", "Initech"));
    browser.texts("#impact-shares li", List.of("Sales 2026 (sales)"));
    assertEquals(2, browser.all("#impact-mac tbody tr").size(), "this month and next");
    browser.screenshot("delete-impact");
    browser.click("#delete-confirm");
    browser.until(d -> organizationRows().isEmpty());
    assertTrue(sdk.organizations().find(actor, initech.id()).isEmpty());
  }

  @Test
  void doneAddsPickedAndNewOrganizationsAsOneBatch() {
    Actor actor = signedInProvider();
    ShareId share = sdk.shares().register(actor, ShareId.of("weather"), "Weather").id();
    for (String name : List.of("Globex", "Global Dynamics", "Big Glob Inc", "Umbrella")) {
      sdk.organizations().create(actor, name);
    }
    openAddDialog("weather");
    browser.texts("#candidates li", List.of("Big Glob Inc", "Global Dynamics", "Globex", "Umbrella"));
    browser.type("#consumer-search", "glob");
    List<String> ranked = sdk.organizations().search(actor, SearchRequest.of("glob").excludingConsumersOf(share))
        .stream().map(SearchHit::organization).map(ConsumerOrganization::name).toList();
    List<String> withCreateNew = new ArrayList<>(ranked);
    withCreateNew.add("+ Create new “glob”");
    browser.texts("#candidates li", withCreateNew);
    browser.screenshot("add-dialog-search");
    candidate("Global Dynamics").click();
    browser.type("#consumer-search", "Stark Industries");
    candidate("+ Create new “Stark Industries”").click();
    browser.texts("#gathered .entry-name", List.of("Global Dynamics", "Stark Industries (new)"));
    browser.screenshot("add-dialog-gathered");
    browser.click("#done");
    browser.texts("#consumers tbody td.name", List.of("Global Dynamics", "Stark Industries"));
    browser.screenshot("share");
    assertEquals(List.of("Global Dynamics", "Stark Industries"), sdk.shares().consumers(actor, share,
        PageRequest.first(10)).items().stream().map(ConsumerOrganization::name).toList());
  }

  private void openAddDialog(String shareId) {
    browser.open("/#/shares/" + shareId);
    browser.click("#add-consumer");
    browser.find("#consumer-search").click();
  }

  private WebElement candidate(String text) {
    return browser.until(d -> d.findElements(By.cssSelector("#candidates li")).stream()
        .filter(li -> li.getText().equals(text)).findFirst().orElse(null));
  }

  @Test
  void aRefusedBatchAddsNothingAndShowsEachReasonBesideItsEntry() {
    Actor actor = signedInProvider();
    ShareId share = sdk.shares().register(actor, ShareId.of("sales"), "Sales").id();
    sdk.organizations().create(actor, "Umbrella");
    openAddDialog("sales");
    candidate("Umbrella").click();
    browser.type("#consumer-search", "Fine New Name");
    candidate("+ Create new “Fine New Name”").click();
    browser.type("#consumer-search", "ab");
    candidate("+ Create new “ab”").click();
    browser.click("#done");
    browser.textOf("#add-error", "Nothing was added");
    List<WebElement> entries = browser.all("#gathered li");
    assertEquals(3, entries.size());
    assertTrue(entries.get(2).findElement(By.cssSelector(".entry-error")).getText().contains("longer than 2"));
    assertTrue(entries.get(0).findElements(By.cssSelector(".entry-error")).isEmpty());
    browser.screenshot("add-refused");
    assertTrue(sdk.shares().consumers(actor, share, PageRequest.first(10)).items().isEmpty());
    assertTrue(sdk.organizations().search(actor, SearchRequest.of("Fine New Name")).isEmpty());
  }

  @Test
  void theDropDownWorksByKeyboard() {
    Actor actor = signedInProvider();
    sdk.shares().register(actor, ShareId.of("sales"), "Sales");
    for (String name : List.of("Acme", "Acme Labs", "Acme West")) {
      sdk.organizations().create(actor, name);
    }
    openAddDialog("sales");
    WebElement box = browser.find("#consumer-search");
    box.sendKeys("acme");
    browser.texts("#candidates li", List.of("Acme", "Acme Labs", "Acme West"));
    assertEquals("candidate-0", box.getAttribute("aria-activedescendant"));
    box.sendKeys(Keys.ARROW_DOWN);
    box.sendKeys(Keys.ARROW_DOWN);
    browser.until(d -> "candidate-2".equals(box.getAttribute("aria-activedescendant")));
    box.sendKeys(Keys.ARROW_UP);
    browser.until(d -> "candidate-1".equals(box.getAttribute("aria-activedescendant")));
    box.sendKeys(Keys.ENTER);
    browser.texts("#gathered .entry-name", List.of("Acme Labs"));
    box.sendKeys("acme");
    browser.texts("#candidates li", List.of("Acme", "Acme West"));
    box.sendKeys(Keys.ESCAPE);
    browser.until(d -> "false".equals(box.getAttribute("aria-expanded")));
    assertTrue(browser.find("#add-dialog").isDisplayed(), "the first Escape closes the list only");
    box.sendKeys(Keys.ESCAPE);
    browser.until(d -> !d.findElement(By.id("add-dialog")).isDisplayed());
  }

  @Test
  void removeTakesAnOrganizationOffTheShare() {
    Actor actor = signedInProvider();
    ShareId share = sdk.shares().register(actor, ShareId.of("sales"), "Sales").id();
    sdk.shares().addConsumers(actor, share, AddConsumersRequest.builder().newOrganization("Initech")
        .newOrganization("Umbrella").build());
    browser.open("/#/shares/sales");
    browser.texts("#consumers tbody td.name", List.of("Initech", "Umbrella"));
    browser.driver.findElements(By.cssSelector("#consumers tbody tr")).get(0).findElement(By.cssSelector(
        "button.remove")).click();
    browser.texts("#consumers tbody td.name", List.of("Umbrella"));
    assertEquals(1, sdk.shares().consumers(actor, share, PageRequest.first(10)).items().size());
  }

  @Test
  void monthlyActiveConsumersShowTheCountItsEvidenceAndTwelveMonths() {
    Actor actor = signedInProvider();
    ShareId share = sdk.shares().register(actor, ShareId.of("sales"), "Sales").id();
    sdk.shares().addConsumers(actor, share, AddConsumersRequest.builder().newOrganization("Initech")
        .newOrganization("Umbrella").build());
    YearMonth now = YearMonth.now(ZoneOffset.UTC);
    int count = sdk.monthlyActiveConsumers().report(actor, now).count();
    browser.click("nav a[href='#/mac']");
    browser.textOf("#mac-count", String.valueOf(count));
    assertEquals(2, count);
    browser.texts("#mac-consumers tbody td.name", List.of("Initech", "Umbrella"));
    browser.until(d -> d.findElements(By.cssSelector("#mac-chart rect")).size() == 12);
    WebElement chosen = browser.find("#mac-chart rect.chosen");
    assertEquals(now.toString(), chosen.getAttribute("data-month"));
    assertEquals("2", chosen.getAttribute("data-count"));
    browser.screenshot("monthly-active-consumers");

    WebElement month = browser.find("#month");
    browser.driver.executeScript("arguments[0].value = arguments[1];"
        + " arguments[0].dispatchEvent(new Event('change'));", month, now.minusMonths(1).toString());
    browser.textOf("#mac-count", "0");
    assertEquals(now.minusMonths(1).toString(), browser.find("#mac-chart rect.chosen").getAttribute("data-month"));
  }

  @Test
  void activityShowsTheLogNewestFirstInPages() {
    Actor actor = signedInProvider();
    for (int i = 1; i <= 25; i++) {
      sdk.organizations().create(actor, "Organization " + i);
    }
    browser.click("nav a[href='#/activity']");
    // provider registered (1), then 25 creations (2 … 26): newest first, 20 a page.
    browser.until(d -> texts("#events tbody tr td:first-child").size() == 20);
    assertEquals("26", texts("#events tbody tr td:first-child").get(0));
    assertTrue(browser.find("#events tbody tr").getText().contains("Organization 25"));
    browser.screenshot("activity");
    browser.click("#older");
    browser.until(d -> texts("#events tbody tr td:first-child").equals(List.of("6", "5", "4", "3", "2", "1")));
    browser.click("#newer");
    browser.until(d -> texts("#events tbody tr td:first-child").get(0).equals("26"));
  }

  private List<String> texts(String css) {
    return browser.texts(css);
  }

  @Test
  void theListIsSortedByNamePagedAndSearchedAsYouType() {
    Actor actor = signedInProvider();
    for (int i = 1; i <= 25; i++) {
      sdk.organizations().create(actor, String.format("Org %02d", i));
    }
    sdk.organizations().create(actor, "Medical Org");
    browser.open("/#/organizations");
    browser.until(d -> organizationRows().size() == 20);
    assertEquals("Medical Org", organizationRows().get(0));
    browser.screenshot("organizations");
    browser.click("#next-page");
    browser.until(d -> organizationRows().size() == 6 && organizationRows().get(5).equals("Org 25"));
    browser.click("#prev-page");
    browser.until(d -> organizationRows().size() == 20);

    browser.type("#org-search", "org 2");
    List<String> ranked = sdk.organizations().search(actor, SearchRequest.of("org 2")).stream()
        .map(h -> h.organization().name()).toList();
    assertFalse(ranked.isEmpty());
    browser.texts("#orgs tbody td.name", ranked);
  }

  @Test
  void twoBrowsersAreTwoPeopleEachSeeingOnlyTheirProvider() {
    Actor first = signedInProvider();
    sdk.organizations().create(first, "Only Mine");
    browser.open("/#/organizations");
    browser.texts("#orgs tbody td.name", List.of("Only Mine"));
    try (Browser other = new Browser(base)) {
      ProviderId second = ProviderId.of("provider-" + PROVIDERS.incrementAndGet());
      sdk.providers().register(Actor.ofProvider(second, "dave"), "Second");
      signIn(other, second.value(), "dave");
      other.find("#orgs");
      other.until(d -> other.find(".empty").isDisplayed());
      assertTrue(other.texts("#orgs tbody td.name").isEmpty());
    }
    browser.open("/#/organizations");
    browser.texts("#orgs tbody td.name", List.of("Only Mine"));
  }
}
