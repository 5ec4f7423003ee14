package org.consumerorgs.jdbc;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The storage's cursor key ({@link org.consumerorgs.spi.Storage#cursorKey()}), kept in the one-row table
 * {@code <prefix>cursor_key} so that every host over the same tables seals and reads cursors alike. The first host
 * that needs it writes 32 random bytes; hosts racing to do so all insert, one insert wins, and all read the winner's.
 * Read once per storage and kept.
 */
final class CursorKeyTable {
  private static final int KEY_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final DataSource dataSource;
  private final String tablePrefix;
  private final SqlErrors errors;
  private volatile byte[] key;

  /** {@code known}: the key as the storage's build already read it, if it was there. */
  CursorKeyTable(DataSource dataSource, String tablePrefix, SqlErrors errors, Optional<byte[]> known) {
    this.dataSource = dataSource;
    this.tablePrefix = tablePrefix;
    this.errors = errors;
    this.key = known.orElse(null);
  }

  /** The key, a copy. */
  byte[] get() {
    byte[] known = key;
    if (known == null) {
      known = readOrMake();
    }
    return known.clone();
  }

  /** The key if one was written, read on {@code connection}. */
  static Optional<byte[]> read(Connection connection, String tablePrefix) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT secret FROM " + tablePrefix + "cursor_key WHERE key_id = 1");
        ResultSet rows = select.executeQuery()) {
      return rows.next() ? Optional.of(rows.getBytes("secret")) : Optional.empty();
    }
  }

  /**
   * On a connection of its own, in auto-commit mode: the key must outlive the transaction that first needs it (which
   * may be read-only, or the host's, and may roll back), and it is written once in the life of the tables.
   */
  private synchronized byte[] readOrMake() {
    if (key != null) {
      return key;
    }
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.getAutoCommit()) {
        connection.setAutoCommit(true);
      }
      Optional<byte[]> stored = read(connection, tablePrefix);
      if (stored.isEmpty()) {
        SQLException lost = insert(connection);
        stored = read(connection, tablePrefix);
        if (stored.isEmpty()) {
          throw lost != null ? lost : new SQLException("the cursor key row was written but cannot be read back");
        }
      }
      key = stored.get();
      return key;
    } catch (SQLException e) {
      throw errors.translate(e, "reading the key page cursors are sealed with");
    }
  }

  /** Inserts a new key; a failure (another host's insert won) is returned, not thrown: the read after decides. */
  private @Nullable SQLException insert(Connection connection) {
    byte[] fresh = new byte[KEY_BYTES];
    RANDOM.nextBytes(fresh);
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO " + tablePrefix + "cursor_key (key_id, secret, created_at) VALUES (1, ?, ?)")) {
      insert.setBytes(1, fresh);
      insert.setLong(2, Micros.of(Instant.now()));
      insert.executeUpdate();
      return null;
    } catch (SQLException e) {
      return e;
    }
  }
}
