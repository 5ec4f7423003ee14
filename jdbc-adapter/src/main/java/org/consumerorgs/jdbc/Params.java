package org.consumerorgs.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/** Binds a statement's parameters in order, so that no call site counts positions by hand. */
final class Params {
  private final PreparedStatement statement;
  private int position;

  Params(PreparedStatement statement) {
    this.statement = statement;
  }

  Params text(String value) throws SQLException {
    statement.setString(++position, value);
    return this;
  }

  Params texts(Collection<String> values) throws SQLException {
    for (String value : values) {
      text(value);
    }
    return this;
  }

  Params optionalText(Optional<String> value) throws SQLException {
    if (value.isPresent()) {
      return text(value.get());
    }
    statement.setNull(++position, Types.VARCHAR);
    return this;
  }

  Params bytes(byte[] value) throws SQLException {
    statement.setBytes(++position, value);
    return this;
  }

  Params number(long value) throws SQLException {
    statement.setLong(++position, value);
    return this;
  }

  Params time(Instant value) throws SQLException {
    return number(Micros.of(value));
  }

  /** Binds a LIKE pattern; the statement must say {@code ESCAPE '!'}. */
  Params like(String pattern) throws SQLException {
    return text(pattern);
  }
}
