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
 * the last hit lies.
 */
final class LikeSubstringSearch implements SubstringSearch {
  private static final String ORDER = " ORDER BY o.sort_key, o.organization_id LIMIT ?";

  private final Statements statements;
  private final String wordPrefix;
  private final String anywhere;
  private final String notConsumerOf;

  LikeSubstringSearch(Statements statements, String tablePrefix) {
    this.statements = statements;
    String live = TablePrefix.apply(tablePrefix, "SELECT " + JdbcOrganizationStore.COLUMNS
        + " FROM ${table_prefix}organization o WHERE o.provider_id = ? AND o.deleted_at IS NULL");
    this.wordPrefix = live + " AND o.search_key LIKE ? ESCAPE '!' AND NOT (o.search_key LIKE ? ESCAPE '!')";
    this.anywhere = wordPrefix + " AND NOT (o.search_key LIKE ? ESCAPE '!')";
    this.notConsumerOf = SubstringSearch.notConsumerOf(tablePrefix, "o");
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
        (words ? wordPrefix : anywhere) + (excludedShare.isPresent() ? notConsumerOf : "") + ORDER,
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
        row -> new SearchHit(JdbcOrganizationStore.organization(provider, row), tier), hits::add);
    return hits;
  }
}
