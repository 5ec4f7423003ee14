package org.consumerorgs.tck;

import static org.consumerorgs.tck.Outcomes.quote;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.Transformer;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.tck.ModelledSystem.BatchEntry;
import org.consumerorgs.tck.ReferenceModel.Creator;
import org.consumerorgs.tck.ReferenceModel.OrgRef;

/**
 * The operations of the model-based contract, each drawn from what the current state makes interesting: names that
 * clash or nearly clash with the ones in use, organizations and shares that exist, were deleted, belong to another
 * provider or never existed. Every step describes itself ({@code rename org2 v1 to "ACME"}), so that a shrunk
 * counterexample reads as a short script.
 *
 * <p>Steps do not shrink their own values (a name stays the name it was; a batch keeps its entries): shrinking only
 * drops whole steps (see {@link #steady}). Batches are drawn short more often than long, so that what is left reads
 * easily.
 */
final class ModelActions {
  /** Base names: some share a search key (Café, Cafe), some fold to one another (Straße, STRASSE), some nest. */
  private static final List<String> NAMES = List.of("Acme", "Acme Corp", "Globex", "Initech", "Umbrella Corp",
      "Café Noir", "Cafe Noir", "Straße AG", "STRASSE AG", "Stark Industries", "北京数据", "\uD83D\uDE80\uD83D\uDE80\uD83D\uDE80",
      "Ångström Labs");
  /** One name per naming rule, including two emoji, which are two characters however many UTF-16 units they take. */
  private static final List<String> INVALID_NAMES = List.of("ab", "   ", "\uD83D\uDE80\uD83D\uDE80", "Ac\u0007me",
      "Two\nLines", "Evil\u202Eeman", "\u200Babc", "\uE000abc", "x".repeat(201));
  /** Texts of one or two characters match only at the start of a name or word: ss, ab and 数据 occur inside names. */
  private static final List<String> SEARCH_TEXTS = List.of("", "a", "ACME", "corp", "cafe", "CAFÉ", "noir", "ss",
      "strasse ag", "%", "_", "*", "a%", "zzz", "  acme  ", "ab", "数据", "\uD83D\uDE80\uD83D\uDE80");
  private static final List<ShareId> SHARES = List.of(ShareId.of("s1"), ShareId.of("s2"), ShareId.of("s3"));
  private static final ShareId UNKNOWN_SHARE = ShareId.of("s9");
  private static final List<String> SHARE_NAMES = List.of("Market data", "Weather feed", "  Ship \u00A0 positions ",
      "\u0394 prices", "", "Line\nbreak");

  private static final int MAX_BATCH = 5;

  private ModelActions() {}

  static Action.Dependent<ModelledSystem> create() {
    return state -> {
      OrgRef as = state.model().nextLabels(Creator.ALICE, 1).get(0);
      return names(state.model())
          .map(name -> Transformer.mutate("create " + as + " " + quote(name), s -> s.create(as, name)));
    };
  }

  /** Renames with the current version mostly, else with a stale one (older or newer). */
  static Action.Dependent<ModelledSystem> rename() {
    return state -> Combinators.combine(organizations(state.model()), Arbitraries.of(0, 0, -1, 1),
            names(state.model()))
        .as((org, offset, name) -> {
          long current = state.model().versionOf(org);
          long version = current + offset < 1 ? current + 1 : current + offset;
          String which = version == current ? "" : " (stale)";
          return Transformer.mutate("rename " + org + " v" + version + which + " to " + quote(name),
              s -> s.rename(org, version, name));
        });
  }

  static Action.Dependent<ModelledSystem> delete() {
    return state -> organizations(state.model())
        .map(org -> Transformer.mutate("delete " + org, s -> s.delete(org)));
  }

  static Action.Independent<ModelledSystem> registerShare() {
    return () -> Combinators.combine(Arbitraries.of(SHARES), Arbitraries.of(SHARE_NAMES))
        .as((id, name) -> Transformer.mutate("register share " + id + " " + quote(name),
            s -> s.registerShare(id, name)));
  }

  static Action.Dependent<ModelledSystem> deleteShare() {
    return onceAShareIsRegistered(state -> shares(state.model())
        .map(id -> Transformer.mutate("delete share " + id, s -> s.deleteShare(id))));
  }

  /** A batch of one to five entries: organizations in any state, new names, repeats of either. */
  static Action.Dependent<ModelledSystem> addConsumers() {
    return onceAShareIsRegistered(state -> {
      // Each entry that could be new has a label ready: new names get them in order when the batch is drawn.
      List<OrgRef> labels = state.model().nextLabels(Creator.ALICE, MAX_BATCH);
      Arbitrary<BatchEntry> existing = organizationsInBatch(state.model()).map(BatchEntry::existing);
      Arbitrary<BatchEntry> fresh = namesInBatch(state.model()).map(name -> BatchEntry.newOrganization(null, name));
      Arbitrary<List<BatchEntry>> entries = Arbitraries.oneOf(existing, fresh).list()
          .ofMinSize(1).ofMaxSize(MAX_BATCH).withSizeDistribution(RandomDistribution.biased())
              .map(drawn -> {
                Iterator<OrgRef> label = labels.iterator();
                return drawn.stream().map(entry -> entry.existing() != null
                    ? entry
                    : BatchEntry.newOrganization(label.next(), entry.newName())).toList();
              });
      return Combinators.combine(shares(state.model()), entries).as((share, batch) ->
          Transformer.mutate("add to " + share + " " + batch, s -> s.addConsumers(share, batch)));
    });
  }

  static Action.Dependent<ModelledSystem> removeConsumer() {
    return onceAShareIsRegistered(state -> Combinators.combine(shares(state.model()), organizations(state.model()))
        .as((share, org) -> Transformer.mutate("remove " + org + " from " + share,
            s -> s.removeConsumer(share, org))));
  }

  /** Minutes to a month: links open and close at the same instant, in the same month, and across months. */
  static Action.Independent<ModelledSystem> advanceClock() {
    return () -> Arbitraries.of(Duration.ofMinutes(1), Duration.ofHours(7), Duration.ofDays(3), Duration.ofDays(17),
            Duration.ofDays(31))
        .map(step -> Transformer.mutate("advance the clock " + words(step), s -> s.advanceClock(step)));
  }

  private static String words(Duration duration) {
    if (duration.toDays() > 0) {
      return duration.toDays() + " days";
    }
    return duration.toHours() > 0 ? duration.toHours() + " hours" : duration.toMinutes() + " minutes";
  }

  static Action.Independent<ModelledSystem> pageOrganizations() {
    return () -> Arbitraries.integers().between(1, 3)
        .map(size -> Transformer.mutate("list organizations, " + size + " a page", s -> s.pageOrganizations(size)));
  }

  static Action.Dependent<ModelledSystem> pageConsumers() {
    return onceAShareIsRegistered(state -> Combinators.combine(shares(state.model()),
            Arbitraries.integers().between(1, 3))
        .as((share, size) -> Transformer.mutate("list consumers of " + share + ", " + size + " a page",
            s -> s.pageConsumers(share, size))));
  }

  static Action.Dependent<ModelledSystem> pageSharesOf() {
    return state -> Combinators.combine(organizations(state.model()), Arbitraries.integers().between(1, 2))
        .as((org, size) -> Transformer.mutate("list shares of " + org + ", " + size + " a page",
            s -> s.pageSharesOf(org, size)));
  }

  /** Fixed texts (wildcards, accents, white space) and pieces of names in use, in other letter cases. */
  static Action.Dependent<ModelledSystem> search() {
    return state -> {
      List<Tuple2<Integer, Arbitrary<String>>> texts = new ArrayList<>();
      texts.add(Tuple.of(1, Arbitraries.of(SEARCH_TEXTS)));
      List<String> inUse = state.model().namesInUse();
      if (!inUse.isEmpty()) {
        texts.add(Tuple.of(2, Arbitraries.of(inUse).flatMap(ModelActions::pieceOf)));
      }
      Arbitrary<Optional<ShareId>> exclude = Arbitraries.frequencyOf(List.of(
          Tuple.of(2, Arbitraries.just(Optional.<ShareId>empty())),
          Tuple.of(1, shares(state.model()).map(Optional::of))));
      return Combinators.combine(Arbitraries.frequencyOf(texts), Arbitraries.of(1, 2, 3, 20), exclude)
          .as((text, limit, excluded) -> Transformer.mutate("search " + quote(text) + " limit " + limit
                  + excluded.map(share -> " without consumers of " + share).orElse(""),
              s -> s.search(text, limit, excluded)));
    };
  }

  static Action.Dependent<ModelledSystem> bobCreates() {
    return state -> {
      OrgRef as = state.model().nextLabels(Creator.BOB, 1).get(0);
      return names(state.model())
          .map(name -> Transformer.mutate("bob creates " + as + " " + quote(name), s -> s.bobCreates(as, name)));
    };
  }

  static Action.Dependent<ModelledSystem> bobTouches() {
    return new Action.Dependent<>() {
      @Override
      public boolean precondition(ModelledSystem state) {
        return !state.model().organizationRefs().isEmpty();
      }

      @Override
      public Arbitrary<Transformer<ModelledSystem>> transformer(ModelledSystem state) {
        return Arbitraries.of(state.model().organizationRefs())
            .map(org -> Transformer.mutate("bob finds, renames, deletes " + org, s -> s.bobTouches(org)));
      }
    };
  }

  /**
   * The action with values that do not shrink: when a run shrinks, this step stays as it is or goes. Value shrinks
   * would cost most of the shrinking time (jqwik replays the rest of the run for each) and, with state-dependent
   * steps, let the shrinker wander among ever new runs of the same length; dropping steps is what makes a
   * counterexample short.
   */
  static Action.Dependent<ModelledSystem> steady(Action<ModelledSystem> action) {
    return new Action.Dependent<>() {
      @Override
      public boolean precondition(ModelledSystem state) {
        return action.precondition(state);
      }

      @Override
      public Arbitrary<Transformer<ModelledSystem>> transformer(ModelledSystem state) {
        Arbitrary<Transformer<ModelledSystem>> transformer = action instanceof Action.Dependent<ModelledSystem> dependent
            ? dependent.transformer(state)
            : ((Action.Independent<ModelledSystem>) action).transformer();
        return transformer.dontShrink();
      }
    };
  }

  /**
   * An action on shares, taken only once one is registered, so that runs do not spend their steps on a share that
   * cannot exist yet (an unregistered or deleted share is still drawn now and then).
   */
  private static Action.Dependent<ModelledSystem> onceAShareIsRegistered(Action.Dependent<ModelledSystem> action) {
    return new Action.Dependent<>() {
      @Override
      public boolean precondition(ModelledSystem state) {
        return !state.model().registeredShares().isEmpty();
      }

      @Override
      public Arbitrary<Transformer<ModelledSystem>> transformer(ModelledSystem state) {
        return action.transformer(state);
      }
    };
  }

  // --- what the actions draw from ----------------------------------------------------------------------------------

  /**
   * A name as a person may type it: a base name, perhaps numbered, in any spelling; a spelling of a name in use; or,
   * now and then, one that breaks a naming rule.
   */
  private static Arbitrary<String> names(ReferenceModel model) {
    return names(model, 5, 3, 1);
  }

  /** Names for a batch: mostly new ones, so that more batches apply and links build up. */
  private static Arbitrary<String> namesInBatch(ReferenceModel model) {
    return names(model, 12, 2, 1);
  }

  private static Arbitrary<String> names(ReferenceModel model, int based, int reused, int invalid) {
    Arbitrary<Integer> spelling = Arbitraries.integers().between(0, Spellings.COUNT - 1);
    Arbitrary<String> basedOn = Combinators.combine(Arbitraries.of(NAMES), Arbitraries.of("", " 2", " 3"), spelling)
        .as((name, number, which) -> Spellings.variant(which, name + number));
    List<Tuple2<Integer, Arbitrary<String>>> choices = new ArrayList<>();
    choices.add(Tuple.of(based, basedOn));
    List<String> inUse = model.namesInUse();
    if (!inUse.isEmpty()) {
      choices.add(Tuple.of(reused,
          Combinators.combine(Arbitraries.of(inUse), spelling).as((name, which) -> Spellings.variant(which, name))));
    }
    choices.add(Tuple.of(invalid, Arbitraries.of(INVALID_NAMES)));
    return Arbitraries.frequencyOf(choices);
  }

  /** Alice's organizations mostly, live or deleted; now and then one of bob's, or an id nobody has. */
  private static Arbitrary<OrgRef> organizations(ReferenceModel model) {
    List<Tuple2<Integer, Arbitrary<OrgRef>>> choices = new ArrayList<>();
    List<OrgRef> alices = model.organizationRefs();
    if (!alices.isEmpty()) {
      choices.add(Tuple.of(12, Arbitraries.of(alices)));
    }
    List<OrgRef> bobs = model.bobsOrganizationRefs();
    if (!bobs.isEmpty()) {
      choices.add(Tuple.of(1, Arbitraries.of(bobs)));
    }
    choices.add(Tuple.of(1, Arbitraries.just(OrgRef.UNKNOWN)));
    return Arbitraries.frequencyOf(choices);
  }

  /** For a batch: live organizations mostly, so that more batches apply; any other now and then. */
  private static Arbitrary<OrgRef> organizationsInBatch(ReferenceModel model) {
    List<OrgRef> live = model.liveOrganizationRefs();
    return live.isEmpty()
        ? organizations(model)
        : Arbitraries.frequencyOf(List.of(Tuple.of(8, Arbitraries.of(live)), Tuple.of(1, organizations(model))));
  }

  /** Registered shares, live or deleted, mostly; now and then one never registered. */
  private static Arbitrary<ShareId> shares(ReferenceModel model) {
    List<ShareId> registered = model.registeredShares();
    if (registered.isEmpty()) {
      return Arbitraries.just(UNKNOWN_SHARE);
    }
    return Arbitraries.frequencyOf(List.of(Tuple.of(9, Arbitraries.of(registered)),
        Tuple.of(1, Arbitraries.just(UNKNOWN_SHARE))));
  }

  /** A piece of {@code name}, whole code points, in its own case or another. */
  private static Arbitrary<String> pieceOf(String name) {
    int length = name.codePointCount(0, name.length());
    return Arbitraries.integers().between(0, length - 1).flatMap(start ->
        Combinators.combine(Arbitraries.integers().between(1, length - start), Arbitraries.of(0, 1, 2))
            .as((count, which) -> Spellings.variant(which, name.substring(name.offsetByCodePoints(0, start),
                name.offsetByCodePoints(0, start + count)))));
  }
}
