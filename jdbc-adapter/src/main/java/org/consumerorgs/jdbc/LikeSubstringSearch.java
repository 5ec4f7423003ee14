package org.consumerorgs.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.consumerorgs.domain.MatchKind;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.SearchHit;

/**
 * The substring stages where no index holds the words of names (MariaDB, H2): one {@code LIKE} statement per stage,
 * whose plan reads the provider's names in order and stops at the limit, so its cost grows with how far into the list
 * the last hit lies. Lines marked {@code -- if excluding} are sent only when the search leaves out a share's
 * consumers ({@link OptionalClauses}).
 */
final class LikeSubstringSearch implements SubstringSearch {
  /** Binds the text as {@code % text%}, then as {@code text%}: a word but the first starts with it. */
  private static final String WORD_PREFIX = """
      SELECT o.organization_id, o.name, o.version, o.created_at, o.updated_at, o.external_id, o.sort_key, o.deleted_at
      FROM ${table_prefix}organization o
      WHERE o.provider_id = ? AND o.deleted_at IS NULL
        AND o.search_key LIKE ? ESCAPE '!' AND NOT (o.search_key LIKE ? ESCAPE '!')
        AND NOT EXISTS (SELECT 1 FROM ${table_prefix}link l WHERE l.provider_id = o.provider_id   -- if excluding
          AND l.share_id = ? AND l.organization_id = o.organization_id AND l.open_marker = 1)    -- if excluding
      ORDER BY o.sort_key, o.organization_id LIMIT ?""";
  /** Binds the text as {@code %text%}, {@code text%} and {@code % text%}: it lies inside a word. */
  private static final String ANYWHERE = """
      SELECT o.organization_id, o.name, o.version, o.created_at, o.updated_at, o.external_id, o.sort_key, o.deleted_at
      FROM ${table_prefix}organization o
      WHERE o.provider_id = ? AND o.deleted_at IS NULL
        AND o.search_key LIKE ? ESCAPE '!' AND NOT (o.search_key LIKE ? ESCAPE '!')
        AND NOT (o.search_key LIKE ? ESCAPE '!')
        AND NOT EXISTS (SELECT 1 FROM ${table_prefix}link l WHERE l.provider_id = o.provider_id   -- if excluding
          AND l.share_id = ? AND l.organization_id = o.organization_id AND l.open_marker = 1)    -- if excluding
      ORDER BY o.sort_key, o.organization_id LIMIT ?""";

  private final Statements statements;
  private final OptionalClauses wordPrefix;
  private final OptionalClauses anywhere;

  LikeSubstringSearch(Statements statements, String tablePrefix) {
    this.statements = statements;
    this.wordPrefix = new OptionalClauses(TablePrefix.apply(tablePrefix, WORD_PREFIX));
    this.anywhere = new OptionalClauses(TablePrefix.apply(tablePrefix, ANYWHERE));
  }

  @Override
  public Stages begin() {
    return this::find;
  }

  private List<SearchHit> find(
      ProviderId provider, String text, MatchKind tier, int limit, Optional<String> excludedShare) {
    String like = NameKeys.literal(text);
    boolean words = tier == MatchKind.WORD_PREFIX;
    List<SearchHit> hits = new ArrayList<>(limit);
    statements.stream("searching organizations",
        (words ? wordPrefix : anywhere).excluding(excludedShare.isPresent()),
        p -> {
          p.text(provider.value());
          if (words) {
            p.like("% " + like + "%").like(like + "%");
          } else {
            p.like("%" + like + "%").like(like + "%").like("% " + like + "%");
          }
          if (excludedShare.isPresent()) {
            p.text(excludedShare.get());
          }
          p.number(limit);
        },
        row -> new SearchHit(OrganizationRows.organization(provider, row), tier), hits::add);
    return hits;
  }
}
