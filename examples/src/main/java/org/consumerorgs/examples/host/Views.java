package org.consumerorgs.examples.host;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.consumerorgs.domain.ActiveConsumer;
import org.consumerorgs.domain.AddConsumersResult;
import org.consumerorgs.domain.ChangeEvent;
import org.consumerorgs.domain.ConsumerEntry;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.DeletionImpact;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.MacEffect;
import org.consumerorgs.domain.MacReport;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.domain.SearchHit;
import org.consumerorgs.domain.Share;

/**
 * How the host shows the SDK's answers to a person: aligned tables for lists, sentences for single results. The SDK
 * returns plain values; choosing words and layout is the host's job, as it would be in a web page.
 */
final class Views {
  /** Every time is shown in UTC, the SDK's default billing zone, so that the MAC report and the lists agree. */
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(
      ZoneOffset.UTC);

  private final PrintStream out;

  Views(PrintStream out) {
    this.out = out;
  }

  void organization(String verb, ConsumerOrganization org) {
    out.printf("%s %s (id %s, version %d).%n", verb, quoted(org.name()), org.id(), org.version());
  }

  void organizationDetails(ConsumerOrganization org, List<Share> shares) {
    new Table("NAME", "ID", "VERSION", "CREATED (UTC)", "UPDATED (UTC)")
        .row(org.name(), org.id(), org.version(), time(org.createdAt()), time(org.updatedAt()))
        .print(out, "");
    out.println("  Linked to " + (shares.isEmpty() ? "no share." : shares.size() + (shares.size() == 1 ? " share: "
        : " shares: ") + shares.stream().map(s -> s.name() + " (" + s.id() + ")").collect(Collectors.joining(", "))
        + "."));
  }

  void organizations(List<ConsumerOrganization> organizations) {
    Table table = new Table("NAME", "ID", "VERSION", "CREATED (UTC)");
    organizations.forEach(org -> table.row(org.name(), org.id(), org.version(), time(org.createdAt())));
    table.print(out, "(no consumer organizations)");
  }

  void shares(List<Share> shares) {
    Table table = new Table("SHARE", "NAME", "REGISTERED (UTC)");
    shares.forEach(share -> table.row(share.id(), share.name(), time(share.registeredAt())));
    table.print(out, "(no shares)");
  }

  void hits(List<SearchHit> hits) {
    Table table = new Table("NAME", "ID", "MATCH");
    hits.forEach(hit -> table.row(hit.organization().name(), hit.organization().id(),
        hit.match().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    table.print(out, "(nothing found)");
  }

  /** Tells how to see the rest of a list that was shown a page at a time. */
  void more(Optional<String> nextCursor, String command) {
    nextCursor.ifPresent(cursor -> out.println("  More: type more (or " + command + " --after " + cursor + ")."));
  }

  void added(AddConsumersResult result) {
    Table table = new Table("#", "ENTRY", "ORGANIZATION", "ID", "OUTCOME");
    int index = 1;
    for (AddConsumersResult.EntryOutcome outcome : result.outcomes()) {
      table.row(index++, entry(outcome.entry()), outcome.organization().name(), outcome.organization().id(),
          switch (outcome.status()) {
            case CREATED_AND_LINKED -> "created and added";
            case LINKED -> "added";
            case ALREADY_LINKED -> "already a consumer (nothing to do)";
          });
    }
    table.print(out, "");
  }

  void impact(DeletionImpact impact) {
    out.println(impact.summary());
    if (!impact.sharesLosingAccess().isEmpty()) {
      Table shares = new Table("SHARE LOSING IT", "NAME");
      impact.sharesLosingAccess().forEach(share -> shares.row(share.id(), share.name()));
      shares.print(out, "");
    }
    Table mac = new Table("MONTH", "COUNTS IF KEPT", "COUNTS IF DELETED", "CHANGE TO MAC");
    for (MacEffect effect : impact.macEffects()) {
      mac.row(month(effect), yesNo(effect.countsIfKept()), yesNo(effect.countsAfterDeletion()),
          effect.change() == 0 ? "none" : effect.change());
    }
    mac.print(out, "(no effect on Monthly Active Consumers)");
  }

  /** The count, then each organization with the links that made it count: the evidence a billing dispute needs. */
  void mac(MacReport report) {
    out.printf("Monthly Active Consumers for %s %d (%s): %d%n",
        report.month().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH), report.month().getYear(),
        report.zone().equals(ZoneOffset.UTC) ? "UTC" : report.zone().getId(), report.count());
    out.printf("Counted: %s, from %s to %s UTC.%n", report.definition(), time(report.window().start()),
        time(report.window().end()));
    Table table = new Table("ORGANIZATION", "ID", "EVIDENCE: SHARE", "LINKED FROM (UTC)", "UNTIL (UTC)");
    for (ActiveConsumer consumer : report.consumers()) {
      // One row per link that made it count; a deleted organization says so under its name.
      List<Link> evidence = consumer.evidence();
      int rows = Math.max(evidence.size(), consumer.deletedAt().isPresent() ? 2 : 1);
      for (int i = 0; i < rows; i++) {
        String name = i == 0 ? consumer.name()
            : i == 1 ? consumer.deletedAt().map(at -> "(deleted " + time(at) + ")").orElse("") : "";
        Link link = i < evidence.size() ? evidence.get(i) : null;
        table.row(name, i == 0 ? consumer.organizationId() : "", link == null ? "" : link.shareId(),
            link == null ? "" : time(link.openedAt()),
            link == null ? "" : link.closedAt().map(Views::time).orElse("still linked"));
      }
    }
    table.print(out, "(no active consumers)");
  }

  void events(List<RecordedEvent> events) {
    Table table = new Table("#", "TIME (UTC)", "WHO", "WHAT", "ORGANIZATION", "SHARE", "CHANGE");
    for (RecordedEvent recorded : events) {
      ChangeEvent event = recorded.event();
      table.row(recorded.sequence(), time(event.occurredAt()), event.actorId(),
          event.type().name().toLowerCase(Locale.ROOT).replace('_', ' '),
          event.organizationId().map(Object::toString).orElse(""), event.shareId().map(Object::toString).orElse(""),
          change(event.before(), event.after()));
    }
    table.print(out, "(no events)");
  }

  /**
   * The attributes that changed, as {@code name: Globex -> Globex Corp} (or {@code name was Globex} once deleted). The link's id and times are left out: the
   * event's own time and columns already say them.
   */
  private static String change(Map<String, String> before, Map<String, String> after) {
    TreeSet<String> keys = new TreeSet<>(before.keySet());
    keys.addAll(after.keySet());
    keys.removeAll(List.of("link", "openedAt", "closedAt"));
    return keys.stream()
        .filter(key -> !before.getOrDefault(key, "").equals(after.getOrDefault(key, "")))
        .map(key -> !after.containsKey(key) ? key + " was " + before.get(key)
            : key + ": " + (before.containsKey(key) ? before.get(key) + " -> " : "") + after.get(key))
        .collect(Collectors.joining(", "));
  }

  static String entry(ConsumerEntry entry) {
    if (entry instanceof ConsumerEntry.Existing existing) {
      return "existing " + existing.id();
    }
    return "new " + quoted(((ConsumerEntry.NewOrganization) entry).name());
  }

  static String quoted(String name) {
    return "\u201C" + name + "\u201D";
  }

  static String time(Instant instant) {
    return TIME.format(instant);
  }

  private static String month(MacEffect effect) {
    return effect.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + effect.month().getYear();
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }
}
