package org.consumerorgs.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.consumerorgs.spi.Keyset;
import org.consumerorgs.spi.PageQuery;
import org.consumerorgs.spi.TransactionMode;

/**
 * Runs statements on the current transaction's connection and turns every {@link SQLException} into a
 * {@link org.consumerorgs.error.StorageException}. Stores say what they run and what they map; this says how.
 */
final class Statements {
  /** Rows fetched per round trip when a result is streamed rather than held. */
  static final int STREAM_FETCH_SIZE = 1000;

  @FunctionalInterface
  interface Binder {
    void bind(Params params) throws SQLException;
  }

  @FunctionalInterface
  interface ItemBinder<T> {
    void bind(T item, Params params) throws SQLException;
  }

  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  @FunctionalInterface
  interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  /** MariaDB's ER_DUP_ENTRY, the one warning an {@code INSERT IGNORE} of a guarded row may leave. */
  private static final int MARIADB_DUPLICATE_KEY = 1062;

  private final JdbcTransactions transactions;

  Statements(JdbcTransactions transactions) {
    this.transactions = transactions;
  }

  /** Runs an INSERT, UPDATE or DELETE and returns how many rows it changed. */
  int update(String doing, String sql, Binder binder) {
    Connection connection = transactions.connection(TransactionMode.READ_WRITE);
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(new Params(statement));
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw transactions.errors().translate(e, doing);
    }
  }

  /** Runs a statement that changes no data (a session setting), in any transaction. */
  void command(String doing, String sql) {
    Connection connection = transactions.connection(TransactionMode.READ_ONLY);
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw transactions.errors().translate(e, doing);
    }
  }

  /**
   * Runs one statement for each item as one JDBC batch. Returns the rows each changed, or empty when the driver does
   * not report them ({@link java.sql.Statement#SUCCESS_NO_INFO}): callers then check what happened with a query.
   */
  <T> Optional<int[]> batch(String doing, String sql, List<T> items, ItemBinder<T> binder) {
    return batch(doing, sql, items, binder, SqlErrors.OnDuplicate.CONCURRENT_CHANGE);
  }

  /** {@link #batch(String, String, List, ItemBinder)}, saying what a duplicate key would mean for these rows. */
  <T> Optional<int[]> batch(
      String doing, String sql, List<T> items, ItemBinder<T> binder, SqlErrors.OnDuplicate onDuplicate) {
    if (items.isEmpty()) {
      return Optional.of(new int[0]);
    }
    Connection connection = transactions.connection(TransactionMode.READ_WRITE);
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (T item : items) {
        binder.bind(item, new Params(statement));
        statement.addBatch();
      }
      int[] counts = statement.executeBatch();
      for (int count : counts) {
        if (count < 0) {
          return Optional.empty();
        }
      }
      return Optional.of(counts);
    } catch (SQLException e) {
      throw transactions.errors().translate(e, doing, onDuplicate);
    }
  }

  /**
   * Inserts rows in as few statements as the database allows: {@code sql} is written for one row, read from its
   * derived table of values {@code (SELECT ? AS a, ? AS b) v}, which grows to the rows of up to 500 items a statement
   * ({@link ParameterLists#rows}); 500 keeps every database under its parameter limit. With {@code
   * ignoringDuplicates}, {@code sql} is a MariaDB {@code INSERT IGNORE}, run by {@link #insertIgnoringDuplicates}.
   * Returns how many rows were inserted in all.
   */
  <T> int insertRows(String doing, String sql, List<T> items, ItemBinder<T> binder, boolean ignoringDuplicates) {
    int inserted = 0;
    for (int from = 0; from < items.size(); from += 500) {
      List<T> chunk = items.subList(from, Math.min(items.size(), from + 500));
      String rows = ParameterLists.rows(sql, chunk.size());
      Binder binding = params -> {
        for (T item : chunk) {
          binder.bind(item, params);
        }
      };
      inserted += ignoringDuplicates ? insertIgnoringDuplicates(doing, rows, binding) : update(doing, rows, binding);
    }
    return inserted;
  }

  /**
   * Runs a MariaDB {@code INSERT IGNORE} and returns how many rows it inserted. IGNORE skips a row whose unique key is
   * taken without an error (so the driver logs nothing), but it would turn other failures into warnings too: each
   * warning is read, and anything but a duplicate key fails as the error it would have been.
   */
  int insertIgnoringDuplicates(String doing, String sql, Binder binder) {
    Connection connection = transactions.connection(TransactionMode.READ_WRITE);
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(new Params(statement));
      int inserted = statement.executeUpdate();
      for (SQLWarning w = statement.getWarnings(); w != null; w = w.getNextWarning()) {
        if (w.getErrorCode() != MARIADB_DUPLICATE_KEY) {
          throw new SQLException(w.getMessage(), w.getSQLState() == null ? "HY000" : w.getSQLState(),
              w.getErrorCode());
        }
      }
      return inserted;
    } catch (SQLException e) {
      throw transactions.errors().translate(e, doing);
    }
  }

  /** Whether a statement failed on a unique key: what a guarded write reports when a concurrent one won. */
  boolean isDuplicateKey(org.consumerorgs.error.StorageException failure) {
    return failure.getCause() instanceof SQLException e && transactions.errors().isDuplicateKey(e);
  }

  <T> List<T> list(String doing, String sql, Binder binder, RowMapper<T> mapper) {
    List<T> rows = new ArrayList<>();
    stream(doing, sql, binder, mapper, rows::add, 0);
    return rows;
  }

  /**
   * One page of a list in keyset order: {@code firstPage} from the start, or {@code nextPage} after the query's
   * position. Both take the {@code scope} parameters first; {@code nextPage} then takes the sort key twice and the
   * id ({@code sort_key >= ? AND (sort_key > ? OR id > ?)}); both end with the limit.
   */
  <T> List<T> page(
      String doing, String firstPage, String nextPage, PageQuery query, Binder scope, RowMapper<T> mapper) {
    if (query.after().isEmpty()) {
      return list(doing, firstPage, p -> {
        scope.bind(p);
        p.number(query.limit());
      }, mapper);
    }
    Keyset after = query.after().get();
    byte[] sortKey = NameKeys.sortKey(after.sortKey());
    return list(doing, nextPage, p -> {
      scope.bind(p);
      p.bytes(sortKey).bytes(sortKey).text(after.id()).number(query.limit());
    }, mapper);
  }

  <T> Optional<T> first(String doing, String sql, Binder binder, RowMapper<T> mapper) {
    List<T> rows = list(doing, sql, binder, mapper);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /** Hands each row to {@code visitor} as it arrives, without holding the whole result. */
  <T> void stream(String doing, String sql, Binder binder, RowMapper<T> mapper, Consumer<T> visitor) {
    stream(doing, sql, binder, mapper, visitor, STREAM_FETCH_SIZE);
  }

  /**
   * Hands each row itself to {@code reader} as it arrives, streamed like {@link #stream}: for a reader that keeps
   * state from one row to the next (grouping rows, or reading a column only when it changes).
   */
  void forEachRow(String doing, String sql, Binder binder, RowReader reader) {
    stream(doing, sql, binder, row -> {
      reader.read(row);
      return Boolean.TRUE;
    }, ignored -> { }, STREAM_FETCH_SIZE);
  }

  private <T> void stream(
      String doing, String sql, Binder binder, RowMapper<T> mapper, Consumer<T> visitor, int fetchSize) {
    Connection connection = transactions.connection(TransactionMode.READ_ONLY);
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      if (fetchSize > 0) {
        statement.setFetchSize(fetchSize);
      }
      binder.bind(new Params(statement));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          visitor.accept(mapper.map(rows));
        }
      }
    } catch (SQLException e) {
      throw transactions.errors().translate(e, doing);
    }
  }

  /**
   * Per-row counts from a multi-row statement's total, where the total tells them: all rows inserted, or none.
   * Empty otherwise: the caller then asks the database which rows are there.
   */
  static Optional<int[]> uniformCounts(int inserted, int rows) {
    if (inserted == rows || inserted == 0) {
      int[] counts = new int[rows];
      Arrays.fill(counts, inserted == 0 ? 0 : 1);
      return Optional.of(counts);
    }
    return Optional.empty();
  }

  /** 0, 1, ..., count - 1: for batches bound by position in parallel lists. */
  static List<Integer> positions(int count) {
    return java.util.stream.IntStream.range(0, count).boxed().toList();
  }
}
