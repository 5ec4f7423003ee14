package org.consumerorgs.examples.quickstart;

import java.io.PrintStream;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.ActiveConsumer;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.AddConsumersResult;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.DeletionImpact;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.MacReport;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.SearchHit;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.error.BatchRejectedException;
import org.consumerorgs.error.DuplicateNameException;
import org.consumerorgs.error.InvalidNameException;
import org.consumerorgs.error.StaleVersionException;
import org.consumerorgs.inmemory.InMemoryStorage;
import org.consumerorgs.spi.Storage;

/**
 * The product page "Create and Manage Consumers", step by step, on the in-memory adapter: create an organization on
 * the Manage page and rename it, add an existing and a brand-new organization to a share in one "Done", watch the
 * rules refuse what they must, delete an organization that is still in use, and print the Monthly Active Consumers
 * report.
 *
 * <p>Read it top to bottom: every step is a call a host makes from one of its own handlers. Run it with
 * {@code mvn -q -pl examples -am compile exec:java -Dexec.mainClass=org.consumerorgs.examples.quickstart.QuickStart}.
 */
public final class QuickStart {
  private final ConsumerOrgs sdk;
  private final Clock clock;
  private final PrintStream out;

  /**
   * The storage and clock are parameters only so that a test can look at what the walk-through stored and pin the
   * month it reports on; a host builds its {@link ConsumerOrgs} once, at start-up, exactly like this.
   */
  public QuickStart(Storage storage, Clock clock, PrintStream out) {
    this.sdk = ConsumerOrgs.builder(storage).clock(clock).build();
    this.clock = clock;
    this.out = out;
  }

  public static void main(String[] args) {
    new QuickStart(new InMemoryStorage(), Clock.systemUTC(), System.out).run();
  }

  public void run() {
    // The host authenticates its users; the SDK only needs to know who calls and for which provider they act.
    Actor alice = Actor.ofProvider(ProviderId.of("acme-data"), "alice@acme-data");

    // The host owns providers and shares: it registers them with the SDK under its own ids, once.
    sdk.providers().register(alice, "Acme Data");
    Share sales = sdk.shares().register(alice, ShareId.of("sales-2026"), "Sales 2026");
    Share weather = sdk.shares().register(alice, ShareId.of("weather-daily"), "Weather Daily");
    say("Registered provider acme-data with shares \u201C%s\u201D and \u201C%s\u201D.", sales.name(), weather.name());

    // --- The Manage page: "Create consumer organization", then "Edit". --------------------------------------------
    step("Manage page: create a consumer organization, then rename it");
    ConsumerOrganization globex = sdk.organizations().create(alice, "Globex");
    say("Created \u201C%s\u201D (id %s, version %d).", globex.name(), globex.id(), globex.version());
    // A rename carries the version the user saw, so two people editing at once cannot overwrite each other.
    globex = sdk.organizations().rename(alice, globex.id(), globex.version(), "Globex Corporation");
    say("Renamed it to \u201C%s\u201D (same id, version %d).", globex.name(), globex.version());
    ConsumerOrganization initech = sdk.organizations().create(alice, "Initech");
    say("Created \u201C%s\u201D.", initech.name());

    // --- The share page: "Add consumer organization", search the dropdown, "Create new", "Done". -----------------
    step("Share page: add an existing organization found by search and a brand-new one, in one \"Done\"");
    // The dropdown's search leaves out the share's current consumers, so nobody picks one twice.
    List<SearchHit> hits = sdk.organizations().search(alice,
        SearchRequest.of("glob").excludingConsumersOf(sales.id()));
    SearchHit picked = hits.get(0);
    say("Searching \u201Cglob\u201D found \u201C%s\u201D (%s match).", picked.organization().name(),
        picked.match().name().toLowerCase());
    // "Done" sends the picked organizations and the new names together: all of them are applied, or none.
    AddConsumersResult done = sdk.shares().addConsumers(alice, sales.id(), AddConsumersRequest.builder()
        .existing(picked.organization().id())
        .newOrganization("Umbrella Corp")
        .build());
    for (AddConsumersResult.EntryOutcome outcome : done.outcomes()) {
      say("  %-20s %s", outcome.organization().name(), outcome.status());
    }
    sdk.shares().addConsumers(alice, weather.id(),
        AddConsumersRequest.builder().existing(globex.id()).existing(initech.id()).build());
    say("Added \u201C%s\u201D and \u201C%s\u201D to \u201C%s\u201D too.", globex.name(), initech.name(),
        weather.name());
    List<String> consumers = sdk.shares().consumers(alice, sales.id(), PageRequest.first(50)).items().stream()
        .map(ConsumerOrganization::name).toList();
    say("Consumers of \u201C%s\u201D: %s", sales.name(), String.join(", ", consumers));

    // --- The rules at work: every refusal is an exception whose message a host can show as it is. ---------------
    step("The rules at work");
    try {
      sdk.organizations().create(alice, "AB");
    } catch (InvalidNameException e) {
      say("Creating \u201CAB\u201D: %s", e.getMessage());
    }
    try {
      sdk.organizations().create(alice, "GLOBEX corporation");
    } catch (DuplicateNameException e) {
      // The exception names the organization that holds the name, so a host can offer it instead.
      say("Creating \u201CGLOBEX corporation\u201D: %s", e.getMessage());
    }
    try {
      sdk.organizations().rename(alice, globex.id(), 1, "Globex Inc");
    } catch (StaleVersionException e) {
      say("Renaming with the version read before the last rename: %s", e.getMessage());
    }
    try {
      sdk.shares().addConsumers(alice, weather.id(),
          AddConsumersRequest.builder().newOrganization("Hooli").newOrganization("in").build());
    } catch (BatchRejectedException e) {
      // One wrong entry refuses the whole batch: "Hooli" was not created either.
      say("A \"Done\" with one bad entry: %s", e.getMessage());
    }

    // --- Deleting an organization that is still in use: ask for the impact first, then delete. ------------------
    step("Manage page: delete an organization that is still in use");
    DeletionImpact preview = sdk.organizations().previewDelete(alice, globex.id());
    say("Preview: %s", preview.summary());
    DeletionImpact deleted = sdk.organizations().delete(alice, globex.id());
    say("Deleted: %s", deleted.summary());

    // --- Billing: the report is computed from link history, so the deletion above does not change it. -----------
    YearMonth month = YearMonth.now(clock);
    step("Monthly Active Consumers for " + month);
    MacReport report = sdk.monthlyActiveConsumers().report(alice, month);
    say("Definition: %s, in %s.", report.definition(), report.zone());
    for (ActiveConsumer consumer : report.consumers()) {
      List<String> shares = consumer.evidence().stream().map(Link::shareId).map(ShareId::value).distinct().toList();
      say("  %-20s linked to %s%s", consumer.name(), String.join(", ", shares),
          consumer.deletedAt().isPresent() ? " (deleted since; still billed for this month)" : "");
    }
    say("Monthly Active Consumers for %s: %d", month, report.count());
    say("The change log holds %d events; read them with sdk.events().read(actor, afterSequence, limit).",
        sdk.events().read(alice, 0, 1000).size());
  }

  private void step(String title) {
    out.println();
    out.println("== " + title);
  }

  private void say(String format, Object... args) {
    out.println(String.format(format, args));
  }
}
