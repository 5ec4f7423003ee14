package org.consumerorgs.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The statements in the source are written whole, for one value and with every optional clause in; these are the
 * rules that turn them into the text a call sends ({@link ParameterLists}, {@link OptionalClauses}).
 */
class StatementTextTest {
  @Test
  void anInListGrowsToTheValuesOfTheCall() {
    String sql = "SELECT l.link_id FROM corg_link l WHERE l.provider_id = ? AND l.link_id IN (?) FOR UPDATE";

    assertEquals("SELECT l.link_id FROM corg_link l WHERE l.provider_id = ? AND l.link_id IN (?, ?, ?) FOR UPDATE",
        ParameterLists.in(sql, 3));
    assertEquals(sql, ParameterLists.in(sql, 1));
  }

  @Test
  void aStatementWithoutExactlyOneInListIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ParameterLists.in("SELECT 1 WHERE ? = 1", 2));
    assertThrows(IllegalArgumentException.class,
        () -> ParameterLists.in("SELECT 1 WHERE a IN (?) AND b IN (?)", 2));
  }

  @Test
  void aRowOfValuesGrowsToADerivedTableOfTheRowsOfTheCall() {
    String sql = """
        INSERT INTO corg_t (a, b) SELECT v.a, v.b
        FROM (SELECT ? AS a,
          ? AS b) v
        WHERE NOT EXISTS (SELECT 1 FROM corg_t t WHERE t.a = v.a)""";

    assertEquals("""
        INSERT INTO corg_t (a, b) SELECT v.a, v.b
        FROM (SELECT ? AS a,
          ? AS b UNION ALL SELECT ?,
          ? UNION ALL SELECT ?,
          ?) v
        WHERE NOT EXISTS (SELECT 1 FROM corg_t t WHERE t.a = v.a)""", ParameterLists.rows(sql, 3));
    assertEquals(sql, ParameterLists.rows(sql, 1));
    assertThrows(IllegalArgumentException.class, () -> ParameterLists.rows("INSERT INTO t VALUES (?, ?)", 2));
  }

  @Test
  void aMarkedClauseIsSentWithoutItsMarkOnlyWhenTheRunHasIt() {
    OptionalClauses walk = new OptionalClauses("""
        SELECT w.id FROM corg_w w
        WHERE w.p = ?
          AND w.k > ?          -- if after
          AND NOT EXISTS (SELECT 1 FROM corg_l l   -- if excluding
            WHERE l.id = w.id AND l.s = ?)         -- if excluding
        ORDER BY w.k LIMIT ?""");

    assertEquals("SELECT w.id FROM corg_w w\nWHERE w.p = ?\nORDER BY w.k LIMIT ?", walk.after(false, false));
    assertEquals("SELECT w.id FROM corg_w w\nWHERE w.p = ?\n  AND w.k > ?\nORDER BY w.k LIMIT ?",
        walk.after(true, false));
    assertEquals("SELECT w.id FROM corg_w w\nWHERE w.p = ?\n  AND NOT EXISTS (SELECT 1 FROM corg_l l\n"
        + "    WHERE l.id = w.id AND l.s = ?)\nORDER BY w.k LIMIT ?", walk.excluding(true));
    assertEquals("SELECT w.id FROM corg_w w\nWHERE w.p = ?\n  AND w.k > ?\n  AND NOT EXISTS (SELECT 1 FROM corg_l l\n"
        + "    WHERE l.id = w.id AND l.s = ?)\nORDER BY w.k LIMIT ?", walk.after(true, true));
  }

  @Test
  void aMarkThatNamesNoClauseIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new OptionalClauses("SELECT 1\nWHERE TRUE -- if never"));
  }
}
