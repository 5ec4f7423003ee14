package org.consumerorgs.jdbc;

import java.util.Locale;
import java.util.Optional;

/**
 * The databases the adapter speaks. Almost every statement is the same on all of them; a dialect holds only what
 * really differs: where its DDL lives, how a read takes a shared lock, and how an insert skips a conflicting key
 * without failing.
 */
public enum Dialect {
  /** PostgreSQL 13 and later. */
  POSTGRESQL("postgresql", " FOR SHARE", " ON CONFLICT DO NOTHING", false, true, "JOIN"),
  /** MariaDB 10.6 and later, and MySQL 8, which share a driver protocol and a dialect. */
  MARIADB("mariadb", " LOCK IN SHARE MODE", "", true, false, "STRAIGHT_JOIN"),
  /** H2 2.x, the embedded default. H2 has no shared row lock, so reads that lock take an exclusive one. */
  H2("h2", " FOR UPDATE", "", false, false, "JOIN");

  private final String folder;
  private final String sharedLock;
  private final String skipConflicts;
  private final boolean multiRowInserts;
  private final boolean trigramIndexes;
  private final String joinInOrder;

  Dialect(String folder, String sharedLock, String skipConflicts, boolean multiRowInserts, boolean trigramIndexes,
      String joinInOrder) {
    this.trigramIndexes = trigramIndexes;
    this.joinInOrder = joinInOrder;
    this.folder = folder;
    this.sharedLock = sharedLock;
    this.skipConflicts = skipConflicts;
    this.multiRowInserts = multiRowInserts;
  }

  /**
   * The dialect of a database, from the product name its JDBC driver reports
   * ({@link java.sql.DatabaseMetaData#getDatabaseProductName()}); empty for a database the adapter does not support.
   *
   * @param productName the name the driver reports
   * @return the dialect, or empty
   */
  public static Optional<Dialect> fromProductName(String productName) {
    String name = productName.toLowerCase(Locale.ROOT);
    if (name.contains("postgresql")) {
      return Optional.of(POSTGRESQL);
    }
    if (name.contains("mariadb") || name.contains("mysql")) {
      return Optional.of(MARIADB);
    }
    if (name.equals("h2")) {
      return Optional.of(H2);
    }
    return Optional.empty();
  }

  /**
   * The classpath folder of this database's numbered DDL scripts, for a migration tool: for Flyway,
   * {@code "classpath:" + scriptFolder()}, with the placeholder {@code table_prefix}. Give Flyway a history table of
   * the SDK's own ({@code table(prefix + "schema_history")}). In a schema that already holds other tables Flyway asks
   * for {@code baselineOnMigrate(true)}; set {@code baselineVersion("0")} with it, since the default baseline, 1,
   * would count V1 as applied and skip it.
   *
   * @return the folder, such as {@code db/consumer-orgs/postgresql}
   */
  public String scriptFolder() {
    return "db/consumer-orgs/" + folder;
  }

  /** Appended to a {@code SELECT} to lock the rows it reads against change and deletion until the transaction ends. */
  String sharedLock() {
    return sharedLock;
  }

  /**
   * Appended to a guarded {@code INSERT ... SELECT ... WHERE NOT EXISTS}: on PostgreSQL it also skips a row whose key a
   * concurrent, not yet committed transaction inserted, instead of failing (which would abort the transaction).
   * Elsewhere that rare race fails with a duplicate key, which the adapter reports as retryable.
   */
  String skipConflicts() {
    return skipConflicts;
  }

  /**
   * Whether guarded inserts of many rows go as one multi-row statement rather than a JDBC batch. MariaDB
   * Connector/J sends batches with its bulk protocol, which refuses {@code INSERT ... SELECT}; one statement over a
   * derived table of rows is one round trip there too. (H2 cannot type parameters in a derived table, and
   * PostgreSQL's batches already report a row count per statement.)
   */
  boolean multiRowInserts() {
    return multiRowInserts;
  }

  /**
   * Whether the schema indexes the trigrams of search keys and word starts (PostgreSQL's {@code pg_trgm}), so that a
   * search for text after a space or inside names can read only the names that hold it: see
   * {@link CappedSubstringSearch}. Elsewhere {@link LikeSubstringSearch} tests each name in order.
   */
  boolean trigramIndexes() {
    return trigramIndexes;
  }

  /**
   * The join operator that reads the table on its left first, where the planner's own choice is far worse. MariaDB
   * reads a report's join the other way round: it sorts the provider's organizations, which spares it sorting the
   * joined rows, and then looks up every link of each one by index, 10^6 random reads for 2x10^5 links in the month
   * (23 s against 3.7 s, see JdbcLinkStore). PostgreSQL and H2 choose well with a plain join.
   */
  String joinInOrder() {
    return joinInOrder;
  }
}
