package org.consumerorgs.examples.console;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.consumerorgs.domain.ActiveConsumer;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.DeletionImpact;
import org.consumerorgs.domain.ExternalId;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.MacEffect;
import org.consumerorgs.domain.MacReport;
import org.consumerorgs.domain.Page;
import org.consumerorgs.domain.RecordedEvent;
import org.consumerorgs.domain.SearchHit;
import org.consumerorgs.domain.Share;

/**
 * The shapes the console's page reads: the SDK's values with ids as strings, instants as ISO-8601 text and absent
 * values as {@code null}, the way a browser script wants them. One record per thing the page shows.
 */
final class Json {
  private Json() {}

  /** {@code externalId} is the host's own key for it, or null when it has none. */
  record Organization(String id, String name, long version, String createdAt, String updatedAt, String externalId) {
    static Organization of(ConsumerOrganization o) {
      return new Organization(o.id().value(), o.name(), o.version(), text(o.createdAt()), text(o.updatedAt()),
          o.externalId().map(ExternalId::value).orElse(null));
    }
  }

  record ShareView(String id, String name, String registeredAt) {
    static ShareView of(Share s) {
      return new ShareView(s.id().value(), s.name(), text(s.registeredAt()));
    }
  }

  /** A page of a list; {@code next} is the SDK's opaque cursor for the next page, or null on the last. */
  record PageView<T>(List<T> items, String next) {
    static <S, T> PageView<T> of(Page<S> page, Function<S, T> view) {
      return new PageView<>(page.items().stream().map(view).toList(), page.nextCursor().orElse(null));
    }
  }

  /** A search hit: the organization, how it matched, and whether the share already has it. */
  record Hit(Organization organization, String match, boolean consumer) {
    static Hit of(SearchHit hit) {
      return new Hit(Organization.of(hit.organization()), hit.match().name(), false);
    }
  }

  record LinkView(String share, String openedAt, String closedAt) {
    static LinkView of(Link link) {
      return new LinkView(link.shareId().value(), text(link.openedAt()), link.closedAt().map(Json::text).orElse(null));
    }
  }

  record Effect(String month, boolean countsIfKept, boolean countsAfterDeletion, int change) {
    static Effect of(MacEffect e) {
      return new Effect(e.month().toString(), e.countsIfKept(), e.countsAfterDeletion(), e.change());
    }
  }

  record Impact(Organization organization, List<ShareView> sharesLosingAccess, List<Effect> macEffects,
      boolean allowed, boolean deleted, String summary) {
    static Impact of(DeletionImpact i) {
      return new Impact(Organization.of(i.organization()), i.sharesLosingAccess().stream().map(ShareView::of).toList(),
          i.macEffects().stream().map(Effect::of).toList(), i.allowed(), i.deleted(), i.summary());
    }
  }

  record Active(String id, String name, String deletedAt, List<LinkView> evidence) {
    static Active of(ActiveConsumer a) {
      return new Active(a.organizationId().value(), a.name(), a.deletedAt().map(Json::text).orElse(null),
          a.evidence().stream().map(LinkView::of).toList());
    }
  }

  record Mac(String month, String zone, String definition, String from, String until, int count,
      List<Active> consumers) {
    static Mac of(MacReport r) {
      return new Mac(r.month().toString(), r.zone().getId(), r.definition(), text(r.window().start()),
          text(r.window().end()), r.count(), r.consumers().stream().map(Active::of).toList());
    }
  }

  record MonthCount(String month, int count) {}

  record Event(long sequence, String type, String at, String actor, String organization, String share,
      Map<String, String> before, Map<String, String> after) {
    static Event of(RecordedEvent recorded) {
      var e = recorded.event();
      return new Event(recorded.sequence(), e.type().name(), text(e.occurredAt()), e.actorId(),
          e.organizationId().map(id -> id.value()).orElse(null), e.shareId().map(id -> id.value()).orElse(null),
          e.before(), e.after());
    }
  }

  /** A page of the change log, newest first; {@code older} is where the next (older) page ends, or null at the start. */
  record EventPage(List<Event> items, Long older) {}

  private static String text(Instant instant) {
    return instant.toString();
  }
}
