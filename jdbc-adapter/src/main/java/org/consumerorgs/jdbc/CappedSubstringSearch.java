package org.consumerorgs.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
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
 *
 * <p>In the statements, {@code 200} is {@link NameKeys#SORT_KEY_CHARACTERS}, and lines marked {@code -- if after} or
 * {@code -- if excluding} are sent only when a walk goes on after a name it read, or the search leaves out a share's
 * consumers ({@link OptionalClauses}).
 */
final class CappedSubstringSearch implements SubstringSearch {
  /** How many names the first walk reads at most. */
  static final int DEFAULT_GLANCE = 5000;
  /** How many matching names the capped query reads at most before the stage walks the whole name index. */
  static final int DEFAULT_CAP = 1000;

  /** What a search sets before its first capped query. */
  static final String SETTINGS = """
      SELECT set_config('plan_cache_mode', 'force_custom_plan', true), set_config('enable_seqscan', 'off', true),
        set_config('jit', 'off', true)""";

  /**
   * A glance for a word prefix: among the first names of the name index, index only, those whose sort key holds the
   * text after a space and does not start with it, and those whose sort key is cut (as long as a sort key gets),
   * whose whole search key is tested once read; then the rows of the names found, one by one whatever the planner
   * expects of the limit (a generic plan expects a tenth of the name index and would rather join it whole). Binds the
   * text's bytes (with a space before it) and the range of sort keys that start with it.
   */
  private static final String GLANCE_WORDS = """
      SELECT o.organization_id, o.name, o.version, o.created_at, o.updated_at, o.external_id, o.sort_key, o.deleted_at,
        o.search_key
      FROM (SELECT w.sort_key, w.organization_id
        FROM (SELECT v.provider_id, v.sort_key, v.organization_id FROM ${table_prefix}organization v
          WHERE v.provider_id = ? AND v.deleted_at IS NULL ORDER BY v.sort_key, v.organization_id LIMIT ?) w
        WHERE (octet_length(w.sort_key) >= 200
          OR position(? IN w.sort_key) > 0 AND NOT (w.sort_key >= ? AND w.sort_key < ?))
          AND NOT EXISTS (SELECT 1 FROM ${table_prefix}link l WHERE l.provider_id = w.provider_id   -- if excluding
            AND l.share_id = ? AND l.organization_id = w.organization_id AND l.open_marker = 1)    -- if excluding
        ORDER BY w.sort_key, w.organization_id LIMIT ?) w
      CROSS JOIN LATERAL (SELECT o.organization_id, o.name, o.version, o.created_at, o.updated_at, o.sort_key,
          o.deleted_at, o.search_key, o.external_id
        FROM ${table_prefix}organization o WHERE o.provider_id = ? AND o.organization_id = w.organization_id LIMIT 1) o
      ORDER BY o.sort_key, o.organization_id""";
  /** {@link #GLANCE_WORDS} for text anywhere else: the text's bytes without a space before them, and not after one. */
  private static final String GLANCE_ANYWHERE = """
      SELECT o.organization_id, o.name, o.version, o.created_at, o.updated_at, o.external_id, o.sort_key, o.deleted_at,
        o.search_key
      FROM (SELECT w.sort_key, w.organization_id
        FROM (SELECT v.provider_id, v.sort_key, v.organization_id FROM ${table_prefix}organization v
          WHERE v.provider_id = ? AND v.deleted_at IS NULL ORDER BY v.sort_key, v.organization_id LIMIT ?) w
        WHERE (octet_length(w.sort_key) >= 200
          OR position(? IN w.sort_key) > 0 AND NOT (w.sort_key >= ? AND w.sort_key < ?)
            AND position(? IN w.sort_key) = 0)
          AND NOT EXISTS (SELECT 1 FROM ${table_prefix}link l WHERE l.provider_id = w.provider_id   -- if excluding
            AND l.share_id = ? AND l.organization_id = w.organization_id AND l.open_marker = 1)    -- if excluding
        ORDER BY w.sort_key, w.organization_id LIMIT ?) w
      CROSS JOIN LATERAL (SELECT o.organization_id, o.name, o.version, o.created_at, o.updated_at, o.sort_key,
          o.deleted_at, o.search_key, o.external_id
        FROM ${table_prefix}organization o WHERE o.provider_id = ? AND o.organization_id = w.organization_id LIMIT 1) o
      ORDER BY o.sort_key, o.organization_id""";
  /**
   * Reads at most {@code cap + 1} names that hold the text after a space through the trigram index of word starts,
   * then sorts them; {@code matching} counts them. {@code WHERE TRUE} stands where the exclusion may go.
   */
  private static final String CAPPED_WORDS = """
      WITH candidates AS MATERIALIZED (SELECT o.organization_id, o.name, o.version, o.created_at, o.updated_at,
          o.sort_key, o.deleted_at, o.provider_id, o.external_id
        FROM ${table_prefix}organization o
        WHERE o.provider_id = ? AND o.deleted_at IS NULL
          AND o.word_starts LIKE ? ESCAPE '!' AND strpos(o.search_key, ?) > 0 AND NOT starts_with(o.search_key, ?))
      SELECT c.organization_id, c.name, c.version, c.created_at, c.updated_at, c.sort_key, c.deleted_at,
        c.external_id, count(*) OVER () AS matching
      FROM (SELECT * FROM candidates o WHERE TRUE
          AND NOT EXISTS (SELECT 1 FROM ${table_prefix}link l WHERE l.provider_id = o.provider_id   -- if excluding
            AND l.share_id = ? AND l.organization_id = o.organization_id AND l.open_marker = 1)    -- if excluding
        LIMIT ?) c
      ORDER BY c.sort_key, c.organization_id LIMIT ?""";
  /** {@link #CAPPED_WORDS} for text anywhere else, through the trigram index of whole search keys. */
  private static final String CAPPED_ANYWHERE = """
      WITH candidates AS MATERIALIZED (SELECT o.organization_id, o.name, o.version, o.created_at, o.updated_at,
          o.sort_key, o.deleted_at, o.provider_id, o.external_id
        FROM ${table_prefix}organization o
        WHERE o.provider_id = ? AND o.deleted_at IS NULL
          AND o.search_key LIKE ? ESCAPE '!' AND strpos(o.search_key, ?) > 0 AND NOT starts_with(o.search_key, ?)
          AND strpos(o.search_key, ?) = 0)
      SELECT c.organization_id, c.name, c.version, c.created_at, c.updated_at, c.sort_key, c.deleted_at,
        c.external_id, count(*) OVER () AS matching
      FROM (SELECT * FROM candidates o WHERE TRUE
          AND NOT EXISTS (SELECT 1 FROM ${table_prefix}link l WHERE l.provider_id = o.provider_id   -- if excluding
            AND l.share_id = ? AND l.organization_id = o.organization_id AND l.open_marker = 1)    -- if excluding
        LIMIT ?) c
      ORDER BY c.sort_key, c.organization_id LIMIT ?""";
  /** {@link #GLANCE_WORDS} over the whole name index, from the start or after the last name a walk read. */
  private static final String WALK_WORDS = """
      SELECT o.organization_id, o.name, o.version, o.created_at, o.updated_at, o.external_id, o.sort_key, o.deleted_at,
        o.search_key
      FROM (SELECT w.sort_key, w.organization_id FROM ${table_prefix}organization w
        WHERE w.provider_id = ? AND w.deleted_at IS NULL
          AND (octet_length(w.sort_key) >= 200
            OR position(? IN w.sort_key) > 0 AND NOT (w.sort_key >= ? AND w.sort_key < ?))
          AND w.sort_key >= ? AND (w.sort_key > ? OR w.organization_id > ?)                         -- if after
          AND NOT EXISTS (SELECT 1 FROM ${table_prefix}link l WHERE l.provider_id = w.provider_id   -- if excluding
            AND l.share_id = ? AND l.organization_id = w.organization_id AND l.open_marker = 1)    -- if excluding
        ORDER BY w.sort_key, w.organization_id LIMIT ?) w
      CROSS JOIN LATERAL (SELECT o.organization_id, o.name, o.version, o.created_at, o.updated_at, o.sort_key,
          o.deleted_at, o.search_key, o.external_id
        FROM ${table_prefix}organization o WHERE o.provider_id = ? AND o.organization_id = w.organization_id LIMIT 1) o
      ORDER BY o.sort_key, o.organization_id""";
  /** {@link #GLANCE_ANYWHERE} over the whole name index, from the start or after the last name a walk read. */
  private static final String WALK_ANYWHERE = """
      SELECT o.organization_id, o.name, o.version, o.created_at, o.updated_at, o.external_id, o.sort_key, o.deleted_at,
        o.search_key
      FROM (SELECT w.sort_key, w.organization_id FROM ${table_prefix}organization w
        WHERE w.provider_id = ? AND w.deleted_at IS NULL
          AND (octet_length(w.sort_key) >= 200
            OR position(? IN w.sort_key) > 0 AND NOT (w.sort_key >= ? AND w.sort_key < ?)
              AND position(? IN w.sort_key) = 0)
          AND w.sort_key >= ? AND (w.sort_key > ? OR w.organization_id > ?)                         -- if after
          AND NOT EXISTS (SELECT 1 FROM ${table_prefix}link l WHERE l.provider_id = w.provider_id   -- if excluding
            AND l.share_id = ? AND l.organization_id = w.organization_id AND l.open_marker = 1)    -- if excluding
        ORDER BY w.sort_key, w.organization_id LIMIT ?) w
      CROSS JOIN LATERAL (SELECT o.organization_id, o.name, o.version, o.created_at, o.updated_at, o.sort_key,
          o.deleted_at, o.search_key, o.external_id
        FROM ${table_prefix}organization o WHERE o.provider_id = ? AND o.organization_id = w.organization_id LIMIT 1) o
      ORDER BY o.sort_key, o.organization_id""";

  private final Statements statements;
  private final int glance;
  private final int cap;
  private final OptionalClauses glanceWords;
  private final OptionalClauses glanceAnywhere;
  private final OptionalClauses cappedWords;
  private final OptionalClauses cappedAnywhere;
  private final OptionalClauses walkWords;
  private final OptionalClauses walkAnywhere;

  CappedSubstringSearch(Statements statements, String tablePrefix, int glance, int cap) {
    if (NameKeys.SORT_KEY_CHARACTERS != 200) {
      throw new IllegalStateException("the walks test sort keys against a length of 200 characters");
    }
    this.statements = statements;
    this.glance = glance;
    this.cap = cap;
    this.glanceWords = new OptionalClauses(TablePrefix.apply(tablePrefix, GLANCE_WORDS));
    this.glanceAnywhere = new OptionalClauses(TablePrefix.apply(tablePrefix, GLANCE_ANYWHERE));
    this.cappedWords = new OptionalClauses(TablePrefix.apply(tablePrefix, CAPPED_WORDS));
    this.cappedAnywhere = new OptionalClauses(TablePrefix.apply(tablePrefix, CAPPED_ANYWHERE));
    this.walkWords = new OptionalClauses(TablePrefix.apply(tablePrefix, WALK_WORDS));
    this.walkAnywhere = new OptionalClauses(TablePrefix.apply(tablePrefix, WALK_ANYWHERE));
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
        (words ? cappedWords : cappedAnywhere).excluding(excludedShare.isPresent()),
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
          matching[0] = row.getInt("matching");
          return new SearchHit(OrganizationRows.organization(provider, row), tier);
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
    List<SearchHit> hits = new ArrayList<>(limit);
    Optional<Walked> last = Optional.empty();
    while (true) {
      Optional<Walked> from = last;
      int wanted = limit - hits.size();
      String walk = names.isPresent() ? (words ? glanceWords : glanceAnywhere).excluding(excludedShare.isPresent())
          : (words ? walkWords : walkAnywhere).after(from.isPresent(), excludedShare.isPresent());
      List<Walked> read = statements.list("searching organizations", walk,
          p -> bindWalk(p, provider, text, words, names, from, excludedShare, wanted),
          row -> new Walked(new SearchHit(OrganizationRows.organization(provider, row), tier),
              OrganizationRows.sortKey(row), OrganizationRows.searchKey(row)));
      for (Walked name : read) {
        if (name.matches(text, words)) {
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

  /** Binds a walk's parameters in the order its statement takes them. */
  private static void bindWalk(Params p, ProviderId provider, String text, boolean words, Optional<Integer> names,
      Optional<Walked> from, Optional<String> excludedShare, int wanted) throws SQLException {
    String spaced = " " + text;
    byte[] low = NameKeys.sortKey(text);
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
  }

  /** A name the walk read: the hit it makes if it matches, its sort key, and its whole search key. */
  private record Walked(SearchHit hit, byte[] sortKey, String searchKey) {
    /**
     * Whether the name is a hit: a sort key shorter than its limit was tested whole by the walk; a cut one is tested
     * here on the whole search key.
     */
    boolean matches(String text, boolean words) {
      String spaced = " " + text;
      boolean cut = sortKey.length >= NameKeys.SORT_KEY_CHARACTERS;
      return !cut || (searchKey.contains(words ? spaced : text) && !searchKey.startsWith(text)
          && (words || !searchKey.contains(spaced)));
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
