package org.consumerorgs.jdbc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.consumerorgs.domain.MatchKind;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.SearchHit;

/**
 * The substring stages on PostgreSQL, whose cost stays bounded however many names match. Each stage tries up to three
 * plans, each only when the one before gives up:
 *
 * <ol>
 *   <li><b>A glance at the first names.</b> The first {@code glance} names of the provider's name index, in order:
 *       when they hold the limit's worth of hits, these are the first ones by name. A common text ends here.
 *   <li><b>The candidates, capped.</b> The trigram index of word starts ({@code word_starts}, for
 *       {@code WORD_PREFIX}) or of whole search keys ({@code ANYWHERE}) gives the names that may match; at most
 *       {@code cap + 1} of those that do are read, then sorted. When no more than {@code cap} match, this is the
 *       answer, at the cost of reading them. A rare text ends here.
 *   <li><b>The whole name index, in order</b>, until the limit is met: more than {@code cap} names match, but not
 *       among the first ones (a text inside a common first word, such as "stern" of "Western").
 * </ol>
 *
 * <p>Walks read the index only: a sort key is the search key's first {@value NameKeys#SORT_KEY_CHARACTERS} characters
 * as UTF-8, and a byte substring of UTF-8 is a character substring, so each key is tested where it lies, and only
 * the rows of hits, and of names too long for their sort key to decide, are read.
 *
 * <p>Left to itself the planner chooses between an ordered walk and reading every candidate from an estimate of how
 * many names hold the text, often wrong by a factor of a hundred or more (it sees a hundred sampled names): it then
 * reads and sorts tens of thousands of names that hold a common text, or walks the whole name index for a rare one.
 * Here the adapter chooses, and writes each plan so that the planner has no other: the capped query reads its
 * candidates in a {@code MATERIALIZED} common table expression, which the planner plans for reading all of them (so
 * through the trigram index) and the executor reads no further than the cap; sequential scans are off. Before its
 * first capped query a search sets, for the rest of its transaction, sequential scans and JIT compilation off and a
 * plan for every statement's own values ({@code plan_cache_mode}: the driver prepares a statement on the server after
 * a few runs, and a plan made for any pattern may walk the name index instead).
 */
final class CappedSubstringSearch implements SubstringSearch {
  /** How many names the first walk reads at most. */
  static final int DEFAULT_GLANCE = 5000;
  /** How many matching names the capped query reads at most before the stage walks the whole name index. */
  static final int DEFAULT_CAP = 1000;

  /** What a search sets before its first capped query. */
  static final String SETTINGS = "SELECT set_config('plan_cache_mode', 'force_custom_plan', true),"
      + " set_config('enable_seqscan', 'off', true), set_config('jit', 'off', true)";
  /** Exact tests of a search key for each tier, binding the text (with or without a space before it). */
  private static final String WORD_TEXT = "strpos(o.search_key, ?) > 0 AND NOT starts_with(o.search_key, ?)";
  private static final String ANYWHERE_TEXT = WORD_TEXT + " AND strpos(o.search_key, ?) = 0";
  /** The same tests on a sort key's bytes, binding the text's bytes and the range of sort keys that start with it. */
  private static final String WORD_BYTES = "position(? IN w.sort_key) > 0 AND NOT (w.sort_key >= ? AND w.sort_key < ?)";
  private static final String ANYWHERE_BYTES = WORD_BYTES + " AND position(? IN w.sort_key) = 0";
  private static final String CAPPED_END = " LIMIT ?) c ORDER BY c.sort_key, c.organization_id LIMIT ?";
  private static final String AFTER = " AND w.sort_key >= ? AND (w.sort_key > ? OR w.organization_id > ?)";
  private static final String WALKED_END = " ORDER BY w.sort_key, w.organization_id LIMIT ?) w CROSS JOIN LATERAL"
      + " (SELECT " + JdbcOrganizationStore.COLUMNS + ", o.search_key FROM ${table_prefix}organization o"
      + " WHERE o.provider_id = ? AND o.organization_id = w.organization_id LIMIT 1) o"
      + " ORDER BY o.sort_key, o.organization_id";

  private final Statements statements;
  private final int glance;
  private final int cap;
  private final String glancedWords;
  private final String glancedAnywhere;
  private final String cappedWords;
  private final String cappedAnywhere;
  private final String walkedWords;
  private final String walkedAnywhere;
  private final String exclusionO;
  private final String exclusionW;
  private final String walkedEnd;

  CappedSubstringSearch(Statements statements, String tablePrefix, int glance, int cap) {
    this.statements = statements;
    this.glance = glance;
    this.cap = cap;
    this.exclusionO = SubstringSearch.notConsumerOf(tablePrefix, "o");
    this.exclusionW = SubstringSearch.notConsumerOf(tablePrefix, "w");
    this.walkedEnd = TablePrefix.apply(tablePrefix, WALKED_END);
    String first = "(SELECT v.provider_id, v.sort_key, v.organization_id FROM ${table_prefix}organization v"
        + " WHERE v.provider_id = ? AND v.deleted_at IS NULL ORDER BY v.sort_key, v.organization_id LIMIT ?) w"
        + " WHERE TRUE";
    String every = "${table_prefix}organization w WHERE w.provider_id = ? AND w.deleted_at IS NULL";
    this.glancedWords = walked(tablePrefix, first, WORD_BYTES);
    this.glancedAnywhere = walked(tablePrefix, first, ANYWHERE_BYTES);
    this.cappedWords = capped(tablePrefix, "o.word_starts LIKE ? ESCAPE '!' AND " + WORD_TEXT);
    this.cappedAnywhere = capped(tablePrefix, "o.search_key LIKE ? ESCAPE '!' AND " + ANYWHERE_TEXT);
    this.walkedWords = walked(tablePrefix, every, WORD_BYTES);
    this.walkedAnywhere = walked(tablePrefix, every, ANYWHERE_BYTES);
  }

  /**
   * Reads at most {@code cap + 1} matching names through a trigram index, then sorts them; the last column counts
   * them. The middle statement ends where the exclusion and the cap go.
   */
  private static String capped(String tablePrefix, String condition) {
    return TablePrefix.apply(tablePrefix, "WITH candidates AS MATERIALIZED (SELECT "
        + JdbcOrganizationStore.COLUMNS + ", o.provider_id FROM ${table_prefix}organization o"
        + " WHERE o.provider_id = ? AND o.deleted_at IS NULL AND " + condition + ")"
        + " SELECT c.organization_id, c.name, c.version, c.created_at, c.updated_at, c.sort_key, c.deleted_at,"
        + " count(*) OVER () FROM (SELECT * FROM candidates o WHERE TRUE");
  }

  /**
   * Walks the name index in order, index only: sort keys shorter than {@value NameKeys#SORT_KEY_CHARACTERS} bytes
   * (so shorter in characters: never cut) are tested on their bytes, the others all pass, to be tested on their whole
   * search key once read. {@code names} is where the walk reads the provider's live names from (alias {@code w}).
   * Then the rows of the names found, one by one whatever the planner expects of the limit (a generic plan expects a
   * tenth of the name index and would rather join it whole). The walk ends where a position to continue from, the
   * exclusion and the limit go.
   */
  private static String walked(String tablePrefix, String names, String bytes) {
    return TablePrefix.apply(tablePrefix, "SELECT o.organization_id, o.name, o.version, o.created_at, o.updated_at,"
        + " o.sort_key, o.deleted_at, o.search_key FROM (SELECT w.sort_key, w.organization_id FROM " + names
        + " AND (octet_length(w.sort_key) >= " + NameKeys.SORT_KEY_CHARACTERS + " OR " + bytes + ")");
  }

  @Override
  public Stages begin() {
    return new CappedStages();
  }

  /** The stages of one search, which know whether its transaction has the settings for capped queries yet. */
  private final class CappedStages implements Stages {
    private boolean set;

    @Override
    public List<SearchHit> find(
        ProviderId provider, String text, MatchKind tier, int limit, Optional<String> excludedShare) {
      Optional<List<SearchHit>> hits = walk(provider, text, tier, limit, excludedShare, Optional.of(glance));
      if (hits.isPresent()) {
        return hits.get();
      }
      if (!set) {
        statements.command("searching organizations", SETTINGS);
        set = true;
      }
      hits = capped(provider, text, tier, limit, excludedShare);
      if (hits.isPresent()) {
        return hits.get();
      }
      return walk(provider, text, tier, limit, excludedShare, Optional.empty()).orElseThrow();
    }
  }

  /** The hits through a trigram index when at most {@code cap} names match; empty when more do. */
  private Optional<List<SearchHit>> capped(
      ProviderId provider, String text, MatchKind tier, int limit, Optional<String> excludedShare) {
    boolean words = tier == MatchKind.WORD_PREFIX;
    String spaced = " " + text;
    List<SearchHit> hits = new ArrayList<>(limit);
    int[] matching = {0};
    statements.stream("searching organizations",
        (words ? cappedWords : cappedAnywhere) + (excludedShare.isPresent() ? exclusionO : "") + CAPPED_END,
        p -> {
          p.text(provider.value());
          if (words) {
            p.like("% " + NameKeys.literal(NameKeys.wordStart(text)) + "%").text(spaced).text(text);
          } else {
            p.like("%" + NameKeys.literal(text) + "%").text(text).text(text).text(spaced);
          }
          if (excludedShare.isPresent()) {
            p.text(excludedShare.get());
          }
          p.number(cap + 1).number(limit);
        },
        row -> {
          matching[0] = row.getInt(8);
          return new SearchHit(JdbcOrganizationStore.organization(provider, row), tier);
        },
        hits::add);
    return matching[0] <= cap ? Optional.of(hits) : Optional.empty();
  }

  /**
   * The hits of a walk of the name index, of only its first {@code names} names when given; empty when those hold
   * fewer than {@code limit} hits. A whole walk tests names whose sort key is cut here, and when some fail, goes on
   * from the last name it read for the hits still missing.
   */
  private Optional<List<SearchHit>> walk(ProviderId provider, String text, MatchKind tier, int limit,
      Optional<String> excludedShare, Optional<Integer> names) {
    boolean words = tier == MatchKind.WORD_PREFIX;
    String spaced = " " + text;
    byte[] low = NameKeys.sortKey(text);
    List<SearchHit> hits = new ArrayList<>(limit);
    Optional<Walked> last = Optional.empty();
    while (true) {
      Optional<Walked> from = last;
      int wanted = limit - hits.size();
      String walked = names.isPresent() ? (words ? glancedWords : glancedAnywhere)
          : (words ? walkedWords : walkedAnywhere) + (from.isPresent() ? AFTER : "");
      List<Walked> read = statements.list("searching organizations",
          walked + (excludedShare.isPresent() ? exclusionW : "") + walkedEnd,
          p -> {
            p.text(provider.value());
            if (names.isPresent()) {
              p.number(names.get());
            }
            p.bytes(utf8(words ? spaced : text)).bytes(low).bytes(NameKeys.after(low));
            if (!words) {
              p.bytes(utf8(spaced));
            }
            if (from.isPresent()) {
              byte[] sortKey = from.get().sortKey();
              p.bytes(sortKey).bytes(sortKey).text(from.get().hit().organization().id().value());
            }
            if (excludedShare.isPresent()) {
              p.text(excludedShare.get());
            }
            p.number(wanted).text(provider.value());
          },
          row -> new Walked(new SearchHit(JdbcOrganizationStore.organization(provider, row), tier), row.getBytes(6),
              row.getString(8)));
      for (Walked name : read) {
        String key = name.searchKey();
        boolean cut = name.sortKey().length >= NameKeys.SORT_KEY_CHARACTERS;
        if (!cut || (key.contains(words ? spaced : text) && !key.startsWith(text)
            && (words || !key.contains(spaced)))) {
          hits.add(name.hit());
        }
      }
      if (hits.size() == limit) {
        return Optional.of(hits);
      }
      if (names.isPresent()) {
        return Optional.empty();
      }
      if (read.size() < wanted) {
        return Optional.of(hits);
      }
      last = Optional.of(read.get(read.size() - 1));
    }
  }

  /** A name the walk read: the hit it makes if it matches, its sort key, and its whole search key. */
  private record Walked(SearchHit hit, byte[] sortKey, String searchKey) {}

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
