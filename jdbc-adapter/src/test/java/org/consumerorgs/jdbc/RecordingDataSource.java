package org.consumerorgs.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A DataSource that hands out {@link RecordingConnection}s and keeps them, to see what became of each. */
final class RecordingDataSource implements DataSource {
  private final DataSource target;
  private final List<RecordingConnection> handedOut = new ArrayList<>();
  private volatile String failingCall;
  private volatile SQLException failure;
  /** How many more connections fail; negative: all of them. */
  private int failuresLeft = -1;

  RecordingDataSource(DataSource target) {
    this.target = target;
  }

  /** Connections handed out from now on throw {@code failure} on {@code call}; see {@link RecordingConnection#fail}. */
  synchronized void failOnNewConnections(String call, SQLException failure) {
    this.failingCall = call;
    this.failure = failure;
    this.failuresLeft = -1;
  }

  /** Only the next {@code count} connections handed out throw {@code failure} on {@code call}; later ones work. */
  synchronized void failOnNextConnections(int count, String call, SQLException failure) {
    failOnNewConnections(call, failure);
    this.failuresLeft = count;
  }

  synchronized List<RecordingConnection> handedOut() {
    return List.copyOf(handedOut);
  }

  /** The connections handed out since {@code from} (an earlier size of {@link #handedOut()}). */
  synchronized List<RecordingConnection> handedOutSince(int from) {
    return List.copyOf(handedOut.subList(from, handedOut.size()));
  }

  @Override
  public Connection getConnection() throws SQLException {
    return record(new RecordingConnection(target.getConnection()));
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return record(new RecordingConnection(target.getConnection(username, password)));
  }

  private synchronized Connection record(RecordingConnection connection) {
    if (failure != null && failuresLeft != 0) {
      connection.fail(failingCall, failure);
      failuresLeft--;
    }
    handedOut.add(connection);
    return connection.connection();
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return target.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return target.isWrapperFor(type);
  }
}
