package org.consumerorgs.jdbc;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * The databases the adapter speaks, and how to tell which one a connection reaches. Where their SQL differs, each
 * store spells out every dialect's statement whole; a dialect holds only where its DDL lives and which ways of
 * working it takes (multi-row inserts, trigram indexes).
 */
public enum Dialect {
  /** PostgreSQL 13 and later. */
  POSTGRESQL("postgresql", false, true),
  /** MariaDB 10.6 and later, and MySQL 8, which share a driver protocol and a dialect. */
  MARIADB("mariadb", true, false),
  /** H2 2.x, the embedded default. */
  H2("h2", false, false);

  private final String folder;
  private final boolean multiRowInserts;
  private final boolean trigramIndexes;

  Dialect(String folder, boolean multiRowInserts, boolean trigramIndexes) {
    this.folder = folder;
    this.multiRowInserts = multiRowInserts;
    this.trigramIndexes = trigramIndexes;
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
   * The dialect of the database a connection reaches, from its driver's metadata; an {@link IllegalArgumentException}
   * naming the product for a database the adapter does not support.
   */
  static Dialect of(DatabaseMetaData metadata) throws SQLException {
    String product = metadata.getDatabaseProductName();
    return fromProductName(product).orElseThrow(() -> new IllegalArgumentException("the database \""
        + product + "\" is not supported: the JDBC adapter supports PostgreSQL, MariaDB, MySQL and H2"));
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
}
